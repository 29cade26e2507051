import type { LineFacts, Verdict } from "./facts.js";
import type { Stretch } from "./structure.js";

/**
 * A page shows its headline more than once above the article: in the window title ("Headline -
 * Site", the first line of page text), in a breadcrumb ("Home News Headline"). The headline is
 * the line nearest above the article's first paragraph; a copy farther up that is the page's
 * first line, or holds the headline and more, is the page's own. Repeated lines that are not
 * the headline (a table's header printed twice) are not judged here.
 */

// Fewer words may be a section name that recurs by chance.
const HEADLINE_WORDS = 4;
const MAX_HEADLINE_WORDS = 30;

export function markTitleCopies(facts: readonly LineFacts[], verdicts: ReadonlyMap<number, Verdict>, span: Stretch | null, mark: (i: number, v: Verdict) => void): void {
  if (!span) return;
  let h = span.from - 1;
  while (h >= 0 && (facts[h]!.keep || verdicts.has(facts[h]!.line.index))) h--;
  const headline = facts[h];
  if (!headline || headline.body || headline.words < HEADLINE_WORDS || headline.words > MAX_HEADLINE_WORDS) return;
  const inner = wordsOf(headline.text);
  for (let i = 0; i < h; i++) {
    const copy = wordsOf(facts[i]!.text);
    if (copy.includes(inner) && (i === 0 || copy.length > inner.length)) mark(i, { by: "title", line: headline.line.index + 1 });
  }
}

function wordsOf(text: string): string {
  return ` ${(text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).join(" ")} `;
}
