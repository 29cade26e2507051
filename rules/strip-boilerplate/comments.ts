import type { LineFacts, Mark } from "./facts.js";

/**
 * A comment thread announces each comment with its author and time: "Alex on September 17,
 * 2018 at 6:34 am said:" (the form blog software prints by default). Two such lines below a
 * paragraph of the article open the comments, which run to the end of the page (its footer
 * follows them): they go from the first, whatever heading they sit under and however many
 * paragraphs a comment has, and whatever a comment quotes (between two lines of the thread).
 */

const MONTH_DATE = "(?:\\p{L}+\\.? \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{1,2}(?:st|nd|rd|th)? \\p{L}+\\.? \\d{4}|\\d{1,2}/\\d{1,2}/\\d{2,4}|\\d{4}-\\d{2}-\\d{2})";
const COMMENT_BYLINE = new RegExp(`^.{1,60}? (?:on )?${MONTH_DATE},? (?:at )?\\d{1,2}[:.]\\d{2}(?: ?[ap]\\.?m\\.?)? (?:said|says|wrote|commented):?$`, "iu");
const BYLINES_IN_A_THREAD = 2;

export function cutCommentThread(facts: readonly LineFacts[], mark: Mark): void {
  const bylines = facts.flatMap((f, i) => (f.words <= 20 && COMMENT_BYLINE.test(f.text.trim()) ? [i] : []));
  if (bylines.length < BYLINES_IN_A_THREAD) return;
  const first = bylines[0]!;
  if (!facts.slice(0, first).some((f) => f.body)) return;
  const heading = facts[first]!;
  for (let i = first; i < facts.length; i++) mark(i, { by: "section", heading: heading.line.text.trim(), line: heading.line.index + 1 }, i + 1 < facts.length);
}
