// The article-extraction benchmark (scrapinghub/article-extraction-benchmark): word F1 per page,
// averaged, of extractor outputs and of the bare page text against the human-checked article
// body, before and after clean-news. Each set is cleaned as one run, so that recurrence sees the
// corpus. The pages are scored in two halves (scripts/lib/split.js): "dev", the pages looked at
// while designing the rule, and "test", held out; and overall.
// Usage: npm run bench:boilerplate -- DIR [SET...] [--split dev|test|all]   (default sets: trafilatura html-text)
import { readFileSync } from "node:fs";
import path from "node:path";
import { BUILT_IN_RULES } from "../dist/rules/index.js";
import { clean } from "../dist/src/core/clean.js";
import { configureRules } from "../dist/src/core/configure.js";
import { bindRules, buildCorpusIndex } from "../dist/src/corpus.js";
import { splitOf, SPLITS } from "./lib/split.js";
import { wordF1 } from "./word-f1.js";

const args = process.argv.slice(2);
const splitAt = args.indexOf("--split");
const only = splitAt === -1 ? null : args.splice(splitAt, 2)[1];
const [dir, ...sets] = args;
if (!dir || (only !== null && ![...SPLITS, "all"].includes(only))) {
  console.error("usage: npm run bench:boilerplate -- DIR [SET...] [--split dev|test|all]");
  process.exit(2);
}
const gold = JSON.parse(readFileSync(path.join(dir, "ground-truth.json"), "utf8"));
const ids = Object.keys(gold).sort();
const settings = { applySuggestions: false };
const rules = configureRules(BUILT_IN_RULES, {});

async function cleanRun(texts) {
  const docs = new Map(ids.map((id) => [id, { id, text: texts[id] ?? "" }]));
  const read = async (id) => docs.get(id) ?? null;
  const index = await buildCorpusIndex(rules, ids, read, 1);
  const out = {};
  for (const id of ids) {
    const doc = docs.get(id);
    out[id] = clean(doc, await bindRules(doc, rules, settings, index, read), { settings }).text;
  }
  return out;
}

function average(texts, pages) {
  const scores = pages.map((id) => wordF1(gold[id].articleBody, texts[id] ?? ""));
  const mean = (k) => scores.reduce((s, x) => s + x[k], 0) / scores.length;
  return { f1: mean("f1"), precision: mean("precision"), recall: mean("recall") };
}

const fmt = (r) => `${r.f1.toFixed(3)} (P ${r.precision.toFixed(3)}, R ${r.recall.toFixed(3)})`;
const halves = (only === null ? [...SPLITS, "all"] : [only]).map((name) => {
  const pages = name === "all" ? ids : ids.filter((id) => splitOf(id) === name);
  return { name, pages };
});
console.log("| input | pages | before: F1 (precision, recall) | after clean-news |");
console.log("| --- | --- | --- | --- |");
for (const set of sets.length > 0 ? sets : ["trafilatura", "html-text"]) {
  const file = JSON.parse(readFileSync(path.join(dir, "output", `${set}.json`), "utf8"));
  const output = file.output ?? file; // newspaper.json has no "output" wrapper
  const texts = Object.fromEntries(ids.map((id) => [id, output[id]?.articleBody ?? ""]));
  const started = performance.now();
  const cleaned = await cleanRun(texts);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  for (const { name, pages } of halves) {
    console.log(`| ${set} | ${name} (${pages.length}) | ${fmt(average(texts, pages))} | ${fmt(average(cleaned, pages))} |`);
  }
  console.error(`${set}: cleaned in ${seconds} s`);
}
