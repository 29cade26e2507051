import { mapBounded } from "./bounded.js";
import type { BoundRule } from "./core/clean.js";
import type { ConfiguredRule, CorpusRule, Doc, Settings } from "./core/types.js";
import { isCorpusRule } from "./core/types.js";

/** Where a document of the corpus can be read again, by id. */
export type DocSource = (id: string) => Promise<Doc | null>;

/** The reduced evidence of every corpus rule of the run, by rule id. */
export type CorpusIndex = ReadonlyMap<string, unknown>;

/**
 * Pass 1: every document of the run (inputs and references) is read once, each corpus rule
 * keeps a small summary of it, and the summaries are reduced in id order, so that the same
 * documents give the same index whatever order they were read in.
 */
export async function buildCorpusIndex(
  rules: readonly ConfiguredRule[],
  ids: readonly string[],
  read: DocSource,
  concurrency: number,
): Promise<CorpusIndex> {
  const corpusRules = corpusRulesOf(rules);
  if (corpusRules.length === 0) return new Map();
  const summaries = corpusRules.map(() => new Map<string, unknown>());
  await mapBounded(ids, concurrency, async (id) => {
    const doc = await read(id);
    if (doc) collectSummaries(doc, corpusRules).forEach((s, i) => summaries[i]!.set(id, s));
  });
  return reduceSummaries(corpusRules, summaries);
}

export function corpusRulesOf(rules: readonly ConfiguredRule[]): ConfiguredRule[] {
  return rules.filter((r) => isCorpusRule(r.rule));
}

/**
 * One document's summary for each corpus rule, in the order of `corpusRules`. Copied by a
 * structured clone, as when it crosses threads: words a rule keeps are slices that would keep
 * the whole text alive for the run (measured: 2.5 KB per 5 KB article).
 */
export function collectSummaries(doc: Doc, corpusRules: readonly ConfiguredRule[]): unknown[] {
  return structuredClone(corpusRules.map(({ rule, options }) => (rule as CorpusRule).collect(doc, options)));
}

/** Reduces each rule's summaries (by document id, gathered in any order) in id order. */
export function reduceSummaries(corpusRules: readonly ConfiguredRule[], summaries: readonly Map<string, unknown>[]): CorpusIndex {
  const index = new Map<string, unknown>();
  corpusRules.forEach(({ rule, options }, i) => {
    const sorted = new Map([...summaries[i]!].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    index.set(rule.meta.id, (rule as CorpusRule).reduce(sorted, options));
  });
  return index;
}

/** Pass 2: binds each rule to its options and, for corpus rules, its index and neighbours. */
export async function bindRules(
  doc: Doc,
  rules: readonly ConfiguredRule[],
  settings: Settings,
  index: CorpusIndex,
  read: DocSource,
): Promise<BoundRule[]> {
  const bound: BoundRule[] = [];
  for (const { rule, options } of rules) {
    const id = rule.meta.id;
    if (!isCorpusRule(rule)) {
      bound.push({ id, run: (d) => rule.check(d, { options, settings }) });
      continue;
    }
    const ruleIndex = index.get(id);
    const wanted = rule.neighbors?.(doc, ruleIndex, options) ?? [];
    const neighbors = (await Promise.all(wanted.filter((n) => n !== doc.id).map(read))).filter((d): d is Doc => d !== null);
    bound.push({ id, run: (d) => rule.check(d, { options, settings, index: ruleIndex, neighbors }) });
  }
  return bound;
}
