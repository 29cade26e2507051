// Writes, one JSON line per document, what the whole pipeline makes of each: the clean text,
// the edits and the unresolved findings. Two builds that should behave the same (before and
// after a speed-up) must give identical files:
//   node scripts/dump-outputs.js --root OLD_CHECKOUT PATH... > old.jsonl
//   node scripts/dump-outputs.js PATH... > new.jsonl && cmp old.jsonl new.jsonl
// --root is a built checkout of clean-news (default: this one). PATH as for bench-rules.js.
// --only id,id runs those rules alone, each on the documents as read (a rule's own output).
import { parseArgs } from "node:util";
import { loadBuild, THIS_CHECKOUT } from "./lib/build.js";
import { loadDocs } from "./lib/load-docs.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { root: { type: "string", default: THIS_CHECKOUT }, "csv-rows": { type: "string", default: "1000" }, only: { type: "string" } },
});
const docs = loadDocs(positionals, Number(values["csv-rows"]));
const { BUILT_IN_RULES, clean, configureRules, bindRules, buildCorpusIndex, read, ids } = await loadBuild(values.root, docs);
const rules = configureRules(BUILT_IN_RULES, values.only ? { only: values.only.split(",") } : {});
const settings = { applySuggestions: false };
const index = await buildCorpusIndex(rules, ids, read, 1);
for (const doc of docs) {
  const result = clean(doc, await bindRules(doc, rules, settings, index, read), { settings });
  process.stdout.write(JSON.stringify({ id: doc.id, ...result }) + "\n");
}
