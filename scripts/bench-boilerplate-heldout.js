// Held-out check: real articles nobody tuned on (the BBC News dataset, any folder of NNN.txt
// files with a title line and paragraphs) wrapped in the chrome of several invented sites
// (scripts/heldout-sites.js), cleaned as one run. Reports the share of chrome lines removed and
// the article paragraphs lost. Usage: npm run bench:boilerplate-heldout -- BBC_DIR [N]
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { BUILT_IN_RULES } from "../dist/rules/index.js";
import { clean } from "../dist/src/core/clean.js";
import { configureRules } from "../dist/src/core/configure.js";
import { bindRules, buildCorpusIndex } from "../dist/src/corpus.js";
import { SITES } from "./heldout-sites.js";

const [dir, n = "300"] = process.argv.slice(2);
if (!dir) {
  console.error("usage: npm run bench:boilerplate-heldout -- BBC_DIR [N]");
  process.exit(2);
}
const files = readdirSync(dir, { recursive: true })
  .filter((f) => String(f).endsWith(".txt"))
  .map(String)
  .sort();
const step = Math.max(1, Math.floor(files.length / Number(n)));
const picked = files.filter((_, i) => i % step === 0).slice(0, Number(n));

/** An article in a site's page: chrome lines are remembered to be counted afterwards. */
function wrap(text, site) {
  const [title, ...paragraphs] = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const windowTitle = site.windowTitle ? [`${title}${site.windowTitle}`] : [];
  const blocks = [[...windowTitle, ...site.head].join("\n"), title, site.afterTitle.join("\n")];
  paragraphs.forEach((p, i) => {
    blocks.push(p);
    if (i === 1) blocks.push(...site.insert);
  });
  blocks.push(site.foot.join("\n"));
  const chrome = [...windowTitle, ...site.head, ...site.afterTitle, ...site.insert, ...site.foot];
  return { text: blocks.join("\n\n") + "\n", chrome, article: [title, ...paragraphs] };
}

const docs = picked.map((f, i) => {
  const raw = readFileSync(path.join(dir, f), "latin1").replace(/\r\n/g, "\n");
  return { id: f, ...wrap(raw, SITES[i % SITES.length]) };
});
const byId = new Map(docs.map((d) => [d.id, { id: d.id, text: d.text }]));
const read = async (id) => byId.get(id) ?? null;
const rules = configureRules(BUILT_IN_RULES, { only: ["strip-boilerplate"] });
const settings = { applySuggestions: false };
// CPU time of this process: the machine may be shared, wall time would measure the neighbours.
const started = process.cpuUsage();
const index = await buildCorpusIndex(rules, [...byId.keys()], read, 1);

let chromeLines = 0;
let chromeLeft = 0;
let paragraphs = 0;
let lost = 0;
const lostExamples = [];
const leftover = new Map();
for (const d of docs) {
  const doc = byId.get(d.id);
  const out = clean(doc, await bindRules(doc, rules, settings, index, read), { settings }).text;
  const lines = new Set(out.split("\n").map((l) => l.trim()));
  for (const c of d.chrome) {
    chromeLines++;
    if (lines.has(c)) {
      chromeLeft++;
      leftover.set(c, (leftover.get(c) ?? 0) + 1);
    }
  }
  for (const p of d.article) {
    paragraphs++;
    if (!out.includes(p)) {
      lost++;
      if (lostExamples.length < 10) lostExamples.push(`${d.id}: ${p.slice(0, 100)}`);
    }
  }
}
const cpu = process.cpuUsage(started);
const seconds = (cpu.user + cpu.system) / 1e6;
const megabytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 1e6;
const pct = (a, b) => ((100 * a) / b).toFixed(2);
console.log(`| documents | sites | chrome lines | removed | article paragraphs | lost |`);
console.log(`| --- | --- | --- | --- | --- | --- |`);
console.log(`| ${docs.length} | ${SITES.length} | ${chromeLines} | ${pct(chromeLines - chromeLeft, chromeLines)}% | ${paragraphs} | ${lost} |`);
console.log(`strip-boilerplate alone, both passes: ${megabytes.toFixed(1)} MB in ${seconds.toFixed(2)} s of CPU (${(megabytes / seconds).toFixed(1)} MB/s)`);
if (leftover.size > 0) console.log("chrome left:", [...leftover].map(([l, c]) => `${c}× ${l}`).join("; "));
if (lostExamples.length > 0) console.log(`paragraphs lost:\n  ${lostExamples.join("\n  ")}`);
