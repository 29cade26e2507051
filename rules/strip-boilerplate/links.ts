import type { LineFacts, Mark } from "./facts.js";

/**
 * Between two paragraphs of the article, a line in capitals throughout, of several words and no
 * sentence ("SEAN SPICER ELIMINATED FROM THE SHOW") is a link to another story that the site set
 * into the article. A subheading in capitals is short ("THE VERDICT"); a headline above the
 * article, or a line of reporting, is not between two paragraphs or ends like a sentence.
 */

// A subheading or a title in capitals runs to a few words.
const LINK_WORDS = 7;

export function markCapitalLinks(facts: readonly LineFacts[], mark: Mark): void {
  for (let i = 1; i + 1 < facts.length; i++) {
    const f = facts[i]!;
    if (f.body || f.keep || f.words < LINK_WORDS || !facts[i - 1]!.body || !facts[i + 1]!.body) continue;
    const text = f.text.trim();
    if (/\p{Ll}/u.test(text) || !/\p{Lu}/u.test(text) || /[.!?]["'”’)]*$/u.test(text)) continue;
    mark(i, { by: "capitals", words: f.words });
  }
}
