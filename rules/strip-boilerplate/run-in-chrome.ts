import type { Finding } from "../../src/core/types.js";
import { asJudged, type Line } from "./lines.js";
import { matchChrome, type CompiledPattern } from "./packs.js";

/**
 * Chrome run into the end of a paragraph: "...on your favorite social networks. Share this:",
 * "...for Survivopedia. 41 total views, 41 views today", "...(Daily Caller) Follow Pam Key on
 * Twitter @pamkeyNEN", "...This entry was posted in General. Bookmark the permalink.". A dataset
 * that joined the page's lines kept what stood below the article as the last words of its last
 * paragraph. Only those words go, with the spaces before them; a line that is chrome throughout
 * is the packs' to judge.
 *
 * Only the kinds of chrome that stand right below an article count, and the packs must consume
 * all of the words after the paragraph's last sentence, two words at least or one set off by
 * dashes ("- Advertisement -").
 */
const BELOW_ARTICLE = new Set(["share-bar", "view-counter", "rating-widget", "post-footer", "advertising", "author-follow", "page-furniture"]);
// A page's furniture (an "@handle", "3 of 12") counts only beside another piece of those kinds.
const ALONE_NOT_ENOUGH = new Set(["page-furniture"]);

const TAIL = 160;
const MAX_WORDS = 15;
// Where the paragraph's last sentence ended: punctuation, perhaps a quote mark or a bracket
// ("(Daily Caller)"), then spaces, then the chrome's first word or a dash ("- Advertisement -").
const TAIL_START = /(?<=[.!?:…)"”’] +)(?=[\p{L}\p{N}@(–—-])/gu;

function wordsIn(text: string): number {
  return text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
}

/** The finding that removes the chrome run into the end of the line, if it ends with some. */
export function runInChrome(line: Line, patterns: readonly CompiledPattern[]): Finding | null {
  const from = Math.max(0, line.text.length - TAIL);
  const tail = line.text.slice(from);
  // The longest tail first: "Follow Jane Roe on Twitter @jroe" before "@jroe".
  for (const m of tail.matchAll(TAIL_START)) {
    const at = from + m.index;
    const words = line.text.slice(at);
    const count = wordsIn(words);
    if (count > MAX_WORDS) continue;
    // One word may end a sentence's list ("... mail it. Print"), unless dashes set it off as a label.
    if (count < 2 && !/^[–—-]/u.test(words)) break;
    const found = matchChrome(asJudged(words), patterns);
    if (!found || !found.every((f) => BELOW_ARTICLE.has(f.id)) || found.every((f) => ALONE_NOT_ENOUGH.has(f.id))) continue;
    let start = at;
    while (start > 0 && /[ \t\u00a0]/.test(line.text[start - 1]!)) start--;
    return {
      start: line.start + start,
      end: line.end,
      fix: "",
      message: `removed boilerplate: ${found.map((f) => f.kind).join(", ")} run into the end of the paragraph ("${words.trim().slice(0, 40)}")`,
    };
  }
  return null;
}
