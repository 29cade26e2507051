// Benchmark of restore-apostrophes. For each folder: takes its clean .txt articles, replaces
// every apostrophe inside a word by a space (as the ISOT dataset did), cleans the damaged text
// with restore-apostrophes alone, and counts restorations right, missed and wrong (a change
// anywhere else, or on the undamaged article, is wrong). For each .csv file (the ISOT rows):
// counts what the rule changes in its text (or content) column, since there is no clean copy.
// Usage: npm run bench:apostrophes -- DIR... [FILE.csv...]
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import restoreApostrophes from "../dist/rules/restore-apostrophes.js";
import { cleanInMemory } from "../dist/src/api.js";
import { configureRules } from "../dist/src/core/configure.js";
import { decode } from "../dist/src/io/codec.js";

const RULES = configureRules([restoreApostrophes], { options: {} });
const SETTINGS = { applySuggestions: false };
const INSIDE_WORD = /(?<=[\p{L}\p{M}])['’](?=\p{L})/gu;

const clean = async (text) => (await cleanInMemory({ id: "doc.txt", text }, [], RULES, SETTINGS, true)).text;

function* files(dir) {
  for (const f of readdirSync(dir).sort()) {
    const p = path.join(dir, f);
    if (statSync(p).isDirectory()) yield* files(p);
    else if (f.endsWith(".txt")) yield p;
  }
}

async function cleanCorpus(dir) {
  let deleted = 0, right = 0, wrong = 0, docs = 0;
  const examples = [];
  for (const file of files(dir)) {
    const decoded = decode(readFileSync(file));
    if (decoded.kind !== "text") continue;
    docs++;
    const original = decoded.text;
    const damagedAt = new Set([...original.matchAll(INSIDE_WORD)].map((m) => m.index));
    const damaged = original.replace(INSIDE_WORD, " ");
    const out = await clean(damaged);
    if (out.length !== damaged.length) throw new Error(`${file}: the rule changed the length of the text`);
    deleted += damagedAt.size;
    for (let i = 0; i < out.length; i++) {
      if (out[i] === damaged[i]) continue;
      if (damagedAt.has(i) && /['’]/u.test(out[i])) right++;
      else { wrong++; examples.push(`wrong: ${file}: …${out.slice(Math.max(0, i - 30), i + 30).replace(/\s+/g, " ")}…`); }
    }
    for (const i of damagedAt) {
      if (out[i] === " " && examples.length < 400) examples.push(`missed: …${original.slice(Math.max(0, i - 25), i + 25).replace(/\s+/g, " ")}…`);
    }
    const untouched = await clean(original);
    for (let i = 0; i < untouched.length; i++) {
      if (untouched[i] !== original[i]) { wrong++; examples.push(`changed clean text: ${file}: …${untouched.slice(Math.max(0, i - 30), i + 30)}…`); }
    }
  }
  const pct = (a, b) => (b ? ((100 * a) / b).toFixed(2) : "-");
  console.log(`${dir}: ${docs} articles, ${deleted} apostrophes deleted; restored ${right} (recall ${pct(right, deleted)}%), wrong changes ${wrong} (precision ${pct(right, right + wrong)}%)`);
  if (process.env.VERBOSE) for (const e of examples) console.log(`  ${e}`);
}

/** The fields of a CSV text with a header row (RFC 4180 quoting). */
function parseCsv(text) {
  const rows = [[]];
  let field = "", quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') { field += '"'; i++; }
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ",") { rows[rows.length - 1].push(field); field = ""; }
    else if (c === "\n") { rows[rows.length - 1].push(field.replace(/\r$/, "")); field = ""; rows.push([]); }
    else field += c;
  }
  rows[rows.length - 1].push(field);
  return rows.filter((r) => r.length > 1);
}

async function csvRows(file) {
  const [header, ...rows] = parseCsv(readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
  const col = header.includes("text") ? header.indexOf("text") : header.indexOf("content");
  const labelCol = header.indexOf("label");
  const changedByLabel = new Map();
  let changedRows = 0, restored = 0;
  const forms = new Map();
  for (const row of rows) {
    const text = row[col] ?? "";
    const out = await clean(text);
    let n = 0;
    for (let i = 0; i < out.length; i++) {
      if (out[i] === text[i]) continue;
      n++;
      const form = `${out.slice(0, i).match(/\p{L}*$/u)?.[0]}${out[i]}${out.slice(i + 1).match(/^\p{L}*/u)?.[0]}`;
      forms.set(form, (forms.get(form) ?? 0) + 1);
    }
    if (n > 0) {
      changedRows++;
      changedByLabel.set(row[labelCol], (changedByLabel.get(row[labelCol]) ?? 0) + 1);
    }
    restored += n;
  }
  console.log(`${file}: ${rows.length} rows; ${changedRows} rows changed (by label: ${[...changedByLabel].map(([l, n]) => `${l} ${n}`).join(", ")}), ${restored} apostrophes restored`);
  const top = [...forms].sort((a, b) => b[1] - a[1]);
  console.log(`  most restored: ${top.slice(0, 30).map(([f, n]) => `${f} ${n}`).join(", ")}`);
  if (process.env.VERBOSE) console.log(`  all: ${top.map(([f, n]) => `${f} ${n}`).join(", ")}`);
}

for (const p of process.argv.slice(2)) {
  if (p.endsWith(".csv")) await csvRows(p);
  else await cleanCorpus(p);
}
