import type { Finding } from "../../src/core/types.js";
import { ASCII_CLASSES, classOf, SPACE, WORD_START } from "./chars.js";
import { asJudged, type Line } from "./lines.js";
import { tailRemoval } from "./tail-removal.js";
import { holdsOneOf, matchChrome, opensWithOneOf, type ChromeMatch, type CompiledPattern } from "./packs.js";

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
 * dashes or a bracket ("- Advertisement -", "[advertisement"). At the document's end
 * (`endingLines`), the page's appeals count too ("... Did you enjoy this article? - Consider
 * helping us!"), longer, and also where no stop ended the sentence before them ("Courtesy of
 * Jane Roe Don't forget to follow us on Facebook.").
 */
const BELOW_ARTICLE = new Set(["share-bar", "view-counter", "rating-widget", "post-footer", "advertising", "author-follow", "page-furniture"]);
// A page's furniture (an "@handle", "3 of 12") counts only beside another piece of those kinds.
const ALONE_NOT_ENOUGH = new Set(["page-furniture"]);

// How far back the chrome may start, in characters and words: at the document's end, appeals
// run longer ("... depends on your donations: the more you give, the more we can do. $1 $10 Other amount").
const LIMITS = { below: { tail: 160, words: 15 }, atEnd: { tail: 320, words: 40 } };
// Where the paragraph's last sentence ended: punctuation, perhaps a quote mark or a bracket
// ("(Daily Caller)"), then spaces, then the chrome's first word, a dash ("- Advertisement -")
// or a bracket ("[advertisement"). Matched up to the chrome's start rather than looked behind
// from every character: the scan then stops only at punctuation. At the document's end, also
// a capital after a space (group `stop` unset): only an appeal may start there.
const TAIL_START = /[.!?:…)"”’] +(?=[\p{L}\p{N}@(\[–—-])/gu;
const TAIL_START_AT_END = /(?<stop>[.!?:…)"”’]) +(?=[\p{L}\p{N}@(\[–—-])| +(?=\p{Lu})/gu;

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

/** Which pieces of chrome may run into a line's end: below any paragraph, at the document's end, or after no stop. */
type Place = "below" | "atEnd" | "noStop";
const ALLOWED: Record<Place, (p: ChromeMatch) => boolean> = {
  below: (p) => BELOW_ARTICLE.has(p.id),
  atEnd: (p) => BELOW_ARTICLE.has(p.id) || p.atEnd,
  noStop: (p) => p.atEnd,
};

const SUBSETS = new WeakMap<readonly CompiledPattern[], Record<Place, CompiledPattern[]>>();

/** The patterns whose chrome may run in at each place. */
function patternsFor(patterns: readonly CompiledPattern[], place: Place): CompiledPattern[] {
  let subsets = SUBSETS.get(patterns);
  if (!subsets) {
    subsets = { below: patterns.filter(ALLOWED.below), atEnd: patterns.filter(ALLOWED.atEnd), noStop: patterns.filter(ALLOWED.noStop) };
    SUBSETS.set(patterns, subsets);
  }
  return subsets[place];
}

/**
 * The finding that removes the chrome run into the end of the line, if it ends with some;
 * `atEnd` when the line is at the document's end (`endingLines`).
 */
export function runInChrome(line: Line, patterns: readonly CompiledPattern[], atEnd = false): Finding | null {
  // Most last lines hold no appeal anywhere: they are looked at as any other line, not after each capital.
  const appeals = atEnd && holdsOneOf(asJudged(line.text.slice(-LIMITS.atEnd.tail)), patternsFor(patterns, "noStop"));
  const limit = appeals ? LIMITS.atEnd : LIMITS.below;
  const from = Math.max(0, line.text.length - limit.tail);
  const tail = line.text.slice(from);
  const starts: number[] = [];
  const places: Place[] = [];
  const scan = appeals ? TAIL_START_AT_END : TAIL_START;
  scan.lastIndex = 0;
  for (let m = scan.exec(tail); m; m = scan.exec(tail)) {
    starts.push(scan.lastIndex);
    places.push(!appeals ? "below" : m.groups!.stop === undefined ? "noStop" : "atEnd");
  }
  // Words from each start to the line's end, counted a stretch between two starts at a time
  // from the last (a start opens a word, so no word straddles two stretches), until there are
  // too many: the longer tails have more.
  const counts = new Array<number>(starts.length).fill(Infinity);
  for (let k = starts.length - 1, after = 0; k >= 0 && after <= limit.words; k--) {
    after += wordsIn(tail, starts[k]!, starts[k + 1] ?? tail.length, limit.words - after);
    counts[k] = after;
  }
  // The longest tail first: "Follow Jane Roe on Twitter @jroe" before "@jroe".
  for (const [k, index] of starts.entries()) {
    const at = from + index;
    const words = line.text.slice(at);
    const count = counts[k]!;
    if (count > limit.words) continue;
    // One word may end a sentence's list ("... mail it. Print"), unless dashes or a bracket set it off as a label.
    if (count < 2 && !/^[–—\[-]/u.test(words)) break;
    const judged = asJudged(words);
    const place = places[k]!;
    // Most sentences open with no piece of those kinds, and matchChrome would find only others.
    if (!opensWithOneOf(judged, patternsFor(patterns, place))) continue;
    const found = matchChrome(judged, patterns);
    if (!found || !found.every(ALLOWED[place]) || found.every((f) => ALONE_NOT_ENOUGH.has(f.id))) continue;
    return tailRemoval(line, at, `removed boilerplate: ${found.map((f) => f.kind).join(", ")} run into the end of the paragraph ("${words.trim().slice(0, 40)}")`);
  }
  return null;
}
