import type { LineFacts, Mark, Verdict } from "./facts.js";
import type { Stretch } from "./structure.js";
import { mentionsDate } from "./shape.js";

/**
 * A page shows its headline more than once above the article: in the window title ("Headline -
 * Site", the first line of page text), in a breadcrumb ("Home News Headline"), printed twice.
 * The headline is the line nearest above the article's first paragraph (bylines, datelines and
 * short lines with a date skipped); any copy farther up is the page's own. Repeated lines that
 * are not the headline (a table's header printed twice) are not judged here.
 * (A window title that names the headline proves it: `window-title.ts`.)
 */

// A byline with its date ("Chris Davies - Nov 19, 2019, 8:15 pm CST") runs to a few words.
const DATE_LINE_WORDS = 10;
// Fewer words may be a section name that recurs by chance.
export const HEADLINE_WORDS = 4;
export const MAX_HEADLINE_WORDS = 30;

export function markTitleCopies(facts: readonly LineFacts[], verdicts: ReadonlyMap<number, Verdict>, span: Stretch | null, mark: Mark): void {
  if (!span) return;
  let h = span.from - 1;
  while (h >= 0 && (facts[h]!.keep || verdicts.has(facts[h]!.line.index) || isDateLine(facts[h]!))) h--;
  const headline = facts[h];
  if (!headline || !isHeadlineShaped(headline)) return;
  const inner = wordsOf(headline.text);
  // A longer line that holds the "headline" with a paragraph between them is the article's
  // headline, and the other a line of the article repeating it (a Q&A's question: "Ask the
  // Doctor: how long does a cold last" over a standfirst and "How long does a cold last?"). The
  // page's first line (its window title, "Headline - Site"), the same line again (a video's
  // title over its caption) and a link ("//www.site.com/news/Headline-Words_123.html") are
  // copies wherever they are.
  let paragraph = h - 1;
  while (paragraph >= 0 && !(facts[paragraph]!.body && !verdicts.has(facts[paragraph]!.line.index))) paragraph--;
  for (let i = 0; i < h; i++) {
    const copy = wordsOf(facts[i]!.text);
    const headlineAbove = i > 0 && i < paragraph && copy !== inner && isHeadlineShaped(facts[i]!) && !facts[i]!.text.includes("//");
    if (copy.includes(inner) && !headlineAbove && !facts[i]!.keep) mark(i, { by: "title", line: headline.line.index + 1 });
  }
}

function isHeadlineShaped(f: LineFacts): boolean {
  return !f.body && f.words >= HEADLINE_WORDS && f.words <= MAX_HEADLINE_WORDS;
}

/** A short line with a date in it, between the headline and the article: "LinkNaija October 06, 2018". */
export function isDateLine(f: LineFacts): boolean {
  return f.words <= DATE_LINE_WORDS && mentionsDate(f.text);
}

/** A line's words, lowercased, between spaces: "Headline - Site" holds " headline ". */
export function wordsOf(text: string): string {
  return ` ${(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" ")} `;
}
