import type { ClassifyOptions, LineFacts, Mark } from "./facts.js";
import { isTitleCase } from "./shape.js";

/**
 * A menu, tag cloud or select box's options that page text ran into one long line ("Choose
 * brand Abarth Alfa Romeo Aston Martin Audi ..."): more words than a short line's, none of a
 * sentence's marks, nearly all capitalised. Above the article's first paragraph it is the page's
 * top; lower down it stays, since an article may list names so (nominees and their countries).
 */

// A stop, comma, colon or question: any of them makes the line no menu.
const SENTENCE_MARK = /[.,;:!?]/u;

export function markRunInMenus(facts: readonly LineFacts[], mark: Mark, o: ClassifyOptions): void {
  const menu = (f: LineFacts) => f.words > o.maxChromeWords && !f.reporting && !SENTENCE_MARK.test(f.text) && isTitleCase(f.text);
  for (let i = 0; i < facts.length; i++) {
    const f = facts[i]!;
    if (!f.body) continue;
    if (!menu(f)) return;
    mark(i, { by: "menu", words: f.words });
  }
}
