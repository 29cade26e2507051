// What strip-boilerplate gets wrong on the article-extraction benchmark, line by line: per page,
// the lines clean-news keeps that the human-checked article body does not hold ("+ kept"), and
// the lines of the article body it removes ("- lost", with the removal's reason). Lines are
// compared as runs of lowercased words; a long line counts as the article's when most of its
// word trigrams are. Only one half of the pages is shown (default: dev, see scripts/lib/split.js).
// With --page ID-PREFIX, every line of that page instead (--page "": of every page of the half): "  " kept and the article's, "+ " kept
// and not, "- " removed and not, "! " removed and the article's.
// Usage: npm run build && node scripts/boilerplate-diff.js DIR SET [--split dev|test|all] [--min-words N] [--page ID]
import { readFileSync } from "node:fs";
import path from "node:path";
import { BUILT_IN_RULES } from "../dist/rules/index.js";
import { clean } from "../dist/src/core/clean.js";
import { configureRules } from "../dist/src/core/configure.js";
import { bindRules, buildCorpusIndex } from "../dist/src/corpus.js";
import { goldBody, inArticle, words } from "./lib/gold-lines.js";
import { splitOf } from "./lib/split.js";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  return at === -1 ? fallback : args.splice(at, 2)[1];
};
const split = option("--split", "dev");
const minWords = Number(option("--min-words", "1"));
const page = option("--page", null);
const [dir, set] = args;
if (!dir || !set) {
  console.error("usage: node scripts/boilerplate-diff.js DIR SET [--split dev|test|all] [--min-words N]");
  process.exit(2);
}
const gold = JSON.parse(readFileSync(path.join(dir, "ground-truth.json"), "utf8"));
const ids = Object.keys(gold).sort();
const file = JSON.parse(readFileSync(path.join(dir, "output", `${set}.json`), "utf8"));
const output = file.output ?? file;
const settings = { applySuggestions: false };
const rules = configureRules(BUILT_IN_RULES, {});

const docs = new Map(ids.map((id) => [id, { id, text: output[id]?.articleBody ?? "" }]));
const read = async (id) => docs.get(id) ?? null;
const index = await buildCorpusIndex(rules, ids, read, 1);
let keptWords = 0;
let lostWords = 0;
/** Every line of one page, marked as the comment at the top says; removed lines with their reason. */
function showPage(id, result, body) {
  const removed = new Map();
  for (const e of result.edits.filter((e) => e.rule === "strip-boilerplate")) {
    e.before.split("\n").forEach((l, k) => l.trim() && removed.set(e.line + k, e.reason.replace("removed boilerplate: ", "")));
  }
  docs.get(id).text.split("\n").forEach((l, k) => {
    if (!l.trim()) return;
    const ours = inArticle(l, body);
    const reason = removed.get(k + 1);
    const mark = reason === undefined ? (ours ? "  " : "+ ") : ours ? "! " : "- ";
    console.log(`${mark}${String(k + 1).padStart(4)} ${l.slice(0, 150)}${reason ? `    [${reason}]` : ""}`);
  });
}

for (const id of ids) {
  if (page ? !id.startsWith(page) : split !== "all" && splitOf(id) !== split) continue;
  if (page === "" && split !== "all" && splitOf(id) !== split) continue;
  const doc = docs.get(id);
  const result = clean(doc, await bindRules(doc, rules, settings, index, read), { settings });
  const body = goldBody(gold[id].articleBody);
  if (page !== null) {
    console.log(`\n## ${id.slice(0, 12)} ${gold[id].url ?? ""}`);
    showPage(id, result, body);
    continue;
  }
  const kept = result.text.split("\n").filter((l) => words(l).length >= minWords && !inArticle(l, body));
  const lost = result.edits
    .filter((e) => e.rule === "strip-boilerplate")
    .flatMap((e) => e.before.split("\n").filter((l) => l.trim() && words(l).length >= minWords && inArticle(l, body)).map((l) => ({ l, reason: e.reason })));
  if (kept.length === 0 && lost.length === 0) continue;
  console.log(`\n## ${id.slice(0, 12)} ${gold[id].url ?? ""}`);
  for (const l of kept) console.log(`+ kept ${l.slice(0, 160)}`);
  for (const { l, reason } of lost) console.log(`- lost ${l.slice(0, 160)}    [${reason.replace("removed boilerplate: ", "")}]`);
  keptWords += kept.reduce((n, l) => n + words(l).length, 0);
  lostWords += lost.reduce((n, { l }) => n + words(l).length, 0);
}
console.log(`\nwords kept outside the article: ${keptWords}; article words lost: ${lostWords}`);
