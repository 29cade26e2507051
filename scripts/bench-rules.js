// CPU cost of each rule alone, then of the whole pipeline, over real articles held in memory.
// Usage: npm run bench:rules -- [--runs 3] [--csv-rows 100] [--only id,id] [--root CHECKOUT] [--passes] PATH...
// PATH: a folder of .txt articles, a .txt file, or a CSV with a `content` or `text` column.
// Each rule sees the documents as read (not the previous rule's output); a corpus rule's pass
// (collect and reduce) is counted in its time. Times are this process's CPU time, not wall
// time, since the machine may be shared; the best of --runs is kept. --root times another built
// checkout (a copy of an older dist/ with rules/data), to compare two builds one after the other.
// --passes adds the milliseconds of the corpus pass (collect and fold) and of the cleaning pass.
import { parseArgs } from "node:util";
import { loadBuild, THIS_CHECKOUT } from "./lib/build.js";
import { loadDocs } from "./lib/load-docs.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    runs: { type: "string", default: "3" },
    "csv-rows": { type: "string", default: "100" },
    only: { type: "string" },
    root: { type: "string", default: THIS_CHECKOUT },
    passes: { type: "boolean", default: false },
  },
});
if (positionals.length === 0) {
  console.error("usage: npm run bench:rules -- [--runs 3] [--csv-rows 100] [--only id,id] [--root CHECKOUT] [--passes] PATH...");
  process.exit(2);
}
const docs = loadDocs(positionals, Number(values["csv-rows"]));
const { BUILT_IN_RULES, clean, configureRules, bindRules, buildCorpusIndex, read, ids } = await loadBuild(values.root, docs);
const megabytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 1e6;
const settings = { applySuggestions: false };

/** One run of the rules over every document: CPU milliseconds and edits applied. */
async function runOnce(rules) {
  const started = process.cpuUsage();
  const index = await buildCorpusIndex(rules, ids, read, 1);
  const corpus = process.cpuUsage(started);
  let edits = 0;
  for (const doc of docs) {
    const result = clean(doc, await bindRules(doc, rules, settings, index, read), { settings });
    edits += result.edits.filter((e) => e.applied).length;
  }
  const cpu = process.cpuUsage(started);
  const ms = (cpu.user + cpu.system) / 1000;
  const corpusMs = (corpus.user + corpus.system) / 1000;
  return { ms, corpusMs, cleanMs: ms - corpusMs, edits };
}

async function best(rules) {
  let fastest = null;
  for (let i = 0; i < Number(values.runs); i++) {
    const run = await runOnce(rules);
    if (!fastest || run.ms < fastest.ms) fastest = run;
  }
  return fastest;
}

const only = values.only?.split(",");
const selected = BUILT_IN_RULES.filter((r) => !only || only.includes(r.meta.id));
const rows = [];
for (const rule of selected) rows.push({ name: rule.meta.id, ...(await best(configureRules(BUILT_IN_RULES, { only: [rule.meta.id] }))) });
rows.push({ name: "whole pipeline", ...(await best(configureRules(BUILT_IN_RULES, { only: selected.map((r) => r.meta.id) }))) });

console.log(`${docs.length} documents, ${megabytes.toFixed(2)} MB, best of ${values.runs} runs, CPU time of one thread\n`);
const passes = (r) => (values.passes ? ` ${r.corpusMs.toFixed(0)} | ${r.cleanMs.toFixed(0)} |` : "");
console.log(`| rule | MB/s | ms per document | edits |${values.passes ? " corpus pass ms | cleaning ms |" : ""}`);
console.log(`| --- | ---: | ---: | ---: |${values.passes ? " ---: | ---: |" : ""}`);
for (const r of rows) {
  console.log(`| ${r.name} | ${(megabytes / (r.ms / 1000)).toFixed(1)} | ${(r.ms / docs.length).toFixed(3)} | ${r.edits} |${passes(r)}`);
}
