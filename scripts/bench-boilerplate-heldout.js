// Held-out check: real articles nobody tuned on (the BBC News dataset, any folder of NNN.txt
// files with a title line and paragraphs) wrapped in the chrome of several sites, cleaned as one
// run with strip-boilerplate alone. Reports the share of chrome lines removed and the article
// paragraphs lost. The sites are six invented ones (scripts/heldout-sites.js), or, with
// --chrome-from, the real pages of the article-extraction benchmark: each page's own head and
// foot (scripts/lib/real-chrome.js) around N / pages articles, so that a site's chrome recurs as
// on a real site; --split takes one half of the pages (scripts/lib/split.js).
// Usage: npm run bench:boilerplate-heldout -- BBC_DIR [N] [--chrome-from EXTRACTION_DIR [--split dev|test]] [--dump-left FILE]
//   (N: documents; default 300, or 10 per page with --chrome-from; --dump-left writes every chrome
//   line left, one tab-separated line each: site, document, place and distance from the article, shape, line)
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { BUILT_IN_RULES } from "../dist/rules/index.js";
import { asJudged } from "../dist/rules/strip-boilerplate/lines.js";
import { isQuoted, isReportingSentence, protectedKind, wordCount } from "../dist/rules/strip-boilerplate/shape.js";
import { clean } from "../dist/src/core/clean.js";
import { configureRules } from "../dist/src/core/configure.js";
import { bindRules, buildCorpusIndex } from "../dist/src/corpus.js";
import { words } from "./lib/gold-lines.js";
import { realSites } from "./lib/real-chrome.js";
import { SPLITS } from "./lib/split.js";
import { SITES } from "./heldout-sites.js";

const ARTICLES_PER_PAGE = 10;
// The lines right above the article where a real page prints its own article's head (headline,
// standfirst, byline, date, a caption) and the rule spares an article's head (`headLines`).
const NEAR_ARTICLE = 6;
const LISTED = 25;

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at === -1 ? null : args.splice(at, 2)[1];
};
const chromeFrom = option("--chrome-from");
const split = option("--split") ?? "all";
const dumpLeft = option("--dump-left");
const [dir, n] = args;
if (!dir || ![...SPLITS, "all"].includes(split) || (split !== "all" && !chromeFrom)) {
  console.error("usage: npm run bench:boilerplate-heldout -- BBC_DIR [N] [--chrome-from EXTRACTION_DIR [--split dev|test]]");
  process.exit(2);
}

/** A site: the lines around each of its articles; `windowTitle` is appended to the article's title as the page's first line. */
const { sites, skipped } = chromeFrom ? realSites(chromeFrom, split) : { sites: SITES.map((s, i) => ({ id: `invented-${i + 1}`, ...s })), skipped: 0 };
const documents = Number(n ?? (chromeFrom ? sites.length * ARTICLES_PER_PAGE : 300));

const files = readdirSync(dir, { recursive: true })
  .filter((f) => String(f).endsWith(".txt"))
  .map(String)
  .sort();
const step = Math.max(1, Math.floor(files.length / documents));
const picked = files.filter((_, i) => i % step === 0).slice(0, documents);

const nonBlank = (lines = []) => lines.map((l) => l.trim()).filter(Boolean);

/** An article in a site's page: chrome lines are remembered, with where they stood, to be counted afterwards. */
function wrap(text, site) {
  const [title, ...paragraphs] = text.split(/\n\s*\n/).map((p) => p.trim()).filter(Boolean);
  const windowTitle = site.windowTitle ? [`${title}${site.windowTitle}`] : [];
  const head = [...windowTitle, ...site.head];
  const blocks = [head.join("\n"), title, (site.afterTitle ?? []).join("\n")];
  paragraphs.forEach((p, i) => {
    blocks.push(p);
    if (i === 1) blocks.push(...(site.insert ?? []));
  });
  blocks.push(site.foot.join("\n"));
  const headLines = nonBlank(head);
  const chrome = [
    ...headLines.map((line, k) => ({ line, place: "head", distance: headLines.length - k, nearArticle: k >= headLines.length - NEAR_ARTICLE })),
    ...nonBlank([...(site.afterTitle ?? []), ...(site.insert ?? [])]).map((line, k) => ({ line, place: "inside", distance: k + 1 })),
    ...nonBlank(site.foot).map((line, k) => ({ line, place: "foot", distance: k + 1 })),
  ];
  return { text: blocks.filter(Boolean).join("\n\n") + "\n", chrome, article: [title, ...paragraphs] };
}

/**
 * What a chrome line that stayed looks like to the rule: a page's own headline (named by its
 * window title, its first line), a byline, dateline, name beside a date or attribution (which
 * SPEC keeps when they are the article's), a quotation, a sentence (a standfirst, a teaser's
 * summary, a footer's sentence), or other.
 */
function shapeOf(line, site) {
  const judged = asJudged(line);
  const kind = protectedKind(judged);
  if (kind) return kind;
  const w = words(line).join(" ");
  const title = ` ${words(nonBlank(site.head)[0] ?? "").join(" ")} `;
  if (w.split(" ").length >= 3 && line !== nonBlank(site.head)[0] && title.includes(` ${w} `)) return "headline";
  if (isQuoted(judged)) return "quotation";
  if (isReportingSentence(judged) && wordCount(judged) >= 8) return "sentence";
  return "other";
}

