// How far line removal can take an extractor's output on the article-extraction benchmark, and
// how far while SPEC section 3 holds. Two oracles that know each page's human-checked body:
// "any line" removes every line of the output that the body lacks; the "SPEC" ones remove the
// same but keep some of what SPEC keeps and the gold bodies leave out: the line right above the
// article's first line (the headline), or the two lines there (headline and standfirst), and
// attribution lines ("Additional reporting by Reuters", "... contributed to this report").
// None removes words inside a line, so each is an upper bound for a line filter that keeps
// that much.
// Usage: npm run bench:boilerplate-ceiling -- DIR [SET...]   (default sets: trafilatura html-text)
import { readFileSync } from "node:fs";
import path from "node:path";
import { goldBody, inArticle } from "./lib/gold-lines.js";
import { splitOf, SPLITS } from "./lib/split.js";
import { wordF1 } from "./word-f1.js";

const [dir, ...sets] = process.argv.slice(2);
if (!dir) {
  console.error("usage: npm run bench:boilerplate-ceiling -- DIR [SET...]");
  process.exit(2);
}
const ATTRIBUTION = /\b(?:additional reporting|reporting by|writing by|editing by|contributed (?:to )?(?:this|the) (?:report|story|article)|contributed reporting)\b/i;

const gold = JSON.parse(readFileSync(path.join(dir, "ground-truth.json"), "utf8"));
const ids = Object.keys(gold).sort();

/** What each oracle keeps of the output: every article line, and above the first one `block` lines. */
function oracle(text, body, block, attributions) {
  const lines = text.split("\n").filter((l) => l.trim());
  const ours = lines.map((l) => inArticle(l, body));
  const first = ours.indexOf(true);
  const kept = (l, i) => ours[i] || (first !== -1 && i < first && i >= first - block) || (attributions && ATTRIBUTION.test(l));
  return lines.filter(kept).join("\n");
}

const mean = (xs) => xs.reduce((s, x) => s + x, 0) / xs.length;
console.log("| input | pages | as given | oracle, any line | oracle, SPEC: headline kept | oracle, SPEC: headline and standfirst kept |");
console.log("| --- | --- | --- | --- | --- | --- |");
for (const set of sets.length > 0 ? sets : ["trafilatura", "html-text"]) {
  const file = JSON.parse(readFileSync(path.join(dir, "output", `${set}.json`), "utf8"));
  const output = file.output ?? file;
  for (const half of [...SPLITS, "all"]) {
    const pages = ids.filter((id) => half === "all" || splitOf(id) === half);
    const scores = pages.map((id) => {
      const text = output[id]?.articleBody ?? "";
      const body = goldBody(gold[id].articleBody);
      const f1 = (t) => wordF1(gold[id].articleBody, t).f1;
      return [f1(text), f1(oracle(text, body, 0, false)), f1(oracle(text, body, 1, true)), f1(oracle(text, body, 2, true))];
    });
    const column = (k) => mean(scores.map((s) => s[k])).toFixed(4);
    console.log(`| ${set} | ${half} (${pages.length}) | ${column(0)} | ${column(1)} | ${column(2)} | ${column(3)} |`);
  }
}
