import { isChrome, type LineFacts, type Verdict } from "./facts.js";
import { articleSpan } from "./structure.js";

/**
 * Below the article, a page runs on with its own parts: teaser lists (headline, summary, time
 * stamp, again and again), more stories by section, footers. Their summaries can outweigh the
 * article, so comparing words says little; what sets them apart is that each summary stands
 * alone between a headline (and its byline or date) and the teaser's chrome, where an
 * article's paragraphs follow each other. So the article ends before such teasers; below it, past two pieces of known chrome,
 * every line goes up to where two paragraphs of reporting follow each other again (the article
 * resuming after a block inserted into it; comments, which a heading decides). A list or a
 * last line right below the article, with at most one piece of chrome above it, stays: it may
 * be the article's own.
 */

const PIECES_ABOVE = 2;
// One teaser could be a subheading and its paragraph; a list repeats itself.
const TEASERS_IN_A_LIST = 2;
// A teaser's summary is a sentence or two.
const SUMMARY_WORDS = 40;

type Verdicts = ReadonlyMap<number, Verdict>;

export function markTail(facts: readonly LineFacts[], verdicts: Verdicts, mark: (i: number, v: Verdict) => void): void {
  const span = articleSpan(facts, verdicts);
  if (!span) return;
  const end = articleEnd(facts, verdicts, span.from, span.to);
  let chrome = 0;
  let first = -1;
  for (let i = end; i < facts.length; i++) {
    const f = facts[i]!;
    if (isProse(f) && isProse(facts[i + 1])) return;
    const piece = isChrome(f, verdicts);
    if (piece && chrome++ === 0) first = f.line.index + 1;
    // A repeated byline or dateline is chrome, but only its company removes it.
    if (chrome >= PIECES_ABOVE && !verdicts.has(f.line.index)) mark(i, { by: "tail", chrome, line: first });
  }
}

/**
 * The end of the article's span, moved up to its last two paragraphs in a row when the span ran
 * on into the page's own parts: a list of teasers, or chrome with hardly any prose among it (a
 * paragraph for every few pieces of chrome is an article with advertisements between its
 * paragraphs, and stays).
 */
function articleEnd(facts: readonly LineFacts[], verdicts: Verdicts, from: number, to: number): number {
  let end = to;
  let teasers = 0;
  let prose = 0;
  let chrome = 0;
  for (; end > from + 1 && !(isProse(facts[end - 1]) && isProse(facts[end - 2])); end--) {
    const f = facts[end - 1]!;
    if (isProse(f)) prose++;
    if (isProse(f) && isTeaserSummary(facts, verdicts, end - 1)) teasers++;
    if (isChrome(f, verdicts)) chrome++;
  }
  const ranOn = teasers >= TEASERS_IN_A_LIST || (chrome >= CHROME_RUN && prose * CHROME_PER_PARAGRAPH <= chrome);
  return ranOn && end > from + 1 ? end : to;
}

// Chrome the span must have run over, and how much of it per stray paragraph.
const CHROME_RUN = 3;
const CHROME_PER_PARAGRAPH = 3;

/**
 * A single paragraph below a headline (and the teaser's byline, date or other chrome), above
 * the teaser's chrome or the next headline.
 */
function isTeaserSummary(facts: readonly LineFacts[], verdicts: Verdicts, i: number): boolean {
  const [f, below] = [facts[i]!, facts[i + 1]];
  if (f.words > SUMMARY_WORDS || below === undefined || !(isChrome(below, verdicts) || isHeadline(below, verdicts))) return false;
  let above = i - 1;
  while (above >= i - 1 - TEASER_META && isMeta(facts[above], verdicts)) above--;
  return isHeadline(facts[above], verdicts);
}

// Between a teaser's headline and its summary: its byline, date, section, a count of comments.
const TEASER_META = 2;

function isMeta(f: LineFacts | undefined, verdicts: Verdicts): boolean {
  return f !== undefined && !f.body && (isChrome(f, verdicts) || f.keep || f.words <= 2);
}

// A headline: a few words without a sentence ending, quoted words and all ("Sondland on "Ukraine"").
function isHeadline(f: LineFacts | undefined, verdicts: Verdicts): boolean {
  return f !== undefined && !f.reporting && f.words >= 3 && f.words <= SUMMARY_WORDS && !isChrome(f, verdicts) && !/[.!?]["'”’)]*$/u.test(f.text.trim());
}

function isProse(f: LineFacts | undefined): boolean {
  return f !== undefined && f.body && f.reporting;
}
