/**
 * Reads lost tokens off an undamaged copy of the same article. The twin is cut into the pieces
 * the damage would have left (a hyphenated token goes, the quote marks around it stay) and the
 * tokens it would have deleted; the damaged text's words are aligned with those pieces word by
 * word, and a blank lying between two aligned pieces is filled with what the twin has between
 * them, punctuation included ("Choi Jong-kun, an").
 */
import { diffArrays } from "diff";
import type { Blank } from "./blanks.js";
import { lostTokensIn } from "./damage.js";
import { alignmentKey, piecesOf, type Piece } from "./words.js";

/** Words that must align on each side of a blank, so that one shared word is no evidence. */
const ANCHOR = 2;
/** Words either side of a blank, within its sentence, that must align for a certain fill. */
const NEARBY = 6;
/** Words either side that make a passage: a twin holding it twice with other lost words there is ambiguous. */
const PASSAGE = 4;
/** Beyond this many edits the copies are too far apart to align cheaply, or to trust. */
const MAX_EDITS = 5000;

export interface TwinFill {
  /** The replacement for the blank's spaces. */
  text: string;
  /** The lost tokens, as the twin has them. */
  tokens: string[];
  /**
   * The twin and the text differ near the blank, within its sentence ("fell sharply on Monday
   * after the ___ results" against "rose sharply on Monday after the full-year results"): another
   * version of the story, which may have changed the lost word too.
   */
  differsNearby: boolean;
  /**
   * The lost words hold digits and the twin gives another number elsewhere ("highs of 18C"
   * against "21C"): another edition of a story whose figures change (a score, a toll, a forecast).
   */
  numbersDiffer: boolean;
  /**
   * The twin's words differ from the text's within a paragraph of the twin, somewhere between
   * the first and the last word they share ("won 3-2" ... "Giroud restored the lead late on"
   * against "won 4-2" ... "late on and Theo Walcott added another"): another version of the
   * story, edited in places the blank's sentence does not show.
   */
  otherVersion: boolean;
  /**
   * Other lost words the twin has between the same two words on each side, elsewhere: a page
   * holding the passage twice (an update above the earlier version) says two things here.
   */
  alternatives: string[][];
}

/** What a twin says about one damaged text: fills by blank, and paragraph breaks between aligned words. */
export interface TwinReading {
  fills: Map<Blank, TwinFill>;
  /** Blanks whose neighbours the twin has side by side: nothing was deleted there. */
  clear: Set<Blank>;
  /** Spaces in the damaged text where the twin has a paragraph break. */
  breaks: { start: number; end: number; text: string }[];
}

interface TwinItem {
  text: string;
  start: number;
  end: number;
  lost: boolean;
}

/** The twin as the damage sees it: kept pieces and lost tokens, in order. */
function itemsOf(twin: string): TwinItem[] {
  const items: TwinItem[] = [];
  let cursor = 0;
  const keep = (to: number) => {
    // A literal, not a spread of the piece: the spread costs more than the rest of the reading.
    for (const p of piecesOf(twin, cursor, to)) items.push({ text: p.text, start: p.start, end: p.end, lost: false });
  };
  for (const { index, token } of lostTokensIn(twin)) {
    keep(index);
    items.push({ text: token, start: index, end: index + token.length, lost: true });
    cursor = index + token.length;
  }
  keep(twin.length);
  return items;
}

