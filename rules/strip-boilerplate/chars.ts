/**
 * The character classes that words and normalised lines are made of, looked up per code point
 * instead of matched with Unicode regular expressions: every line of every document is scanned
 * several times, and a table lookup is many times cheaper than a `\p{...}` match. Each class is
 * defined by its regular expression, so that the table cannot drift from it.
 */

const CLASSES = [
  // A word starts with a letter or digit...
  /[\p{L}\p{N}]/u,
  // ...and runs on over letters, digits, marks, apostrophes, full stops and hyphens.
  /[\p{L}\p{N}\p{M}'’.-]/u,
  // Scripts written without spaces: two characters count as a word.
  /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/u,
  // What a capitalised word (or a figure) starts with.
  /[\p{Lu}\p{N}]/u,
  /\p{N}/u,
  /\s/u,
  // What a normalised line is trimmed of.
  /[\s\p{P}\p{S}]/u,
  // Characters without case (see plain-text.ts).
  /[\x00-\x7f\p{P}\p{Zs}\p{Sc}\p{Sm}\p{Sk}]/u,
] as const;

export const WORD_START = 1 << 0;
export const WORD_PART = 1 << 1;
export const UNSPACED = 1 << 2;
export const CAPITAL = 1 << 3;
export const NUMBER = 1 << 4;
export const SPACE = 1 << 5;
export const EDGE = 1 << 6;
export const PLAIN = 1 << 7;
const KNOWN = 1 << 8;

function classify(codePoint: number): number {
  const c = String.fromCodePoint(codePoint);
  return CLASSES.reduce((bits, re, i) => (re.test(c) ? bits | (1 << i) : bits), KNOWN);
}

// Filled on first sight of each character: a run reads few distinct ones.
const BMP = new Uint16Array(0x10000);
const ASTRAL = new Map<number, number>();

/** The classes of a code point, as bits. */
export function classOf(codePoint: number): number {
  if (codePoint < 0x10000) {
    const known = BMP[codePoint]!;
    if (known !== 0) return known;
    return (BMP[codePoint] = classify(codePoint));
  }
  let bits = ASTRAL.get(codePoint);
  if (bits === undefined) ASTRAL.set(codePoint, (bits = classify(codePoint)));
  return bits;
}

/** The classes of each ASCII character, filled at load: a scan reads them without a call. */
export const ASCII_CLASSES = Uint16Array.from({ length: 0x80 }, (_, c) => classOf(c));

/**
 * Calls `visit` with the start and end of each word of the line, in order, until it returns
 * false. A word is a letter or digit and the word characters that follow it.
 */
export function eachWord(line: string, visit: (start: number, end: number) => boolean | void): void {
  let start = -1;
  for (let i = 0; i < line.length; ) {
    const cp = line.codePointAt(i)!;
    const bits = classOf(cp);
    if (start !== -1 && (bits & WORD_PART) === 0) {
      if (visit(start, i) === false) return;
      start = -1;
    } else if (start === -1 && (bits & WORD_START) !== 0) start = i;
    i += cp > 0xffff ? 2 : 1;
  }
  if (start !== -1) visit(start, line.length);
}
