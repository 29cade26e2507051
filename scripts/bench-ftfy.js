// Mojibake benchmark: ftfy's own test cases (pass rate by file), then real scraped text
// with no gold (what changed, and a sample to read).
// Usage: npm run bench:ftfy -- CORPORA_DIR   (the folder holding ftfy-test-cases/,
// isot-mojibake-sample/ and mojibake-in-the-wild/; a missing one is skipped)
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fixEncoding from "../dist/rules/fix-encoding.js";
import { clean } from "../dist/src/core/clean.js";

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

/** RFC 4180 CSV: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") row.push(field), (field = "");
    else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field), rows.push(row), (row = []), (field = "");
    } else field += c;
  }
  if (field || row.length) row.push(field), rows.push(row);
  return rows;
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

/** UTF-8 read as Windows-1252 the way browsers do: undefined bytes become C1 controls. */
function misread(text) {
  const bytes = Buffer.from(text, "utf8");
  return Array.from(bytes, (b) => WINDOWS_1252[b]).join("");
}
const WINDOWS_1252 = Array.from({ length: 256 }, (_, b) => {
  const c = new TextDecoder("windows-1252").decode(Uint8Array.of(b));
  return b >= 0x80 && b <= 0x9f && c === "\ufffd" ? String.fromCharCode(b) : c;
});

/** mulberry32, so that every run garbles the same paragraphs. */
function random(seed) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Clean professional news: nothing may change; then the same articles with random paragraphs
// misread as Windows-1252 must come back exactly. Also the throughput of the rule alone.
function bbcTable(root) {
  const bbc = path.join(root, "bbc-news");
  if (!existsSync(bbc)) return;
  const texts = [];
  for (const topic of readdirSync(bbc).sort()) {
    const folder = path.join(bbc, topic);
    if (!existsSync(path.join(folder, "001.txt"))) continue;
    for (const f of readdirSync(folder).sort()) {
      const bytes = readFileSync(path.join(folder, f));
      const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes);
      if (!text.includes("\ufffd")) texts.push(text);
    }
  }
  // Pass 1, timed: clean text, where the rule should only decode the HTML references
  // the scrapers left (BBC pages have a few, "&#163;1.8m").
  let bytes = 0;
  const started = process.hrtime.bigint();
  const cleaned = texts.map((text) => {
    bytes += Buffer.byteLength(text);
    return repair(text);
  });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const isMojibakeEdit = (e) => e.reason.startsWith("repaired mojibake");
  const withMojibakeEdit = cleaned.filter((r) => r.edits.some(isMojibakeEdit)).length;
  const withReferences = cleaned.filter((r) => r.edits.some((e) => !isMojibakeEdit(e))).length;
  // Pass 2: random paragraphs misread; what comes back must equal pass 1's output.
  const next = random(42);
  let recovered = 0;
  let garbledDocs = 0;
  const misses = [];
  texts.forEach((text, i) => {
    const garbled = text.split("\n\n").map((p) => (next() < 0.5 ? misread(p) : p)).join("\n\n");
    if (garbled === text) return;
    garbledDocs++;
    const back = repair(garbled).text;
    if (back === cleaned[i].text) recovered++;
    else if (misses.length < 5) misses.push({ text: cleaned[i].text, back });
  });
  console.log("\n## bbc-news: clean articles, then random paragraphs misread as Windows-1252 (seed 42)\n");
  console.log("| articles | clean articles with a mojibake edit | with HTML references decoded | rule throughput on clean text | garbled articles | recovered exactly |");
  console.log("| ---: | ---: | ---: | ---: | ---: | ---: |");
  console.log(`| ${texts.length} | ${withMojibakeEdit} | ${withReferences} | ${(bytes / 1e6 / seconds).toFixed(1)} MB/s | ${garbledDocs} | ${recovered} (${((100 * recovered) / garbledDocs).toFixed(1)}%) |`);
  for (const m of misses) {
    const a = m.text.split("\n");
    const b = m.back.split("\n");
    const i = a.findIndex((line, k) => line !== b[k]);
    console.log(`- expected: ${show(a[i] ?? "")}\n  got:      ${show(b[i] ?? "")}`);
  }
}

const casesDir = path.join(dir, "ftfy-test-cases");
if (existsSync(casesDir)) ftfyTable(casesDir);
wildTable(dir);
bbcTable(dir);