/** Aligns `text` with `twin`; null when they are too different to align. */
export function readTwin(text: string, blanks: readonly Blank[], twin: string): TwinReading | null {
  const words = piecesOf(text);
  const items = itemsOf(twin);
  const kept = items.filter((i) => !i.lost);
  // The alignment keys themselves are compared (jsdiff compares array items with ===): numbering
  // them first would hash every piece into a map, which cost more than the diff.
  const changes = diffArrays(words.map((w) => alignmentKey(w.text)), kept.map((k) => alignmentKey(k.text)), { maxEditLength: MAX_EDITS });
  if (!changes) return null;

  // partner[i] = index in `kept` of the piece word i aligned with, or -1.
  const partner = new Array<number>(words.length).fill(-1);
  let i = 0;
  let j = 0;
  for (const c of changes) {
    if (c.added) j += c.count;
    else if (c.removed) i += c.count;
    else for (let n = 0; n < c.count; n++) partner[i++] = j++;
  }
  const otherVersion = editedWithinParagraph(words, partner, kept, twin);
  // The figures of the text and of the twin's part that aligns with it (a twin may be a whole
  // page), as lists: where they differ ("highs of 18C" against "21C"), the copies are editions
  // whose figures changed. Compared as numbers, so that the damage's ". ”" is no difference.
  const hasDigit = (w: string) => /[0-9]/.test(w);
  // Loops rather than filter() here and map().join() below: the arrays those return are not
  // always of one kind, and V8 threw away readTwin's optimised code at each new one, 298 times
  // in a two-thread run over the 10,000 bench files (docs/performance.md, "Deoptimisations").
  const alignedPartners: number[] = [];
  for (const p of partner) if (p !== -1) alignedPartners.push(p);
  const figures = (pieces: readonly { text: string }[]) => pieces.map((p) => p.text).join(" ").match(/[0-9]+(?:[.,][0-9]+)*/g)?.join(" ") ?? "";
  const numbersDiffer = alignedPartners.length > 0 && figures(words) !== figures(kept.slice(alignedPartners[0]!, alignedPartners.at(-1)! + 1));
  // position[k] = index in `items` of kept piece k.
  const position: number[] = [];
  for (let at = 0; at < items.length; at++) if (!items[at]!.lost) position.push(at);

  // How many words from `from` on (stepping by `step`) align with consecutive pieces.
  const alignedRun = (from: number, step: 1 | -1): number => {
    let n = 0;
    for (let w = from; n <= ANCHOR && w >= 0 && w < words.length; w += step, n++) {
      if (partner[w] === -1 || partner[w] !== partner[from]! + n * step) break;
    }
    return n;
  };

  // Whether the words around a blank, up to NEARBY each side within its sentence, read the same
  // in the twin (its lost tokens, at other blanks, left out), letters and digits only: the
  // damage's own changes ("U. S." for "U.S.", ". ”" for ".”") are no difference.
  const alignsNearby = (left: number, right: number): boolean => {
    if (left >= 0) {
      let mine = "";
      for (let w = left, n = 0; w >= 0 && n < NEARBY; w--, n++) {
        if (w < left && endsSentence(words[w]!.text)) break;
        mine = lettersOf(words[w]!.text) + mine;
      }
      let theirs = "";
      for (let k = partner[left]!; k >= 0 && theirs.length < mine.length; k--) theirs = lettersOf(kept[k]!.text) + theirs;
      // Where the twin starts sooner (an excerpt, a shared quote), what it has must match.
      if (theirs.length < mine.length ? !mine.endsWith(theirs) : theirs.slice(theirs.length - mine.length) !== mine) return false;
    }
    if (right < words.length) {
      let mine = "";
      for (let w = right, n = 0; w < words.length && n < NEARBY; w++, n++) {
        mine += lettersOf(words[w]!.text);
        if (endsSentence(words[w]!.text)) break;
      }
      let theirs = "";
      for (let k = partner[right]!; k < kept.length && theirs.length < mine.length; k++) theirs += lettersOf(kept[k]!.text);
      if (theirs.length < mine.length ? !mine.startsWith(theirs) : theirs.slice(0, mine.length) !== mine) return false;
    }
    return true;
  };

  // The twin's lost words by the PASSAGE kept pieces either side of them, for the fills' context.
  const contextKey = (from: number, to: number): string => {
    const keys: string[] = [];
    for (let at = from, n = 0; at >= 0 && n < PASSAGE; at--) if (!items[at]!.lost) { keys.unshift(alignmentKey(items[at]!.text)); n++; }
    keys.push("|");
    for (let at = to, n = 0; at < items.length && n < PASSAGE; at++) if (!items[at]!.lost) { keys.push(alignmentKey(items[at]!.text)); n++; }
    return keys.join(" ");
  };
  const alignedItems = new Set<number>();
  for (const p of partner) if (p !== -1) alignedItems.add(position[p]!);
  let lostByContext: Map<string, Set<string>> | null = null;
  const lostInContext = (key: string): Set<string> => {
    if (!lostByContext) {
      lostByContext = new Map();
      for (let at = 0; at < items.length; at++) {
        if (!items[at]!.lost || (at > 0 && items[at - 1]!.lost)) continue;
        let end = at;
        while (end < items.length && items[end]!.lost) end++;
        // A run the text aligns with on both sides is another place of this text, not another version of it.
        if (at > 0 && end < items.length && alignedItems.has(at - 1) && alignedItems.has(end)) {
          at = end;
          continue;
        }
        const k = contextKey(at - 1, end);
        const set = lostByContext.get(k) ?? new Set<string>();
        set.add(items.slice(at, end).map((i) => i.text).join(" "));
        lostByContext.set(k, set);
      }
    }
    return lostByContext.get(key) ?? new Set();
  };

  const fills = new Map<Blank, TwinFill>();
  const clear = new Set<Blank>();
  for (const blank of blanks) {
    const left = lastWordBefore(words, blank.start);
    const right = left + 1;
    const leftRun = left === -1 ? 0 : alignedRun(left, -1);
    const rightRun = right === words.length ? 0 : alignedRun(right, 1);
    // Each side aligns as far as the text goes, up to ANCHOR words; at the text's edge the
    // other side must carry one more.
    const sideOk = (run: number, available: number) => run >= Math.min(ANCHOR, available);
    if (!sideOk(leftRun, left + 1) || !sideOk(rightRun, words.length - right) || leftRun + rightRun < ANCHOR + 1) continue;
    if (left >= 0 && right < words.length && partner[right] === partner[left]! + 1 && position[partner[right]!] === position[partner[left]!]! + 1) {
      clear.add(blank);
      continue;
    }
    const to = right === words.length ? items.length : position[partner[right]!]!;
    let from = left === -1 ? to - 1 : position[partner[left]!]!;
    if (left === -1) while (from >= 0 && items[from]!.lost) from--;
    const between = items.slice(from + 1, to);
    if (between.length === 0 || between.some((b) => !b.lost)) continue;
    const lead = left === -1 ? "" : twin.slice(items[from]!.end, between[0]!.start);
    const tail = right === words.length ? "" : twin.slice(between.at(-1)!.end, items[to]!.start);
    let inner = "";
    for (let n = 1; n < between.length; n++) inner += twin.slice(between[n - 1]!.end, between[n]!.start) + between[n]!.text;
    const tokens = between.map((b) => b.text);
    const alternatives = [...lostInContext(contextKey(from, to))].filter((t) => t !== tokens.join(" ")).map((t) => t.split(" "));
    fills.set(blank, { text: lead + between[0]!.text + inner + tail, tokens, alternatives, differsNearby: !alignsNearby(left, right), otherVersion, numbersDiffer: numbersDiffer && between.some((b) => hasDigit(b.text)) });
  }

  const breaks: TwinReading["breaks"] = [];
  for (let w = 1; w < words.length; w++) {
    const a = partner[w - 1]!;
    const b = partner[w]!;
    if (a === -1 || b !== a + 1 || position[b]! !== position[a]! + 1) continue;
    if (hasLineBreak(text, words[w - 1]!.end, words[w]!.start) || !hasLineBreak(twin, kept[a]!.end, kept[b]!.start)) continue;
    breaks.push({ start: words[w - 1]!.end, end: words[w]!.start, text: twin.slice(kept[a]!.end, kept[b]!.start) });
  }
  return { fills, clear, breaks };
}

