import { isChrome, type LineFacts, type Mark, type Verdict } from "./facts.js";
import type { Stretch } from "./structure.js";
import { isTitleCase } from "./shape.js";
import { HEADLINE_WORDS, isDateLine, MAX_HEADLINE_WORDS, wordsOf } from "./title.js";

/**
 * Page text from a browser starts with the window title. When it is, or names on one side of a
 * separator ("Headline - Site", "Section | Headline"), a line above the article, that line is
 * the headline for sure, and what lies between the title and it is the page's top (menus,
 * tickers, lists of headlines), unless paragraphs in a row there say the article began above a
 * copy of its headline.
 */

// A window title that names a line proves it the headline, however short ("Robinson answers critics - Site").
const TITLED_WORDS = 2;
// Paragraphs in a row: an article, not a page's teasers.
const ARTICLE_PARAGRAPHS = 3;

/** The lines between the window title and the headline it names, above the article. */
export function markWindowTitle(facts: readonly LineFacts[], span: Stretch | null, mark: Mark): void {
  const h = titledHeadline(facts, span);
  if (h === null) return;
  const line = facts[h]!.line.index + 1;
  // The title's copy of a headline that quotes someone is no speech of the article's.
  mark(0, { by: "title", line }, true);
  for (let i = 1; i < h; i++) mark(i, { by: "above-headline", line });
}

/**
 * The line the window title names as the headline, above the article's first sentence of
 * reporting, if the page starts with such a title and no run of paragraphs lies between them.
 */
export function titledHeadline(facts: readonly LineFacts[], span: Stretch | null): number | null {
  const title = facts[0];
  if (!span || !title) return null;
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
  // Paragraphs in a row up there may be the article's own start, above a copy of its headline: judge nothing.
  return h <= 0 || hasParagraphRun(facts, 1, h) ? null : h;
}

/**
 * The article's head as the window title proves it: the headline it names and, below it down to
 * the first known chrome, the lines shaped like a standfirst, a byline or a dateline. A page's
 * top may set lines of its own between the head and the article (an author box's links, a
 * player, an image's furniture), so the lines nearest the article are no sure guide to where
 * the head is; those other lines are left to the other evidence.
 */
export function titledHead(facts: readonly LineFacts[], verdicts: ReadonlyMap<number, Verdict>, span: Stretch | null, bodyWords: number): Set<number> {
  const h = titledHeadline(facts, span);
  const head = new Set<number>();
  if (h === null) return head;
  head.add(h);
  for (let i = h + 1; i < span!.from && !isChrome(facts[i]!, verdicts); i++) if (isHeadShaped(facts[i]!, bodyWords)) head.add(i);
  return head;
}

// "By Chris Pokorny @DawgsByNature Nov 18, 2019, 11:47am EST": a byline with more than names.
const BYLINE_START = /^(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or) \p{Lu}/u;

/** A standfirst (prose, not a title), a byline or a dateline. */
function isHeadShaped(f: LineFacts, bodyWords: number): boolean {
  return f.keep || (f.words >= bodyWords && !isTitleCase(f.text)) || BYLINE_START.test(f.text.trim()) || isDateLine(f);
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
