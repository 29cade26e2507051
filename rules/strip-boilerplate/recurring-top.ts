import type { ClassifyOptions, LineFacts, Mark, Verdict } from "./facts.js";
import { normaliseJudged } from "./lines.js";
import { recurrenceOfLine, type RecurrenceIndex } from "./recurrence.js";

/**
 * A site may print the same top above every article: its menus, and a featured story's
 * headline, summary, caption, byline and date. Across the run that top recurs line after line,
 * down to the first line that is the document's own (its headline). A sentence in it that
 * recurs in many different articles (copies of one article count once) is the site's, not the
 * standfirst of each: it goes.
 *
 * Only where a line that is no sentence (a byline, a dateline, a share bar) stands between the
 * site's top and the document's own lines: copies of one article that a later version changed
 * count apart, and share their standfirst and first paragraphs, which run straight on into the
 * lines each copy has of its own. Bylines, datelines and quotations stay, as everywhere. A
 * sentence with figures recurs only with the same figures (`figuresKey`): a series' reports
 * open each with its own ("The index rose 0.4% to 7,412 points.").
 *
 * Not below the article: the sentence a wire's stories end on ("The White House did not
 * immediately respond to a request for comment.") recurs under many different articles, between
 * an advertisement label and a share bar, and is each article's last paragraph (docs/boilerplate.md).
 */
export function markRecurringTop(facts: readonly LineFacts[], verdicts: ReadonlyMap<number, Verdict>, index: RecurrenceIndex | undefined, mark: Mark, o: ClassifyOptions): void {
  if (!index) return;
  // factsOf counted every short line but the kept ones (bylines, datelines), which it never removes.
  const recurs = (f: LineFacts) => (f.words > o.maxChromeWords ? 0 : f.keep ? recurrenceOfLine(f.text, normaliseJudged(f.text), index) : f.recurs);
  // Lines of no words (rules, a close button's "✕") are counted in no document, and belong to no article.
  const counts: number[] = [];
  for (const f of facts) {
    const n = recurs(f);
    if (!verdicts.has(f.line.index) && /\p{L}/u.test(f.text) && n < o.minDocs) break;
    counts.push(n);
  }
  const own = counts.length;
  const sentence = (f: LineFacts) => !f.chromeShape && !f.keep;
  // A document that is its site's lines alone has nothing of its own to tell them by.
  if (own === 0 || own === facts.length || sentence(facts[own - 1]!)) return;
  counts.forEach((n, i) => sentence(facts[i]!) && n >= o.minDocs && mark(i, { by: "recurring-top", documents: n, of: index.documents }));
}