/**
 * Whether text and twin differ in letters (the damage's "U. S." and ". ”" are no difference)
 * within one paragraph of the twin. Lines the one has and the other lacks (a caption, a
 * headline, a byline, page chrome) are no edit of the article; words changed inside a paragraph
 * are ("won 3-2" ... "late on." against "won 4-2" ... "late on and Walcott added another.").
 * Before the first shared word and after the last, a copy that simply starts or ends sooner (an
 * excerpt, a page around the article) is no edit either: only words the two read differently
 * there count ("Samsung Electronics reported" against "Sony Corporation reported").
 */
function editedWithinParagraph(words: readonly Piece[], partner: readonly number[], kept: readonly Piece[], twin: string): boolean {
  // line[k]: the twin's line (paragraph) of kept piece k.
  const line: number[] = [];
  for (let k = 0, n = 0; k < kept.length; k++) {
    if (k > 0 && hasLineBreak(twin, kept[k - 1]!.end, kept[k]!.start)) n++;
    line.push(n);
  }
  const size = new Map<number, number>();
  const aligned = new Map<number, number>();
  for (const l of line) size.set(l, (size.get(l) ?? 0) + 1);
  for (const p of partner) if (p !== -1) aligned.set(line[p]!, (aligned.get(line[p]!) ?? 0) + 1);
  // A twin line that shares fewer than half its words with the text is a line the text lacks: a
  // common word of a caption ("Photo: the scene") or a headline that the alignment took is no
  // shared word.
  const shared: number[] = [];
  for (let w = 0; w < words.length; w++) {
    const p = partner[w]!;
    if (p !== -1 && 2 * aligned.get(line[p]!)! >= size.get(line[p]!)!) shared.push(w);
  }
  // Letters only: figures that changed are an edition's, weighed for the words holding digits alone (numbersDiffer).
  const letters = (piece: Piece) => lettersOf(piece.text).replace(/\p{N}/gu, "");
  for (let s = 0; s <= shared.length; s++) {
    const w = s === 0 ? -1 : shared[s - 1]!;
    const next = s === shared.length ? words.length : shared[s]!;
    const a = w === -1 ? -1 : partner[w]!;
    const b = next === words.length ? kept.length : partner[next]!;
    let mine = "";
    for (let k = w + 1; k < next; k++) mine += letters(words[k]!);
    // The twin's lines that lie wholly between the shared words are lines of their own; what
    // counts is on the lines of the shared words themselves.
    let theirs = "";
    for (let k = a + 1; k < b; k++) if ((a !== -1 && line[k] === line[a]) || (b !== kept.length && line[k] === line[b])) theirs += letters(kept[k]!);
    if (mine === theirs) continue;
    // At the start, the shorter copy's words must end the longer's; at the end, start them.
    if (w === -1 && (mine.endsWith(theirs) || theirs.endsWith(mine))) continue;
    if (next === words.length && (mine.startsWith(theirs) || theirs.startsWith(mine))) continue;
    // Words the text alone has, where the twin breaks its lines: a line the twin lacks.
    if (theirs === "" && line[a] !== line[b]) continue;
    return true;
  }
  return false;
}

/** The word ends a sentence: ".", "!" or "?", perhaps before a closing quote or bracket. */
function endsSentence(word: string): boolean {
  return /[.!?][”’"')\]]*$/.test(word);
}

/** The letters and digits of a word, in lower case. */
function lettersOf(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}\p{N}]/gu, "");
}

/** Whether text[from, to) holds a line feed; gaps between words are short, and most are one space. */
function hasLineBreak(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}

/** Index of the last word ending at or before `offset`, or -1. */
function lastWordBefore(words: readonly Piece[], offset: number): number {
  let lo = 0;
  let hi = words.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (words[mid]!.end <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}
