// How far the corpus context model could go without a twin, at best: an upper bound for the
// "no twin" rows of bench:restore. Half the articles (even positions) are the evidence, left
// undamaged; for every token the damage deletes in the other half, each predictor below names
// the token seen most often in the evidence beside the same neighbours, and fills only when
// that token was seen often enough and dominates. The blanks are given exactly (no detection
// errors) and a fill counts as right on the bare token, so real fills can only do worse.
//
//   npm run bench:restore-ceiling -- CORPUS_DIR
import { lostTokensIn } from "../dist/rules/restore-blanks/damage.js";
import { contextWord } from "../dist/rules/restore-blanks/words.js";
import { loadDocs } from "./lib/load-docs.js";

const corpus = process.argv[2];
if (!corpus) throw new Error("usage: npm run bench:restore-ceiling -- CORPUS_DIR");

/** Each deleted token of a text with the context words either side ("" at a line's edge or beside another token). */
function sightings(text) {
  const tokens = lostTokensIn(text);
  return tokens.map(({ index, token }) => {
    const before = text.slice(Math.max(0, index - 80), index).split(/[ \t]+/);
    const after = text.slice(index + token.length, index + token.length + 80).split(/[ \t]+/);
    const left = before.length > 1 && !before.at(-2).includes("\n") ? contextWord(before.at(-2)) : "";
    const right = after.length > 1 && !after[1].includes("\n") ? contextWord(after[1]) : "";
    return { token: token.replace(/^[^A-Za-z0-9]+|[^A-Za-z0-9]+$/g, "").toLowerCase(), left, right };
  });
}

const docs = loadDocs([corpus]);
const evidence = docs.filter((_, i) => i % 2 === 0);
const scored = docs.filter((_, i) => i % 2 === 1);

const KEYS = { "both neighbours": (s) => s.left && s.right && `${s.left} ${s.right}`, "left neighbour": (s) => s.left, "right neighbour": (s) => s.right };
const counts = Object.fromEntries(Object.keys(KEYS).map((k) => [k, new Map()]));
for (const doc of evidence) {
  for (const s of sightings(doc.text)) {
    for (const [name, key] of Object.entries(KEYS)) {
      const k = key(s);
      if (!k) continue;
      const byToken = counts[name].get(k) ?? new Map();
      byToken.set(s.token, (byToken.get(s.token) ?? 0) + 1);
      counts[name].set(k, byToken);
    }
  }
}

const THRESHOLDS = [[2, 1], [3, 0.9], [3, 0.8], [5, 0.9], [5, 1]];
const tally = new Map();
let blanks = 0;
for (const doc of scored) {
  for (const s of sightings(doc.text)) {
    blanks++;
    for (const [name, key] of Object.entries(KEYS)) {
      const byToken = counts[name].get(key(s));
      if (!byToken) continue;
      const total = [...byToken.values()].reduce((a, b) => a + b, 0);
      const [best, n] = [...byToken].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
      for (const [min, share] of THRESHOLDS) {
        if (n < min || n / total < share) continue;
        const t = tally.get(`${name}|${min}|${share}`) ?? { fills: 0, right: 0 };
        t.fills++;
        if (best === s.token) t.right++;
        tally.set(`${name}|${min}|${share}`, t);
      }
    }
  }
}

console.log(`${corpus}: ${evidence.length} articles as evidence, ${blanks} deleted tokens in the other ${scored.length}\n`);
console.log("| context | seen at least | share at least | fills | right | precision | recall |");
console.log("| --- | --: | --: | --: | --: | --: | --: |");
for (const name of Object.keys(KEYS)) {
  for (const [min, share] of THRESHOLDS) {
    const t = tally.get(`${name}|${min}|${share}`) ?? { fills: 0, right: 0 };
    const pct = (x) => `${(100 * x).toFixed(1)}%`;
    console.log(`| ${name} | ${min} | ${pct(share)} | ${t.fills} | ${t.right} | ${t.fills ? pct(t.right / t.fills) : "-"} | ${pct(t.right / blanks)} |`);
  }
}