const docs = picked.map((f, i) => {
  const raw = readFileSync(path.join(dir, f), "latin1").replace(/\r\n/g, "\n");
  const site = sites[i % sites.length];
  return { id: f, site, ...wrap(raw, site) };
});
const byId = new Map(docs.map((d) => [d.id, { id: d.id, text: d.text }]));
const read = async (id) => byId.get(id) ?? null;
const rules = configureRules(BUILT_IN_RULES, { only: ["strip-boilerplate"] });
const settings = { applySuggestions: false };
// CPU time of this process: the machine may be shared, wall time would measure the neighbours.
const started = process.cpuUsage();
const index = await buildCorpusIndex(rules, [...byId.keys()], read, 1);

const tally = () => ({ lines: 0, left: 0 });
const byPlace = { head: tally(), inside: tally(), foot: tally() };
const leftByShape = new Map();
let leftNearArticle = 0;
let paragraphs = 0;
let lost = 0;
const lostExamples = [];
const leftover = new Map();
const dumped = [];
for (const d of docs) {
  const doc = byId.get(d.id);
  const out = clean(doc, await bindRules(doc, rules, settings, index, read), { settings }).text;
  // Each output line answers for one chrome line: a menu entry printed twice and kept once is one left.
  const outLines = new Map();
  for (const l of nonBlank(out.split("\n"))) outLines.set(l, (outLines.get(l) ?? 0) + 1);
  for (const { line, place, distance, nearArticle } of d.chrome) {
    byPlace[place].lines++;
    if (!outLines.get(line)) continue;
    outLines.set(line, outLines.get(line) - 1);
    byPlace[place].left++;
    if (nearArticle) leftNearArticle++;
    const shape = shapeOf(line, d.site);
    leftByShape.set(shape, (leftByShape.get(shape) ?? 0) + 1);
    const key = `${shape}: ${line.slice(0, 100)}`;
    leftover.set(key, (leftover.get(key) ?? 0) + 1);
    if (dumpLeft) dumped.push([d.site.id, d.id, `${place} ${distance}`, shape, line].join("\t"));
  }
  for (const p of d.article) {
    paragraphs++;
    if (!out.includes(p)) {
      lost++;
      if (lostExamples.length < LISTED) lostExamples.push(`${d.id} (site ${d.site.id.slice(0, 8)}): ${p.slice(0, 100)}`);
    }
  }
}
const cpu = process.cpuUsage(started);
const seconds = (cpu.user + cpu.system) / 1e6;
const megabytes = docs.reduce((s, d) => s + Buffer.byteLength(d.text), 0) / 1e6;
const pct = (a, b) => (b === 0 ? "-" : `${((100 * a) / b).toFixed(2)}%`);
const all = Object.values(byPlace).reduce((s, t) => ({ lines: s.lines + t.lines, left: s.left + t.left }), tally());
const removed = (t) => pct(t.lines - t.left, t.lines);
if (chromeFrom) console.log(`real chrome: ${sites.length} pages of the ${split} half (${skipped} skipped: article body not found line for line in the page text)`);
console.log(`| documents | sites | chrome lines | removed | head removed | foot removed | article paragraphs | lost |`);
console.log(`| --- | --- | --- | --- | --- | --- | --- | --- |`);
console.log(
  `| ${docs.length} | ${sites.length} | ${all.lines} | ${removed(all)} | ${removed(byPlace.head)} of ${byPlace.head.lines} | ${removed(byPlace.foot)} of ${byPlace.foot.lines} | ${paragraphs} | ${lost} |`,
);
const kept = ["headline", "byline", "dateline", "name", "attribution"];
const count = (shapes) => shapes.reduce((s, k) => s + (leftByShape.get(k) ?? 0), 0);
const breakdown = (shapes) => shapes.map((k) => `${k} ${leftByShape.get(k) ?? 0}`).join(", ");
console.log(`chrome left: ${all.left} (${pct(all.left, all.lines)}), ${leftNearArticle} of them in the ${NEAR_ARTICLE} lines right above the article`);
console.log(`  by shape: headline/byline/dateline/attribution-shaped ${count(kept)} (${breakdown(kept)}); other ${count(["quotation", "sentence", "other"])} (${breakdown(["quotation", "sentence", "other"])})`);
console.log(`strip-boilerplate alone, both passes: ${megabytes.toFixed(1)} MB in ${seconds.toFixed(2)} s of CPU (${(megabytes / seconds).toFixed(1)} MB/s)`);
if (leftover.size > 0) {
  const top = [...leftover].sort((a, b) => b[1] - a[1]).slice(0, LISTED);
  console.log(`most frequent chrome lines left:\n  ${top.map(([l, c]) => `${c}× ${l}`).join("\n  ")}`);
}
if (dumpLeft) writeFileSync(dumpLeft, dumped.map((l) => `${l}\n`).join(""));
if (lostExamples.length > 0) console.log(`paragraphs lost:\n  ${lostExamples.join("\n  ")}`);
