import { isChrome, type LineFacts, type Mark, type Verdict } from "./facts.js";

// Dates among chrome that make a list: an article is dated once (or twice: published, updated).
const LIST_DATES = 3;

/**
 * Above or below the article, in a stretch of the page's own lines, dates each set between two
 * pieces of chrome (the teasers' headlines and summaries around them already gone) are the
 * dates of a list of teasers: they go, all but the one nearest the article, which may be its own.
 * `nearestLast`: the article lies after the stretch (the page's top).
 */
export function markDateList(facts: readonly LineFacts[], verdicts: ReadonlyMap<number, Verdict>, from: number, to: number, nearestLast: boolean, mark: Mark, verdict: Verdict): void {
  const chromeAt = (j: number) => j >= from && j < to && isChrome(facts[j]!, verdicts);
  const dates: number[] = [];
  for (let i = from; i < to; i++) if (facts[i]!.dateline && chromeAt(i - 1) && chromeAt(i + 1)) dates.push(i);
  if (dates.length < LIST_DATES) return;
  const listed = nearestLast ? dates.slice(0, -1) : dates.slice(1);
  for (const i of listed) mark(i, verdict, true);
}
