import type { LineFacts, Mark } from "./facts.js";

// A line cut short by the page: a word run straight into an ellipsis ("... which ar...",
// "... Ass…") or WordPress's "[…]". A sentence of the article may trail off so, alone.
const CUT = /(?:[\p{L}\p{N},;:](?:\.{3}|…)|\[(?:\.{3}|…)\])\s*$/u;
// A summary cut at a sentence's end still shows the ellipsis the page adds ("... its days
// numbered...."); a writer may end a sentence so, too: such a line counts only beside one cut
// short mid-sentence, one more of its list.
const CUT_AT_STOP = /[.!?](?:\.{3}|…)\s*$/u;
// Lines cut short beyond the article that make a list of excerpts, not an article trailing off.
const LIST_EXCERPTS = 3;
// A summary cut to fit a box runs on; the short lines a writer trails off in ("Dow remains
// below 26k…", under a chart) do not.
const SUMMARY_WORDS = 15;

/**
 * Below the article's last whole paragraph, long lines cut short by the page are the excerpts
 * of a list of teasers (summaries cut to fit a box): when there are several, they go,
 * quotations in them too, unless they follow one another from that paragraph with only
 * sentences and known chrome below (the article trailing off). Above its first whole paragraph they must follow one another (a
 * ticker of headlines run into their summaries): a newsletter's opening there ("... these
 * mental tools can…") trails off over its own list. Between the article's whole paragraphs a
 * line trailing off is the writer's and stays.
 */
export function markExcerpts(facts: readonly LineFacts[], mark: Mark): void {
  const cutMidway = facts.map((f) => f.words >= SUMMARY_WORDS && CUT.test(f.text));
  const cut = facts.map((f, i) => cutMidway[i]! || (f.words >= SUMMARY_WORDS && (cutMidway[i - 1] === true || cutMidway[i + 1] === true) && CUT_AT_STOP.test(f.text)));
  const whole = facts.flatMap((f, i) => (f.body && !cut[i] ? [i] : []));
  if (whole.length === 0) return;
  const [first, last] = [whole[0]!, whole[whole.length - 1]!];
  const list = (lines: readonly number[]) => {
    if (lines.length >= LIST_EXCERPTS) for (const i of lines) mark(i, { by: "excerpt", excerpts: lines.length }, true);
  };
  // Right under the article's last paragraph, cut lines that follow one another, with nothing
  // below them but sentences and chrome that patterns know, are the article trailing off (the
  // unfinished letters it quotes, then "More to follow."); teasers come with their headlines.
  const below = facts.flatMap((_, i) => (cut[i] && i > last ? [i] : []));
  const end = last + 1 + below.length;
  const trailsOff = below[below.length - 1] === end - 1 && facts.slice(end).every((f) => f.reporting || f.match !== null);
  if (!trailsOff) list(below);
  // Below the article's byline the lines are its own: it may open with the unfinished lines it
  // quotes. A ticker runs above its headline.
  const byline = facts.findIndex((f) => f.byline);
  const top = byline === -1 ? first : Math.min(byline, first);
  let run: number[] = [];
  for (let i = 0; i < top; i++) {
    if (cut[i]) run.push(i);
    else {
      list(run);
      run = [];
    }
  }
  list(run);
}
