import type { LineFacts, Mark } from "./facts.js";

/**
 * Between two paragraphs of the article, a line in capitals throughout, of several words and no
 * sentence ("SEAN SPICER ELIMINATED FROM THE SHOW") is a link to another story that the site set
 * into the article. A subheading in capitals is short ("THE VERDICT"); a headline above the
 * article, or a line of reporting, is not between two paragraphs or ends like a sentence.
 * Capitals say so only where they set the line apart: not on a page that writes sentences in
 * capitals, nor on one whose capital lines between paragraphs are mostly short, its
 * subheadings, of which a longer one is one more ("HOW TO USE A WATER BATH CANNER").
 */

// A subheading or a title in capitals runs to a few words.
const LINK_WORDS = 7;
// A sentence in capitals this long is the writer's style, not a page's link.
const SENTENCE_WORDS = 5;

export function markCapitalLinks(facts: readonly LineFacts[], mark: Mark): void {
  if (facts.some((f) => !f.match && f.words >= SENTENCE_WORDS && inCapitals(f.text) && endsWithStop(f.text))) return;
  const between: number[] = [];
  for (let i = 1; i + 1 < facts.length; i++) {
    const f = facts[i]!;
    if (f.body || f.keep || f.match || !facts[i - 1]!.body || !facts[i + 1]!.body) continue;
    if (inCapitals(f.text) && !endsWithStop(f.text) && f.words >= 2) between.push(i);
  }
  const links = between.filter((i) => facts[i]!.words >= LINK_WORDS);
  if (links.length * 2 <= between.length) return;
  for (const i of links) mark(i, { by: "capitals", words: facts[i]!.words });
}

function inCapitals(text: string): boolean {
  return !/\p{Ll}/u.test(text) && /\p{Lu}/u.test(text);
}

function endsWithStop(text: string): boolean {
  return /[.!?]["'”’)]*$/u.test(text.trim());
}
