import type { LineFacts, Verdict } from "./facts.js";
import type { Stretch } from "./structure.js";
import { mentionsDate } from "./shape.js";

/**
 * A page shows its headline more than once above the article: in the window title ("Headline -
 * Site", the first line of page text), in a breadcrumb ("Home News Headline"), printed twice.
 * The headline is the line nearest above the article's first paragraph (bylines, datelines and
 * short lines with a date skipped); any copy farther up is the page's own. Repeated lines that
 * are not the headline (a table's header printed twice) are not judged here.
 *
 * When the page's first line is its window title, the headline is known for sure: the line
 * above the article that the title is, or names on one side of a separator ("Headline - Site"). What
 * lies between the title and that headline is the page's top (menus, tickers, teasers), unless
 * paragraphs in a row there say the article began above a copy of its headline.
 */

// A byline with its date ("Chris Davies - Nov 19, 2019, 8:15 pm CST") runs to a few words.
const DATE_LINE_WORDS = 10;
// Fewer words may be a section name that recurs by chance.
const HEADLINE_WORDS = 4;
const MAX_HEADLINE_WORDS = 30;
// A window title that names a line proves it the headline, however short ("Robinson answers critics - Site").
const TITLED_WORDS = 2;
// Paragraphs in a row: an article, not a page's teasers.
const ARTICLE_PARAGRAPHS = 3;

type Mark = (i: number, v: Verdict, quotations?: boolean) => void;

export function markTitleCopies(facts: readonly LineFacts[], verdicts: ReadonlyMap<number, Verdict>, span: Stretch | null, mark: Mark): void {
  if (!span) return;
  markAboveTitledHeadline(facts, span, mark);
  let h = span.from - 1;
  while (h >= 0 && (facts[h]!.keep || verdicts.has(facts[h]!.line.index) || isDateLine(facts[h]!))) h--;
  const headline = facts[h];
  if (!headline || !isHeadlineShaped(headline)) return;
  const inner = wordsOf(headline.text);
  for (let i = 0; i < h; i++) {
    const copy = wordsOf(facts[i]!.text);
    if (copy.includes(inner) && !facts[i]!.keep) mark(i, { by: "title", line: headline.line.index + 1 });
  }
}

/** The lines between the window title and the headline it names, above the article. */
function markAboveTitledHeadline(facts: readonly LineFacts[], span: Stretch, mark: Mark): void {
  const title = facts[0];
  if (!title) return;
  const named = titleNames(title.text);
  const isNamed = (f: LineFacts) => {
    if (!isTitledShape(f)) return false;
    const part = named.get(wordsOf(f.text));
    // A few words named by the title's end may be the site's or a section's name ("Auto News"), found on a label.
    return part === "leading" || (part === "trailing" && f.words >= HEADLINE_WORDS);
  };
  // A long headline may count as a paragraph, and a long title too: the article starts at its first sentence of reporting.
  let h = span.from;
  while (h + 1 < span.to && !(facts[h]!.body && facts[h]!.reporting)) h++;
  while (h > 0 && !isNamed(facts[h]!)) h--;
  if (h <= 0) return;
  // Paragraphs in a row up there may be the article's own start, above a copy of its headline: judge nothing.
  if (hasParagraphRun(facts, 1, h)) return;
  const line = facts[h]!.line.index + 1;
  // The title's copy of a headline that quotes someone is no speech of the article's.
  mark(0, { by: "title", line }, true);
  for (let i = 1; i < h; i++) mark(i, { by: "above-headline", line });
}

// "Headline - Site", "Headline | Section | Site", "Site: Headline", "Section · Headline".
const TITLE_SEPARATOR = /\s+[-–—|:·•»/]+\s+|\s*[|·•»]\s*/u;

/** What a window title may name as the headline: all of it or the words before one of its separators ("leading"), or the words after one ("trailing"). */
function titleNames(title: string): Map<string, "leading" | "trailing"> {
  const parts = title.split(TITLE_SEPARATOR);
  const names = new Map<string, "leading" | "trailing">();
  for (let k = 1; k < parts.length; k++) names.set(wordsOf(parts.slice(k).join(" ")), "trailing");
  for (let k = 1; k <= parts.length; k++) names.set(wordsOf(parts.slice(0, k).join(" ")), "leading");
  return names;
}

function hasParagraphRun(facts: readonly LineFacts[], from: number, to: number): boolean {
  let run = 0;
  for (let i = from; i < to && run < ARTICLE_PARAGRAPHS; i++) run = facts[i]!.body ? run + 1 : 0;
  return run >= ARTICLE_PARAGRAPHS;
}

/** A headline as a window title gives it: a few words, no sentence of reporting. */
function isTitledShape(f: LineFacts): boolean {
  return !f.reporting && f.words >= TITLED_WORDS && f.words <= MAX_HEADLINE_WORDS;
}

function isHeadlineShaped(f: LineFacts): boolean {
  return !f.body && f.words >= HEADLINE_WORDS && f.words <= MAX_HEADLINE_WORDS;
}

/** A short line with a date in it, between the headline and the article: "LinkNaija October 06, 2018". */
function isDateLine(f: LineFacts): boolean {
  return f.words <= DATE_LINE_WORDS && mentionsDate(f.text);
}

function wordsOf(text: string): string {
  return ` ${(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" ")} `;
}
