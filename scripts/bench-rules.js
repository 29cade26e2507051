// npm run bench:rules -- [N] [--corpus DIR]
// Where the time of a run goes, rule by rule: N article documents (default 2,000, the same
// articles as npm run bench) cleaned in memory in one thread, every built-in rule on, timing
// each corpus rule's collect and reduce and each rule's check, in pipeline order.
import { performance } from "node:perf_hooks";
import { BUILT_IN_RULES } from "../dist/rules/index.js";
import { clean } from "../dist/src/core/clean.js";
import { configureRules } from "../dist/src/core/configure.js";
import { isCorpusRule } from "../dist/src/core/types.js";
import { bindRules } from "../dist/src/corpus.js";
import { articleSource } from "./bench-data.js";

const args = process.argv.slice(2);
const at = args.indexOf("--corpus");
const corpus = at === -1 ? undefined : args.splice(at, 2)[1];
const count = Number(args[0] ?? 2000);
const source = articleSource(corpus);
const docs = Array.from({ length: count }, (_, i) => ({ id: `doc-${String(i).padStart(6, "0")}`, text: source(i) }));
const megabytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0) / 1e6;

const rules = configureRules(BUILT_IN_RULES, {});
const settings = { applySuggestions: false };
const timing = new Map(rules.map(({ rule }) => [rule.meta.id, { collect: 0, reduce: 0, check: 0, edits: 0 }]));
const time = (f) => {
  const start = performance.now();
  const value = f();
  return [value, performance.now() - start];
};

// Pass 1, rule by rule.
const index = new Map();
for (const { rule, options } of rules.filter((r) => isCorpusRule(r.rule))) {
  const summaries = new Map();
  const t = timing.get(rule.meta.id);
  for (const doc of docs) {
    const [summary, ms] = time(() => rule.collect(doc, options));
    summaries.set(doc.id, summary);
    t.collect += ms;
  }
  const [reduced, ms] = time(() => rule.reduce(summaries, options));
  index.set(rule.meta.id, reduced);
  t.reduce += ms;
}

// Pass 2: each bound rule's findings timed where the core asks for them.
const byId = new Map(docs.map((d) => [d.id, d]));
const read = async (id) => byId.get(id) ?? null;
let neighbourMs = 0;
for (const doc of docs) {
  const [boundPromise, ms] = time(() => bindRules(doc, rules, settings, index, read));
  const bound = await boundPromise;
  neighbourMs += ms;
  const timed = bound.map((b) => ({
    id: b.id,
    run: (d) => {
      const [findings, took] = time(() => [...b.run(d)]);
      timing.get(b.id).check += took;
      return findings;
    },
  }));
  const result = clean(doc, timed, { settings });
  for (const e of result.edits) if (e.applied) timing.get(e.rule).edits++;
}

const total = [...timing.values()].reduce((n, t) => n + t.collect + t.reduce + t.check, 0) + neighbourMs;
console.log(`per-rule timing: ${count} documents, ${megabytes.toFixed(1)} MB, ${corpus ? `articles from ${corpus}` : "generated articles"}, one thread\n`);
console.log("| rule | collect ms | reduce ms | check ms | total ms | share | MB/s alone | edits |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const [id, t] of timing) {
  const sum = t.collect + t.reduce + t.check;
  console.log(`| ${id} | ${t.collect.toFixed(0)} | ${t.reduce.toFixed(0)} | ${t.check.toFixed(0)} | ${sum.toFixed(0)} | ${((100 * sum) / total).toFixed(0)}% | ${(megabytes / (sum / 1000)).toFixed(1)} | ${t.edits} |`);
}
console.log(`| (binding: neighbours named, index lookups) |  |  | ${neighbourMs.toFixed(0)} | ${neighbourMs.toFixed(0)} | ${((100 * neighbourMs) / total).toFixed(0)}% |  |  |`);
console.log(`\nall rules: ${(megabytes / (total / 1000)).toFixed(1)} MB/s in one thread, before any file is read or written`);
