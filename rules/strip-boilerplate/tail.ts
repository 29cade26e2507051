import { isChrome, type LineFacts, type Mark, type Verdict } from "./facts.js";
import { mentionsDate } from "./shape.js";
import { articleSpan, runsOnPastRecurrence, type Stretch } from "./structure.js";

/**
 * Below the article, a page runs on with its own parts: teaser lists (headline, byline, time
 * stamp, again and again), more stories by section, footers. Once two pieces of known chrome
 * lie between a line and the article, the line is the page's own, up to the next paragraph:
 * there the article may resume after a block inserted into it, or end below an advertisement,
 * and the rule never removes a paragraph, unless a teaser's time stamp or a date repeated
 * throughout the page follows it (a teaser's summary), or it stands alone between lines of the
 * page past several pieces of chrome (a teaser's summary, a footer's sentence: an article
 * resuming below a box runs on in paragraphs). A list or a last line right below the article, with
 * at most one piece of chrome above it, stays: it may be the article's own. The cut stops at a
 * heading over the article's sources too: the list under it is the article's.
 */

const PIECES_ABOVE = 2;
const SOURCES_HEADING = /^(?:sources?|references?|(?:for )?more information(?: see)?)\s*:?$/iu;
// Pieces of chrome below the article past which a lone paragraph is the page's own.
const LONE_PAST = 4;

export function markTail(facts: readonly LineFacts[], verdicts: ReadonlyMap<number, Verdict>, mark: Mark, minDocs: number): void {
  const span = articleSpan(facts, verdicts);
  if (!span) return;
  // The span may have run on over teasers whose summaries are paragraphs: it ends at its last paragraph that is no teaser's.
  let end = span.to;
  while (end > span.from + 1 && !(facts[end - 1]!.body && !isStampedSummary(facts, end - 1))) end--;
  let stop = end;
  const pieces: number[] = [];
  for (; stop < facts.length; stop++) {
    const f = facts[stop]!;
    if (isChrome(f, verdicts)) pieces.push(stop);
    // Past several pieces of chrome, a lone paragraph between lines of the page is a teaser's;
    // not past lines that only recur, when no other article prints it.
    const lone =
      pieces.length >= LONE_PAST && !(facts[stop + 1]?.body ?? true) && !facts[stop - 1]!.body && !runsOnPastRecurrence(facts, verdicts, stop, pieces, minDocs);
    // A paragraph already found to be chrome (a note on the author) is no sign of the article either.
    if (f.body && !isChrome(f, verdicts) && !isStampedSummary(facts, stop) && !lone) break;
    // A heading over the article's sources ("Sources", "For more information see:"): what follows
    // it (the sources' addresses) is the article's too. Not any attribution: a teaser's "Written
    // by ..." goes on with the teasers.
    if (f.attribution && SOURCES_HEADING.test(f.text)) break;
  }
  // The article runs on in the paragraph the cut stops at: the lines above it are its own too.
  if (stop < facts.length && runsOnPastRecurrence(facts, verdicts, stop, pieces, minDocs)) return;
  let chrome = 0;
  let first = -1;
  for (let i = end; i < stop; i++) {
    const f = facts[i]!;
    // A quotation with the page's own lines on both sides is a teaser's, as in a section of chrome.
    const enclosed = chrome >= PIECES_ABOVE && i + 1 < stop;
    if (isChrome(f, verdicts) && chrome++ === 0) first = f.line.index + 1;
    // A repeated byline or dateline is chrome, but only its company removes it.
    if (chrome >= PIECES_ABOVE && !verdicts.has(f.line.index)) mark(i, { by: "tail", chrome, line: first }, enclosed);
  }
}

/**
 * The article's last lines, when they are short: an article may end on one or a few ("The talks
 * resume on Monday.", "The opposition calls the timetable unrealistic."), set off from its last
 * paragraph by a photo's credit, an advertisement or a box of further reading. Sentences of
 * reporting that follow one another from the first line past the last paragraph of the
 * article's span (not a comment's, further down) not known as chrome, fewer than `LONE_PAST`
 * pieces of chrome above them, up to `SHORT_LAST_LINES` of them, with chrome (or the page's end)
 * right below them, are the article's; not ones that give a date ("Published: Monday, November
 * 18th, 2019 at 11:08 a.m."), a page's stamp, nor ones printed under the run's other articles
 * ("This slideshow requires JavaScript."). Empty when there are none.
 */
