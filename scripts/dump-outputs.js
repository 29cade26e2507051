// Writes, one JSON line per document, what the whole pipeline makes of each: the clean text,
// the edits and the unresolved findings. Two builds that should behave the same (before and
// after a speed-up) must give identical files:
//   node scripts/dump-outputs.js --root OLD_CHECKOUT PATH... > old.jsonl
//   node scripts/dump-outputs.js PATH... > new.jsonl && cmp old.jsonl new.jsonl
// --root is a built checkout of clean-news (default: this one). PATH as for bench-rules.js.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { loadDocs } from "./lib/load-docs.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { root: { type: "string", default: path.resolve(import.meta.dirname, "..") }, "csv-rows": { type: "string", default: "1000" } },
});
const load = (p) => import(pathToFileURL(path.join(values.root, "dist", p)).href);
const { BUILT_IN_RULES } = await load("rules/index.js");
const { clean } = await load("src/core/clean.js");
const { configureRules } = await load("src/core/configure.js");
const { bindRules, buildCorpusIndex } = await load("src/corpus.js");

const docs = loadDocs(positionals, Number(values["csv-rows"]));
const byId = new Map(docs.map((d) => [d.id, d]));
const read = async (id) => byId.get(id) ?? null;
const rules = configureRules(BUILT_IN_RULES, {});
const settings = { applySuggestions: false };
const index = await buildCorpusIndex(rules, [...byId.keys()].sort(), read, 1);
for (const doc of docs) {
  const result = clean(doc, await bindRules(doc, rules, settings, index, read), { settings });
  process.stdout.write(JSON.stringify({ id: doc.id, ...result }) + "\n");
}
