/** Words as the restorer compares them: whitespace-delimited pieces with their offsets. */

export interface Piece {
  text: string;
  start: number;
  end: number;
}

/**
 * The pieces starting in [from, to), a piece that runs past `to` cut there; scanned by code
 * unit, with no match object per word. A full stop or comma one space after a word
 * ("Ljungberg .") stays with the word: fix-spacing joins them in the damaged copy before it is
 * aligned with its twin, which keeps the space.
 */
export function piecesOf(text: string, from = 0, to = text.length): Piece[] {
  const pieces: Piece[] = [];
  for (let start = from; ; ) {
    while (start < to && isSpaceUnit(text.charCodeAt(start))) start++;
    if (start >= to) break;
    let end = start + 1;
    while (end < text.length && !isSpaceUnit(text.charCodeAt(end))) end++;
    const cut = Math.min(end, to);
    const last = pieces[pieces.length - 1];
    // The pattern asks for a full stop or comma first: most pieces are not even sliced for it.
    const stop = text.charCodeAt(start) === FULL_STOP || text.charCodeAt(start) === COMMA;
    if (stop && last && last.end === start - 1 && text.charCodeAt(last.end) === SPACE && DETACHED_STOP.test(text.slice(start, cut))) {
      last.text = text.slice(last.start, cut);
      last.end = cut;
    } else pieces.push({ text: text.slice(start, cut), start, end: cut });
    start = end;
  }
  return pieces;
}

const SPACE = 0x20;
const FULL_STOP = 0x2e;
const COMMA = 0x2c;
// A full stop or comma with nothing after it but closing marks.
const DETACHED_STOP = /^[.,]["'”’)\]]*$/;

/** How two copies of one article are compared: case, quote style and Unicode forms set aside. */
export function alignmentKey(piece: string): string {
  // A word and the full stop one space after it (piecesOf) compare as the word and its stop.
  if (piece.includes(" ")) return alignmentKey(piece.replace(" ", ""));
  // On ASCII only the case can differ: the characters below, NFKC and the curly quotes are not ASCII.
  if (isAscii(piece)) return piece.toLowerCase();
  // Invisible characters (soft hyphens, zero-width spaces) are what an earlier rule may remove.
  return piece.replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, "").normalize("NFKC").toLowerCase().replace(/[“”„]/g, '"').replace(/[‘’‚]/g, "'");
}

/** A neighbouring word as a context: letters and digits only, lower case, a plural folded. */
export function contextWord(word: string): string {
  const bare = isAscii(word)
    ? asciiContextWord(word)
    : word.normalize("NFKC").toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "").replace(/['’]s$/u, "");
  return bare.length > 3 && bare.endsWith("s") && !bare.endsWith("ss") ? bare.slice(0, -1) : bare;
}

/**
 * The same on ASCII, where NFKC changes nothing and only A-Z, a-z and 0-9 are letters or digits:
 * the edges and the possessive found by scanning code units, without the patterns that cost
 * most of this function (the words around every hyphenated token and every blank come here).
 */
function asciiContextWord(word: string): string {
  let start = 0;
  let end = word.length;
  while (start < end && !isAsciiLetterOrDigit(word.charCodeAt(start))) start++;
  while (end > start && !isAsciiLetterOrDigit(word.charCodeAt(end - 1))) end--;
  // "Kim's": what is left starts with a letter or digit, so its apostrophe is never the first.
  if (end - start >= 3 && word.charCodeAt(end - 2) === APOSTROPHE && (word.charCodeAt(end - 1) | 0x20) === LOWER_S) end -= 2;
  return word.slice(start, end).toLowerCase();
}

export const APOSTROPHE = 0x27;
export const LOWER_S = 0x73;

export function isAsciiLetterOrDigit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
}

/**
 * True if every character of `word` is ASCII, where Unicode classes and forms reduce to plain
 * ones. A loop, not a pattern: on a word of a few letters, entering the pattern costs more.
 */
export function isAscii(word: string): boolean {
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) > 0x7f) return false;
  return true;
}

const WINDOW = 300;

/**
 * Up to `n` whitespace-delimited words ending before `offset`, nearest last, within `window`
 * characters (a word the window cuts counts as its part inside). Scanned outward from the
 * offset: only the words asked for are made.
 */
export function wordsBefore(text: string, offset: number, n: number, window = WINDOW): string[] {
  const words: string[] = [];
  const from = Math.max(0, offset - window);
  for (let end = Math.min(offset, text.length); words.length < n; ) {
    while (end > from && isSpaceUnit(text.charCodeAt(end - 1))) end--;
    if (end === from) break;
    let start = end - 1;
    while (start > from && !isSpaceUnit(text.charCodeAt(start - 1))) start--;
    words.push(text.slice(start, end));
    end = start;
  }
  return words.reverse();
}

/** Up to `n` whitespace-delimited words starting at or after `offset`, nearest first, within `window` characters. */
export function wordsAfter(text: string, offset: number, n: number, window = WINDOW): string[] {
  const words: string[] = [];
  const to = Math.min(text.length, offset + window);
  for (let start = offset; words.length < n; ) {
    while (start < to && isSpaceUnit(text.charCodeAt(start))) start++;
    if (start >= to) break;
    let end = start + 1;
    while (end < to && !isSpaceUnit(text.charCodeAt(end))) end++;
    words.push(text.slice(start, end));
    start = end;
  }
  return words;
}

/** A code unit of white space as `\s` has it (tab to carriage return, the Unicode spaces, line separators, BOM). */
export function isSpaceUnit(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** The nearest of `words` to a blank on that side (before: nearest last) that has letters or digits, as a context word. */
export function nearestContextWord(words: readonly string[], side: "before" | "after"): string {
  for (let k = 0; k < words.length; k++) {
    const word = contextWord(words[side === "before" ? words.length - 1 - k : k]!);
    if (word) return word;
  }
  return "";
}
