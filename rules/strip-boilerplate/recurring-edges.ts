import type { ClassifyOptions, LineFacts, Mark, Verdict } from "./facts.js";
import { normaliseJudged } from "./lines.js";
import { recurrenceOfLine, type RecurrenceIndex } from "./recurrence.js";

/**
 * A site may print the same top above every article (its menus, and a featured story's
 * headline, summary, caption, byline and date) and the same foot below it (an author box, the
 * company's description, a newsletter's pitch). Across the run such a top or foot recurs line
 * after line, up to the first line that is the document's own. A sentence in it that recurs
 * in many different articles (copies of one article count once) is the site's, not each
 * article's standfirst or last paragraph: it goes.
 *
 * Only where a line that is no sentence (a byline, a heading, a share bar) stands between the
 * document's own lines and the site's: copies of one article that a later version changed count
 * apart, and share the sentences of their first or last paragraphs, which run straight on from
 * the lines each copy has of its own. So do the last paragraphs of a wire's stories that repeat
 * a sentence of background word for word ("The company has denied wrongdoing."). Bylines,
 * datelines, attributions and quotations stay, as everywhere.
 * A sentence with figures recurs only with the same figures (`figuresKey`): a series' reports
 * open each with its own ("The index rose 0.4% to 7,412 points.").
 */
export function markRecurringEdges(facts: readonly LineFacts[], verdicts: ReadonlyMap<number, Verdict>, index: RecurrenceIndex | undefined, mark: Mark, o: ClassifyOptions): void {
  if (!index) return;
  const recurs = (f: LineFacts) => (f.words <= o.maxChromeWords ? Math.max(f.recurs, recurrenceOfLine(f.text, normaliseJudged(f.text), index)) : 0);
  // Lines of no words (rules, a close button's "✕") are counted in no document, and belong to no article.
  const sites = (f: LineFacts) => verdicts.has(f.line.index) || !/\p{L}/u.test(f.text) || recurs(f) >= o.minDocs;
  let first = 0;
  while (first < facts.length && sites(facts[first]!)) first++;
  // A document that is its site's lines alone has nothing of its own to tell them by.
  if (first === facts.length) return;
  let last = facts.length - 1;
  while (sites(facts[last]!)) last--;

  const sentence = (f: LineFacts) => !f.chromeShape && !f.keep;
  const goes = (i: number) => {
    const f = facts[i]!;
    if (sentence(f) && recurs(f) >= o.minDocs) mark(i, { by: "recurring-edge", documents: recurs(f), of: index.documents });
  };
  if (first > 0 && !sentence(facts[first - 1]!)) for (let i = 0; i < first; i++) goes(i);
  if (last < facts.length - 1 && !sentence(facts[last + 1]!)) for (let i = last + 1; i < facts.length; i++) goes(i);
}
