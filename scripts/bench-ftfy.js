// Mojibake benchmark: ftfy's own test cases (pass rate by file), then real scraped text
// with no gold (what changed, and a sample to read).
// Usage: npm run bench:ftfy -- CORPORA_DIR   (the folder holding ftfy-test-cases/,
// isot-mojibake-sample/ and mojibake-in-the-wild/; a missing one is skipped)
import { existsSync, readdirSync, readFileSync } from "node:fs";
import iconv from "iconv-lite";
import path from "node:path";
import fixEncoding from "../dist/rules/fix-encoding.js";
import { clean } from "../dist/src/core/clean.js";
import { parseCsv } from "./lib/csv.js";
import { random } from "./lib/random.js";

const dir = process.argv[2];
if (!dir) {
  console.error("usage: npm run bench:ftfy -- CORPORA_DIR");
  process.exit(2);
}

const settings = { applySuggestions: false };
const rule = { id: fixEncoding.meta.id, run: (doc) => fixEncoding.check(doc, { options: {}, settings }) };
const repair = (text) => clean({ id: "case", text }, [rule], { settings, strict: true });

// ftfy's fix_text also straightens curly quotes; we keep the document's own quotes.
const uncurl = (s) => s.replace(/[\u02bc\u2018-\u201b]/g, "'").replace(/[\u201c-\u201f]/g, '"');
const HTML_REFERENCE = /&#?[0-9A-Za-z]{1,24};/;
// JSON escapes, plus the invisible characters JSON leaves as they are.
const show = (s) =>
  JSON.stringify(s)
    .slice(1, -1)
    .replace(/[\u0080-\u00a0\u00ad\u200b-\u200f\ufeff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);

function ftfyTable(casesDir) {
  console.log(`## ftfy's test cases (${casesDir})\n`);
  console.log("| file | cases | ftfy expects to pass | repaired as expected | rate |");
  console.log("| --- | ---: | ---: | ---: | ---: |");
  const failures = [];
  const totals = {};
  for (const file of ["in-the-wild", "synthetic", "negative", "language-names", "known-failures"]) {
    const cases = JSON.parse(readFileSync(path.join(casesDir, `${file}.json`), "utf8"));
    let passed = 0;
    for (const c of cases) {
      // We decode HTML references as ftfy's fix_text does (fix_encoding alone does not).
      const expected = HTML_REFERENCE.test(c.original) ? c.fixed : (c["fixed-encoding"] ?? c.fixed);
      const got = repair(c.original).text;
      if (uncurl(got) === uncurl(expected)) passed++;
      else if (c.expect === "pass") failures.push({ file, label: c.label, original: c.original, expected, got });
    }
    const expectPass = cases.filter((c) => c.expect === "pass").length;
    totals[file] = { passed, total: cases.length };
    console.log(`| ${file} | ${cases.length} | ${expectPass} | ${passed} | ${((100 * passed) / cases.length).toFixed(1)}% |`);
  }
  const wild = totals["in-the-wild"];
  const synth = totals["synthetic"];
  const both = wild.passed + synth.passed;
  const bothTotal = wild.total + synth.total;
  console.log(`\nin-the-wild + synthetic: ${both}/${bothTotal} = ${((100 * both) / bothTotal).toFixed(1)}% (target >= 85%)`);
  console.log(`negative (must not change): ${totals.negative.passed}/${totals.negative.total} (target: all)\n`);
  if (failures.length) {
    console.log("Cases ftfy passes and we do not:");
    for (const f of failures) console.log(`- [${f.file}] ${f.label}\n    in:       ${show(f.original)}\n    expected: ${show(f.expected)}\n    got:      ${show(f.got)}`);
    console.log();
  }
}


function wildSources(root) {
  const sources = [];
  const isot = path.join(root, "isot-mojibake-sample", "fake_news.csv");
  if (existsSync(isot)) {
    const [header, ...rows] = parseCsv(readFileSync(isot, "utf8").replace(/^\ufeff/, ""));
    const title = header.indexOf("title");
    const text = header.indexOf("text");
    sources.push({ name: "isot-mojibake-sample", texts: rows.filter((r) => r.length === header.length).map((r) => `${r[title]}\n\n${r[text]}`) });
  }
  const rss = path.join(root, "mojibake-in-the-wild", "rss-dailywire-2024-04-15.jsonl");
  if (existsSync(rss)) {
    const lines = readFileSync(rss, "utf8").split("\n").filter(Boolean);
    sources.push({ name: "mojibake-in-the-wild", texts: lines.map((l) => JSON.parse(l).original) });
  }
  return sources;
}

// What UTF-8 read as Windows-1252 or Mac Roman leaves behind, counted before and after.
const TELLTALE = /â€|Ã[\u0080-\u00bf]|Â[\u00a0-\u00bf]|‚Ä[ìîïòôúùû†°¢π]|¬†/g;
const count = (texts, re) => texts.reduce((n, t) => n + (t.match(re)?.length ?? 0), 0);

function wildTable(root) {
  const sources = wildSources(root);
  if (!sources.length) return;
  console.log("## Real scraped text (no gold)\n");
  console.log("| source | rows | rows changed | edits | telltale sequences before | after |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
  const samples = [];
  for (const { name, texts } of sources) {
    const results = texts.map((t) => repair(t));
    const changed = results.filter((r, i) => r.text !== texts[i]).length;
    const edits = results.reduce((n, r) => n + r.edits.length, 0);
    console.log(`| ${name} | ${texts.length} | ${changed} | ${edits} | ${count(texts, TELLTALE)} | ${count(results.map((r) => r.text), TELLTALE)} |`);
    const seen = new Set();
    for (const r of results)
      for (const e of r.edits) {
        const key = `${e.before}\u0000${e.after}`;
        if (seen.has(key) || seen.size >= 12) continue;
        seen.add(key);
        samples.push(`- ${name}: "${show(e.before)}" -> "${show(e.after)}" (${e.reason})`);
      }
  }
  console.log("\nSample of distinct edits:");
  console.log(samples.join("\n"));
}

/**
 * UTF-8 read as a single-byte page by iconv-lite, as real software does: Windows pages keep
 * undefined bytes as C1 controls (as browsers do), Mac Roman has Apple's 0xF0 (as Python's).
 */
function misreadAs(encoding) {
  const undefinedByte = (byte) => (encoding === "macintosh" ? "\uf8ff" : String.fromCharCode(byte));
  return (text) => {
    const bytes = Buffer.from(text, "utf8");
    return Array.from(iconv.decode(bytes, encoding), (c, i) => (c === "\ufffd" ? undefinedByte(bytes[i]) : c)).join("");
  };
}
const cp1252 = misreadAs("windows-1252");
const macRoman = misreadAs("macintosh");

const sentences = (p) => p.split(/(?<=[.!?]["”’]? )/);
/** Ways of garbling an article: each gets a fresh generator with the same seed. */
const GARBLINGS = {
  "paragraphs, Windows-1252": (next) => (p) => (next() < 0.5 ? cp1252(p) : p),
  "paragraphs, Windows-1252 twice": (next) => (p) => (next() < 0.5 ? cp1252(cp1252(p)) : p),
  "paragraphs, Latin-1": (next) => (p) => (next() < 0.5 ? misreadAs("latin1")(p) : p),
  "paragraphs, Mac Roman": (next) => (p) => (next() < 0.5 ? macRoman(p) : p),
  "sentences, Windows-1252": (next) => (p) => sentences(p).map((x) => (next() < 0.4 ? cp1252(x) : x)).join(""),
  "sentences, Mac Roman": (next) => (p) => sentences(p).map((x) => (next() < 0.4 ? macRoman(x) : x)).join(""),
  "words, Windows-1252": (next) => (p) => p.split(/(?<= )/).map((x) => (next() < 0.5 ? cp1252(x) : x)).join(""),
};

function bbcArticles(root) {
  const bbc = path.join(root, "bbc-news");
  if (!existsSync(bbc)) return [];
  const texts = [];
  for (const topic of readdirSync(bbc).sort()) {
    const folder = path.join(bbc, topic);
    if (!existsSync(path.join(folder, "001.txt"))) continue;
    // sport/199.txt is the one file that is not UTF-8: the codec's business, not this table's.
    for (const f of readdirSync(folder).sort()) {
      const text = new TextDecoder().decode(readFileSync(path.join(folder, f)));
      if (!text.includes("\ufffd")) texts.push(text);
    }
  }
  return texts;
}

function extractionArticles(root) {
  const file = path.join(root, "article-extraction-benchmark", "ground-truth.json");
  if (!existsSync(file)) return [];
  return Object.values(JSON.parse(readFileSync(file, "utf8"))).map((v) => v.articleBody);
}

// Clean professional news, then the same articles garbled in several ways: clean text must not
// get a mojibake edit, garbled text must come back equal to what the clean text gave.
function garbleTable(root) {
  const corpora = [
    ["bbc-news (English)", bbcArticles(root)],
    ["article-extraction ground truth (multilingual)", extractionArticles(root)],
  ].filter(([, texts]) => texts.length > 0);
  if (!corpora.length) return;
  console.log("\n## Clean news, then garbled at random (seed 42): false repairs and exact recovery\n");
  console.log(`| corpus | articles | clean: mojibake edits | clean: rule throughput | ${Object.keys(GARBLINGS).join(" | ")} |`);
  console.log(`| --- | ---: | ---: | ---: | ${Object.keys(GARBLINGS).map(() => "---:").join(" | ")} |`);
  const misses = [];
  for (const [name, texts] of corpora) {
    const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
    const started = process.hrtime.bigint();
    const cleaned = texts.map((t) => repair(t));
    const seconds = Number(process.hrtime.bigint() - started) / 1e9;
    const falseRepairs = cleaned.reduce((n, r) => n + r.edits.filter((e) => e.reason.startsWith("repaired mojibake")).length, 0);
    const cells = Object.entries(GARBLINGS).map(([mode, make]) => {
      const garble = make(random(42));
      let garbled = 0;
      let recovered = 0;
      texts.forEach((text, i) => {
        const damaged = text.split("\n").map(garble).join("\n");
        if (damaged === text) return;
        garbled++;
        const back = repair(damaged).text;
        if (back === cleaned[i].text) recovered++;
        else if (misses.length < 6) misses.push({ mode, expected: cleaned[i].text, got: back });
      });
      return `${recovered}/${garbled} (${((100 * recovered) / garbled).toFixed(1)}%)`;
    });
    console.log(`| ${name} | ${texts.length} | ${falseRepairs} | ${(bytes / 1e6 / seconds).toFixed(1)} MB/s | ${cells.join(" | ")} |`);
  }
  if (misses.length) console.log("\nFirst differences:");
  for (const m of misses) {
    const [a, b] = [m.expected.split(/(?<= )/), m.got.split(/(?<= )/)];
    const i = a.findIndex((w, k) => w !== b[k]);
    console.log(`- ${m.mode}: expected "${show(a.slice(i, i + 4).join(""))}", got "${show(b.slice(i, i + 4).join(""))}"`);
  }
}

const casesDir = path.join(dir, "ftfy-test-cases");
if (existsSync(casesDir)) ftfyTable(casesDir);
wildTable(dir);
garbleTable(dir);