export function shortLastLines(facts: readonly LineFacts[], verdicts: ReadonlyMap<number, Verdict>, span: Stretch | null, minDocs: number): Set<number> {
  const lines = new Set<number>();
  if (!span) return lines;
  let last = span.to - 1;
  while (last >= span.from && !(facts[last]!.body && !verdicts.has(facts[last]!.line.index))) last--;
  if (last < span.from) return lines;
  let first = last + 1;
  while (first < facts.length && isChrome(facts[first]!, verdicts)) first++;
  if (first - last - 1 >= LONE_PAST) return lines;
  let end = first;
  while (end < facts.length && end - first < SHORT_LAST_LINES && shortSentence(facts[end]!, minDocs)) end++;
  const chromeBelow = end === facts.length || isChrome(facts[end]!, verdicts);
  if (end > first && chromeBelow) for (let i = first; i < end; i++) lines.add(i);
  return lines;
}

const SHORT_LAST_LINES = 3;

/** A sentence of reporting printed in no other article of the run and giving no date: the article's own, by its shape. */
function ownSentence(f: LineFacts, minDocs: number): boolean {
  return f.reporting && f.recurs < minDocs && !mentionsDate(f.text);
}

/** The article's own sentence, shorter than a paragraph. */
function shortSentence(f: LineFacts, minDocs: number): boolean {
  return !f.body && ownSentence(f, minDocs);
}

/**
 * A teaser's summary, known by its stamp: a time stamp ("32M ago") or a date found again and
 * again in the page right below it, or such a date right above it (headline, author, date,
 * summary), never beside an article's paragraph.
 */
function isStampedSummary(facts: readonly LineFacts[], i: number): boolean {
  const next = facts[i + 1];
  return (next !== undefined && (next.repeated || next.match?.some((m) => m.id === "time-stamp") === true)) || facts[i - 1]?.repeated === true;
}

/**
 * The article's last paragraph, set off from the rest by a list of its own short lines (bullet
 * points, a table of results) and a button or two the page set into it ("Share", "Comments"):
 * the page's last line that is no known chrome, with nothing but lines the patterns know below
 * it, a paragraph of reporting printed in no other article of the run and giving no date, fewer
 * than `LONE_PAST` pieces of chrome between it and the article's span. -1 when none is.
 */
export function lastParagraph(facts: readonly LineFacts[], verdicts: ReadonlyMap<number, Verdict>, span: Stretch | null, minDocs: number): number {
  if (!span) return -1;
  let i = facts.length - 1;
  while (i >= span.to && facts[i]!.match !== null) i--;
  const f = facts[i];
  if (i < span.to || !f || !f.body || !ownSentence(f, minDocs)) return -1;
  let pieces = 0;
  for (let j = span.to; j < i; j++) if (isChrome(facts[j]!, verdicts)) pieces++;
  return pieces < LONE_PAST ? i : -1;
}

/**
 * A paywall's notice ("Il vous reste 62 % de cet article à lire.", "You have reached your limit
 * of free articles") cuts the article off: the sentences of reporting right above it, up to the
 * chrome above them (a box set into the article, an advertisement), are its last visible lines,
 * however much chrome lies between them and the article's span. Not a line printed under the
 * run's other articles, nor one giving a date.
 */
export function aboveThePaywall(facts: readonly LineFacts[], verdicts: ReadonlyMap<number, Verdict>, minDocs: number): Set<number> {
  const lines = new Set<number>();
  facts.forEach((f, i) => {
    if (!f.match?.some((m) => m.id === "paywall")) return;
    for (let j = i - 1; j >= 0 && i - j <= PAYWALL_LINES_ABOVE; j--) {
      const g = facts[j]!;
      if (isChrome(g, verdicts) || !ownSentence(g, minDocs)) break;
      lines.add(j);
    }
  });
  return lines;
}

const PAYWALL_LINES_ABOVE = 4;
