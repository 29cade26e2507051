// How the bundled lexicon alone does on clean text: deletes every hyphenated token the way the
// SPEC's damage does, asks lexiconCandidates about each blank, and counts right and wrong
// candidates by confidence. Usage: npm run bench:lexicon -- PATH... (folders of .txt files, or
// .json files holding an object of {articleBody} or strings, such as the extraction benchmark).
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { lexiconCandidates } from "../dist/rules/restore-blanks/lexicon.js";

const LOST = /[^\s“”"‘(\[]*[A-Za-z0-9]-[A-Za-z0-9][^\s“”"’)\]]*/;

function* texts(p) {
  if (statSync(p).isDirectory()) {
    for (const f of readdirSync(p).sort()) yield* texts(path.join(p, f));
  } else if (p.endsWith(".txt")) {
    yield readFileSync(p, "latin1").includes("\uFFFD") ? readFileSync(p, "latin1") : readFileSync(p, "utf8");
  } else if (p.endsWith(".json")) {
    for (const v of Object.values(JSON.parse(readFileSync(p, "utf8")))) yield typeof v === "string" ? v : v.articleBody ?? "";
  }
}

/** The words that survive the damage, and the blanks with the tokens they lost. */
function damage(text) {
  const items = [];
  for (const token of text.split(/\s+/).filter(Boolean)) {
    const m = LOST.exec(token);
    if (!m) { items.push({ word: token }); continue; }
    if (m.index > 0) items.push({ word: token.slice(0, m.index) });
    const last = items[items.length - 1];
    if (last && "lost" in last) last.lost += ` ${m[0]}`;
    else items.push({ lost: m[0] });
    if (m.index + m[0].length < token.length) items.push({ word: token.slice(m.index + m[0].length) });
  }
  return items;
}

const counts = { blanks: 0, certainRight: 0, certainWrong: 0, likelyRight: 0, likelyWrong: 0, none: 0 };
const wrong = [];
const right = new Map();
for (const p of process.argv.slice(2)) {
  for (const text of texts(p)) {
    const items = damage(text);
    items.forEach((item, i) => {
      if (!("lost" in item)) return;
      counts.blanks++;
      const before = items.slice(Math.max(0, i - 20), i).filter((x) => "word" in x).map((x) => x.word);
      const after = items.slice(i + 1, i + 21).filter((x) => "word" in x).map((x) => x.word);
      const truth = item.lost.replace(/[,.;:!?]+$/u, "");
      const [best] = lexiconCandidates(before, after);
      if (!best) { counts.none++; return; }
      const ok = best.token === truth;
      counts[`${best.confidence}${ok ? "Right" : "Wrong"}`]++;
      if (!ok) wrong.push(`${best.confidence}: ${before.slice(-6).join(" ")} [${best.token} ≠ ${truth}] ${after.slice(0, 6).join(" ")}`);
      else right.set(truth, (right.get(truth) ?? 0) + 1);
    });
  }
}
const pct = (a, b) => (b ? ((100 * a) / b).toFixed(1) : "-");
console.log(`blanks ${counts.blanks}`);
console.log(`certain: ${counts.certainRight} right, ${counts.certainWrong} wrong (precision ${pct(counts.certainRight, counts.certainRight + counts.certainWrong)}%)`);
console.log(`likely:  ${counts.likelyRight} right, ${counts.likelyWrong} wrong (precision ${pct(counts.likelyRight, counts.likelyRight + counts.likelyWrong)}%)`);
console.log(`recall (certain) ${pct(counts.certainRight, counts.blanks)}%, (certain+likely) ${pct(counts.certainRight + counts.likelyRight, counts.blanks)}%; no candidate ${counts.none}`);
if (process.env.VERBOSE) {
  console.log([...right].sort((a, b) => b[1] - a[1]).map(([t, n]) => `${t} ${n}`).join(", "));
  for (const w of wrong) console.log(w);
}
