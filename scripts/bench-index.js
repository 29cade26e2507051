// npm run bench:index -- FOLDER [--root BUILT_CHECKOUT]
// What the corpus index costs over a folder of .txt articles (the bench tree of `npm run bench`,
// for one): the heap of what the corpus rules hold by the end of the corpus pass (summaries
// are folded as they come), the heap and shared memory of the finished index, what a worker
// thread receives as a copy, the size of the saved index, and the CPU of the corpus pass and
// of finishing the index, in one thread, every rule's defaults. Heap figures are taken after a
// full collection (the script runs with --expose-gc). Documents are read one at a time, so
// that their texts do not count. --root compares another build (default: this one).
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";

const { values, positionals } = parseArgs({ allowPositionals: true, options: { root: { type: "string", default: path.resolve(import.meta.dirname, "..") } } });
if (positionals.length !== 1 || typeof gc !== "function") throw new Error("usage: node --expose-gc scripts/bench-index.js FOLDER [--root CHECKOUT]");
const load = (p) => import(pathToFileURL(path.join(values.root, "dist", p)).href);
const { BUILT_IN_RULES } = await load("rules/index.js");
const { configureRules } = await load("src/core/configure.js");
const { corpusRulesOf, collectSummaries, corpusFold } = await load("src/corpus.js");
const { portableIndex } = await load("src/index-file.js");
const { toTaggedJson } = await load("src/io/tagged-json.js");

const folder = positionals[0];
const files = readdirSync(folder, { recursive: true }).map(String).filter((f) => f.endsWith(".txt")).sort();
const rules = configureRules(BUILT_IN_RULES, {});
const corpusRules = corpusRulesOf(rules);
const heap = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
const MB = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const cpu = (from) => {
  const { user, system } = process.cpuUsage(from);
  return `${((user + system) / 1e6).toFixed(2)} s`;
};

const before = heap();
let fold = corpusFold(corpusRules);
let start = process.cpuUsage();
for (const file of files) {
  const doc = { id: file.split(path.sep).join("/"), text: readFileSync(path.join(folder, file), "utf8") };
  fold.add(doc.id, collectSummaries(doc, corpusRules));
}
const collectCpu = cpu(start);
const folded = heap();
start = process.cpuUsage();
const index = fold.finish();
const finishCpu = cpu(start);
fold = null;
const indexHeap = heap() - before;

/** Bytes of typed arrays over SharedArrayBuffers in plain data (what threads share, not copy). */
function sharedBytes(value) {
  if (ArrayBuffer.isView(value)) return value.buffer instanceof SharedArrayBuffer ? value.byteLength : 0;
  if (value instanceof Map) return [...value.values()].reduce((n, v) => n + sharedBytes(v), 0);
  if (value && typeof value === "object") return Object.values(value).reduce((n, v) => n + sharedBytes(v), 0);
  return 0;
}
const portable = portableIndex(rules, index);
const shared = sharedBytes(portable);
const copyBase = heap();
const copy = structuredClone(portable);
const copied = heap() - copyBase;
if (sharedBytes(copy) !== shared) throw new Error("a copy of the index does not keep its shared arrays");
const saved = toTaggedJson(portable).length;

console.log(`${files.length} documents under ${folder} (build: ${values.root})`);
console.log(`| corpus pass state (heap) | index (heap) | index (shared) | copy per worker thread (heap) | saved index | corpus pass CPU | finish CPU |`);
console.log(`| ---: | ---: | ---: | ---: | ---: | ---: | ---: |`);
console.log(`| ${MB(folded - before)} | ${MB(indexHeap)} | ${MB(shared)} | ${MB(copied)} | ${MB(saved)} | ${collectCpu} | ${finishCpu} |`);
