// Whether cleaning real articles twice changes anything the first run left: each corpus is
// cleaned as one run (every rule on, its documents its own evidence), then its clean texts are
// cleaned again as a run of their own, as `--in-place` twice would. Prints, per rule, the edits
// of the second run, and lists them; a second run should have nothing to do.
// Usage: npm run second-run -- [--csv-rows N] PATH...   (PATH as for bench-rules.js; each PATH is one run)
import { parseArgs } from "node:util";
import { loadBuild, THIS_CHECKOUT } from "./lib/build.js";
import { loadDocs } from "./lib/load-docs.js";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { "csv-rows": { type: "string", default: "100000" } } });
if (positionals.length === 0) {
  console.error("usage: npm run second-run -- [--csv-rows N] PATH...");
  process.exit(2);
}
const settings = { applySuggestions: false };

/** The clean text and edits of every document, the documents being one run. */
async function cleanRun(docs) {
  const { BUILT_IN_RULES, clean, configureRules, bindRules, buildCorpusIndex, read, ids } = await loadBuild(THIS_CHECKOUT, docs);
  const rules = configureRules(BUILT_IN_RULES, {});
  const index = await buildCorpusIndex(rules, ids, read, 1);
  const results = [];
  for (const doc of docs) results.push({ id: doc.id, ...clean(doc, await bindRules(doc, rules, settings, index, read), { settings }) });
  return results;
}

console.log("| corpus | documents | edits, first run | edits, second run | documents changed again |");
console.log("| --- | ---: | ---: | ---: | ---: |");
const listed = [];
for (const corpus of positionals) {
  const first = await cleanRun(loadDocs([corpus], Number(values["csv-rows"])));
  const second = await cleanRun(first.map(({ id, text }) => ({ id, text })));
  const again = second.filter((r) => r.edits.length > 0);
  const count = (runs) => runs.reduce((n, r) => n + r.edits.length, 0);
  console.log(`| ${corpus} | ${first.length} | ${count(first)} | ${count(second)} | ${again.length} |`);
  for (const r of again) for (const e of r.edits) listed.push(`${r.id}:${e.line} ${e.rule}: ${JSON.stringify(e.before.slice(0, 100))} -> ${JSON.stringify(e.after.slice(0, 60))} (${e.reason})`);
}
if (listed.length > 0) console.log(`\nEdits of the second runs:\n${listed.join("\n")}`);
