import type { Finding } from "../../src/core/types.js";
import { ASCII_CLASSES, classOf, SPACE, WORD_START } from "./chars.js";
import { asJudged, type Line } from "./lines.js";
import { tailRemoval } from "./tail-removal.js";
import { matchChrome, opensWithOneOf, type CompiledPattern } from "./packs.js";

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
// Matched up to the chrome's start rather than looked behind from every character: the scan
// then stops only at punctuation.
const TAIL_START = /[.!?:…)"”’] +(?=[\p{L}\p{N}@(–—-])/gu;

/** Words (runs without white space that hold a letter or digit) from `from` to `to`, counted up to one past `limit`. */
function wordsIn(text: string, from: number, to: number, limit: number): number {
  let words = 0;
  let counted = false;
  for (let i = from; i < to && words <= limit; ) {
    const cp = text.codePointAt(i)!;
    const bits = cp < 0x80 ? ASCII_CLASSES[cp]! : classOf(cp);
    i += cp > 0xffff ? 2 : 1;
    if ((bits & SPACE) !== 0) counted = false;
    else if (!counted && (bits & WORD_START) !== 0) {
      words++;
      counted = true;
    }
  }
  return words;
}

const BELOW_OF = new WeakMap<readonly CompiledPattern[], CompiledPattern[]>();

/** The patterns of the kinds that stand below an article. */
function belowArticle(patterns: readonly CompiledPattern[]): CompiledPattern[] {
  let below = BELOW_OF.get(patterns);
  if (!below) {
    below = patterns.filter((p) => BELOW_ARTICLE.has(p.id));
    BELOW_OF.set(patterns, below);
  }
  return below;
}

/** The finding that removes the chrome run into the end of the line, if it ends with some. */
export function runInChrome(line: Line, patterns: readonly CompiledPattern[]): Finding | null {
  const from = Math.max(0, line.text.length - TAIL);
  const tail = line.text.slice(from);
  const starts: number[] = [];
  TAIL_START.lastIndex = 0;
  for (let m = TAIL_START.exec(tail); m; m = TAIL_START.exec(tail)) starts.push(TAIL_START.lastIndex);
  // Words from each start to the line's end, counted a stretch between two starts at a time
  // from the last (a start opens a word, so no word straddles two stretches), until there are
  // too many: the longer tails have more.
  const counts = new Array<number>(starts.length).fill(Infinity);
  for (let k = starts.length - 1, after = 0; k >= 0 && after <= MAX_WORDS; k--) {
    after += wordsIn(tail, starts[k]!, starts[k + 1] ?? tail.length, MAX_WORDS - after);
    counts[k] = after;
  }
  // The longest tail first: "Follow Jane Roe on Twitter @jroe" before "@jroe".
  for (const [k, index] of starts.entries()) {
    const at = from + index;
    const words = line.text.slice(at);
    const count = counts[k]!;
    if (count > MAX_WORDS) continue;
    // One word may end a sentence's list ("... mail it. Print"), unless dashes set it off as a label.
    if (count < 2 && !/^[–—-]/u.test(words)) break;
    const judged = asJudged(words);
    // Most sentences open with no piece of those kinds, and matchChrome would find only others.
    if (!opensWithOneOf(judged, belowArticle(patterns))) continue;
    const found = matchChrome(judged, patterns);
    if (!found || !found.every((f) => BELOW_ARTICLE.has(f.id)) || found.every((f) => ALONE_NOT_ENOUGH.has(f.id))) continue;
    return tailRemoval(line, at, `removed boilerplate: ${found.map((f) => f.kind).join(", ")} run into the end of the paragraph ("${words.trim().slice(0, 40)}")`);
  }
  return null;
}
