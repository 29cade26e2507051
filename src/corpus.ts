import { mapBounded } from "./bounded.js";
import { InOrder } from "./in-order.js";
import type { BoundRule } from "./core/clean.js";
import type { ConfiguredRule, CorpusRule, Doc, Fold, Settings } from "./core/types.js";
import { isCorpusRule } from "./core/types.js";

/** Where a document of the corpus can be read again, by id. */
export type DocSource = (id: string) => Promise<Doc | null>;

/** The reduced evidence of every corpus rule of the run, by rule id. */
export type CorpusIndex = ReadonlyMap<string, unknown>;

/**
 * Pass 1: every document of the run (inputs and references) is read once, and each corpus
 * rule folds a small summary of it into its index, in id order whatever order the reads
 * finish in, so that the same documents give the same index.
 */
export async function buildCorpusIndex(
  rules: readonly ConfiguredRule[],
  ids: readonly string[],
  read: DocSource,
  concurrency: number,
): Promise<CorpusIndex> {
  const corpusRules = corpusRulesOf(rules);
  if (corpusRules.length === 0) return new Map();
  const fold = corpusFold(corpusRules);
  const inOrder = new InOrder<[string, unknown[]] | null>((entry) => entry && fold.add(...entry));
  await mapBounded([...ids].sort(), concurrency, async (id, i) => {
    const doc = await read(id);
    inOrder.put(i, doc ? [id, collectSummaries(doc, corpusRules)] : null);
  });
  return fold.finish();
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

/** The index of every corpus rule, built from each document's summaries (collectSummaries) given in the run's order. */
export function corpusFold(corpusRules: readonly ConfiguredRule[]): Fold<unknown[], CorpusIndex> {
  const folds = corpusRules.map(({ rule, options }) => foldOf(rule as CorpusRule, options));
  return {
    add: (id, summaries) => folds.forEach((fold, i) => fold.add(id, summaries[i])),
    finish: () => new Map(corpusRules.map(({ rule }, i) => [rule.meta.id, folds[i]!.finish()])),
  };
}

/** A rule's fold, or for a rule with `reduce`, one that keeps every summary for it. */
function foldOf(rule: CorpusRule, options: object): Fold<unknown, unknown> {
  if (rule.fold) return rule.fold(options);
  const summaries = new Map<string, unknown>();
  return { add: (id, summary) => summaries.set(id, summary), finish: () => rule.reduce!(summaries, options) };
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
