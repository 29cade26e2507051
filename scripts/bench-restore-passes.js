// CPU time of restore-blanks' two passes apart, over documents held in memory: `collect` (the
// corpus pass: spacing, sketch, sightings of every document), `fold` (the index from the
// summaries) and `check` (the cleaning pass, with the twins the index names as neighbours).
// Usage: npm run bench:restore-passes -- [--runs 5] [--root CHECKOUT] PATH...
// PATH as for bench-rules.js. The best of --runs is kept (the machine may be shared); --root
// times another built checkout (a copy of an older dist/ with rules/data), to compare builds.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { THIS_CHECKOUT } from "./lib/build.js";
import { loadDocs } from "./lib/load-docs.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { runs: { type: "string", default: "5" }, root: { type: "string", default: THIS_CHECKOUT }, "csv-rows": { type: "string", default: "100" } },
});
if (positionals.length === 0) {
  console.error("usage: npm run bench:restore-passes -- [--runs 5] [--root CHECKOUT] PATH...");
  process.exit(2);
}
const docs = loadDocs(positionals, Number(values["csv-rows"]));
const byId = new Map(docs.map((d) => [d.id, d]));
const rule = (await import(pathToFileURL(path.join(values.root, "dist", "rules", "restore-blanks.js")).href)).default;
const options = rule.meta.defaultOptions;
const settings = { applySuggestions: false };
// Summaries cross threads by structured clone in a real run: the fold and check see copies.
const summaries = docs.map((d) => structuredClone(rule.collect(d, options)));
const fold = () => {
  const f = rule.fold(options);
  docs.forEach((d, i) => f.add(d.id, summaries[i]));
  return f.finish();
};
const index = fold();

const passes = {
  collect: () => {
    for (const d of docs) rule.collect(d, options);
  },
  fold,
  check: () => {
    for (const d of docs) {
      const neighbors = rule.neighbors(d, index).map((id) => byId.get(id));
      for (const _ of rule.check(d, { options, settings, index, neighbors }));
    }
  },
};

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const megabytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 1e6;
console.log(`${docs.length} documents, ${megabytes.toFixed(2)} MB, best of ${values.runs} runs, CPU time of one thread\n`);
console.log("| pass | ms | ms per document |\n| --- | ---: | ---: |");
for (const [name, run] of Object.entries(passes)) {
  let best = Infinity;
  for (let r = 0; r < Number(values.runs); r++) {
    const started = cpuMs();
    run();
    best = Math.min(best, cpuMs() - started);
  }
  console.log(`| ${name} | ${best.toFixed(0)} | ${(best / docs.length).toFixed(4)} |`);
}
