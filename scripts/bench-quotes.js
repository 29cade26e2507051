// Benchmark of the fix-quotes rule. Usage: npm run bench:quotes -- CORPORA_DIR
// (a) the peer test suites in CORPORA_DIR/smartquotes-fixtures: pass rate per suite;
// (b) held-out real articles, damaged (a minority of marks flipped to the other style, spaces
//     put before closing quotes) and cleaned: share of marks right, curly and straight apart.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { cleanInMemory } from "../dist/src/api.js";
import { configureRules } from "../dist/src/core/configure.js";
import fixQuotes from "../dist/rules/fix-quotes.js";
import { parseCsv } from "./lib/csv.js";
import { keenquotesCases, markdownItCases, commonmarkCases } from "./lib/quote-suites.js";
import { random } from "./lib/random.js";

const root = process.argv[2];
if (!root || !existsSync(root)) {
  console.error("usage: npm run bench:quotes -- CORPORA_DIR (the folder holding smartquotes-fixtures/, bbc-news/, ...)");
  process.exit(2);
}
const FLIP_RATE = 0.3;
const SPACE_RATE = 0.3;
const SETTINGS = { applySuggestions: false };
const QUOTE = /["'“”‘’]/gu;

async function clean(text, style = "auto") {
  const rules = configureRules([fixQuotes], { options: { "fix-quotes": { style } } });
  return (await cleanInMemory({ id: "doc.txt", text }, [], rules, SETTINGS)).text;
}

// ---- (a) peer suites --------------------------------------------------------------------
const SKELETON = /["'“”‘’„‚«»‹›]/gu;
// A double prime may be typed as two single ones (5''), the suites write it as one.
const skeleton = (s) => (s.match(SKELETON) ?? []).join("").replace(/''/g, '"');
const withoutMarks = (s) => s.replace(SKELETON, "");

/** A case passes when only quote marks changed and they are the ones the suite expects. */
async function runSuite(name, cases) {
  let pass = 0;
  const failures = [];
  for (const c of cases) {
    // The suites curl straight text: the style is forced, as `--quotes curly` does.
    const out = await clean(c.input, "curly");
    const ok = skeleton(out) === skeleton(c.expected) && withoutMarks(out) === withoutMarks(c.input);
    if (ok) pass++;
    else failures.push({ ...c, out });
  }
  return { name, total: cases.length, pass, failures };
}

const sq = path.join(root, "smartquotes-fixtures");
const suites = [];
for (const file of readdirSync(path.join(sq, "keenquotes")).sort()) {
  suites.push(await runSuite(`keenquotes/${file}`, keenquotesCases(readFileSync(path.join(sq, "keenquotes", file), "utf8"))));
}
for (const file of readdirSync(path.join(sq, "markdown-it")).sort()) {
  suites.push(await runSuite(`markdown-it/${file}`, markdownItCases(readFileSync(path.join(sq, "markdown-it", file), "utf8"))));
}
suites.push(await runSuite("commonmark/smart_punct.txt", commonmarkCases(readFileSync(path.join(sq, "commonmark", "smart_punct.txt"), "utf8"))));

console.log("(a) peer suites, run with --quotes curly: cases with quote marks and no markup; pass = exactly the expected marks, nothing else changed\n");
console.log("| suite | cases | passed | rate |\n| --- | ---: | ---: | ---: |");
let allPass = 0;
let allTotal = 0;
for (const s of suites) {
  allPass += s.pass;
  allTotal += s.total;
  console.log(`| ${s.name} | ${s.total} | ${s.pass} | ${pct(s.pass, s.total)} |`);
}
console.log(`| all | ${allTotal} | ${allPass} | ${pct(allPass, allTotal)} |`);
if (process.env.SHOW_FAILURES) {
  for (const s of suites) for (const f of s.failures) console.log(`\n[${s.name}]\n  in:  ${f.input}\n  exp: ${f.expected}\n  got: ${f.out}`);
}

// ---- (b) held-out articles --------------------------------------------------------------
const isCurly = (c) => "“”‘’".includes(c);
const OPENS_AFTER = /[\s([{\u2014\u2013-]/u;

/** The other style's character, as an editor that curls marks as they are typed would write it. */
function flipped(c, before) {
  if (c === "“" || c === "”") return '"';
  if (c === "‘" || c === "’") return "'";
  const opening = before === "" || OPENS_AFTER.test(before);
  if (c === '"') return opening ? "“" : "”";
  return opening ? "‘" : "’";
}

/**
 * Damages a clean text: flips fewer than half of its marks (so its dominant style stays what it
 * was) and puts a space before some closing quotes that follow sentence punctuation.
 */
function damage(text, rand) {
  const marks = [...text.matchAll(QUOTE)].map((m) => m.index);
  const n = marks.length;
  const k = Math.min(Math.round(FLIP_RATE * n), Math.ceil(n / 2) - 1);
  const chosen = new Set();
  while (chosen.size < k) chosen.add(marks[Math.floor(rand() * n)]);
  let out = "";
  let cursor = 0;
  for (const i of marks) {
    out += text.slice(cursor, i);
    const c = text[i];
    const after = text[i + 1] ?? "";
    const closesSentence = /[.,!?]/u.test(text[i - 1] ?? "") && /^$|[\s)\]]/u.test(after) && c !== "‘" && c !== "“";
    if (closesSentence && rand() < SPACE_RATE) out += " ";
    out += chosen.has(i) ? flipped(c, text[i - 1] ?? "") : c;
    cursor = i + 1;
  }
  return out + text.slice(cursor);
}

/** Marks right: the same character as the clean text, with the same character before it. */
function score(truth, output) {
  const t = [...truth.matchAll(QUOTE)].map((m) => m.index);
  const o = [...output.matchAll(QUOTE)].map((m) => m.index);
  if (t.length !== o.length) throw new Error("the rule added or removed a quote mark");
  let right = 0;
  const wrong = [];
  t.forEach((ti, j) => {
    const oi = o[j];
    if (truth[ti] === output[oi] && truth[ti - 1] === output[oi - 1]) right++;
    else wrong.push(`${truth.slice(Math.max(0, ti - 30), ti + 20)} => ${output.slice(Math.max(0, oi - 30), oi + 20)}`.replace(/\n/g, "⏎"));
  });
  return { marks: t.length, right, wrong };
}

// The scraper damage the rule repairs ("region. ”"): a text that has it is no ground truth.
const DAMAGED = /[.,!?] ["”'’](?=\s|$)/mu;

function styleOf(text) {
  if (DAMAGED.test(text)) return null;
  const marks = text.match(QUOTE) ?? [];
  const curly = marks.filter(isCurly).length;
  if (marks.length < 2) return null;
  return curly === marks.length ? "curly" : curly === 0 ? "straight" : null;
}

function* articles() {
  const bbc = path.join(root, "bbc-news");
  for (const topic of readdirSync(bbc).filter((d) => !d.includes(".")).sort()) {
    const split = topic === "business" ? "dev" : "held-out";
    for (const f of readdirSync(path.join(bbc, topic)).sort()) {
      yield { id: `bbc/${topic}/${f}`, split, text: readFileSync(path.join(bbc, topic, f), "utf8") };
    }
  }
  const gold = JSON.parse(readFileSync(path.join(root, "article-extraction-benchmark", "ground-truth.json"), "utf8"));
  for (const [id, v] of Object.entries(gold).sort()) yield { id: `aeb/${id.slice(0, 8)}`, split: "dev", text: v.articleBody };
  for (const [file, column] of [["fakenewscorpus-sample/news_sample.csv", "content"], ["kaggle-fake-news-sample/fake_news_sample.csv", "text"]]) {
    const rows = parseCsv(readFileSync(path.join(root, file), "utf8"));
    const header = rows[0];
    const col = header.indexOf(column);
    for (const [j, row] of rows.slice(1).entries()) {
      if (row[col]) yield { id: `${file.split("/")[0]}/${j}`, split: "held-out", text: row[col] };
    }
  }
}

const SEED = Number(process.env.SEED ?? 20261122);
const rand = random(SEED);
const totals = new Map();
const wrongs = new Map();
for (const a of articles()) {
  const style = styleOf(a.text);
  if (!style) continue;
  const output = await clean(damage(a.text, rand));
  const s = score(a.text, output);
  const key = `${a.split} ${style}`;
  const t = totals.get(key) ?? { docs: 0, marks: 0, right: 0, exact: 0, untouched: 0 };
  // The undamaged article cleaned as it is: a mark changed there is the rule disagreeing with the publisher.
  t.untouched += score(a.text, await clean(a.text)).right;
  t.docs++;
  t.marks += s.marks;
  t.right += s.right;
  if (s.right === s.marks) t.exact++;
  totals.set(key, t);
  if (s.wrong.length) wrongs.set(a.id, s.wrong);
}

console.log(`\n(b) real articles (seed ${SEED}), ${Math.round(FLIP_RATE * 100)}% of marks flipped (always a minority), a space before ${Math.round(SPACE_RATE * 100)}% of closing quotes after . , ! ?\n`);
console.log("| split | style | documents | marks | marks right | documents all right | undamaged: marks kept |\n| --- | --- | ---: | ---: | ---: | ---: | ---: |");
for (const key of [...totals.keys()].sort()) {
  const t = totals.get(key);
  const [split, style] = key.split(" ");
  console.log(`| ${split} | ${style} | ${t.docs} | ${t.marks} | ${pct(t.right, t.marks)} | ${pct(t.exact, t.docs)} | ${pct(t.untouched, t.marks)} |`);
}
for (const style of ["curly", "straight"]) {
  const ts = [...totals].filter(([k]) => k.endsWith(style)).map(([, t]) => t);
  const marks = ts.reduce((s, t) => s + t.marks, 0);
  const right = ts.reduce((s, t) => s + t.right, 0);
  const exact = ts.reduce((s, t) => s + t.exact, 0);
  const docs = ts.reduce((s, t) => s + t.docs, 0);
  const untouched = ts.reduce((s, t) => s + t.untouched, 0);
  console.log(`| all | ${style} | ${docs} | ${marks} | ${pct(right, marks)} | ${pct(exact, docs)} | ${pct(untouched, marks)} |`);
}
if (process.env.SHOW_WRONG) {
  for (const [id, w] of wrongs) if (id.startsWith(process.env.SHOW_WRONG)) for (const line of w) console.log(`${id}: ${line}`);
}

function pct(a, b) {
  return b === 0 ? "-" : `${((100 * a) / b).toFixed(2)}%`;
}
