/** Words as the restorer compares them: whitespace-delimited pieces with their offsets. */

export interface Piece {
  text: string;
  start: number;
  end: number;
}

export function piecesOf(text: string, from = 0, to = text.length): Piece[] {
  const pieces: Piece[] = [];
  const pattern = /\S+/g;
  pattern.lastIndex = from;
  for (let m = pattern.exec(text); m && m.index < to; m = pattern.exec(text)) {
    const end = Math.min(m.index + m[0].length, to);
    pieces.push({ text: text.slice(m.index, end), start: m.index, end });
  }
  return pieces;
}

/** How two copies of one article are compared: case, quote style and Unicode forms set aside. */
export function alignmentKey(piece: string): string {
  // On ASCII only the case can differ: the characters below, NFKC and the curly quotes are not ASCII.
  if (ASCII.test(piece)) return piece.toLowerCase();
  // Invisible characters (soft hyphens, zero-width spaces) are what an earlier rule may remove.
  return piece.replace(/[\u00AD\u200B-\u200D\u2060\uFEFF]/g, "").normalize("NFKC").toLowerCase().replace(/[“”„]/g, '"').replace(/[‘’‚]/g, "'");
}

/** A neighbouring word as a context: letters and digits only, lower case, a plural folded. */
export function contextWord(word: string): string {
  const bare = ASCII.test(word)
    ? // The same on ASCII, where NFKC changes nothing and only A-Z, a-z and 0-9 are letters or
      // digits, without the Unicode classes that cost most of this function.
      word.toLowerCase().replace(/^[^a-z0-9]+|[^a-z0-9]+$/g, "").replace(/'s$/, "")
    : word.normalize("NFKC").toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "").replace(/['’]s$/u, "");
  return bare.length > 3 && bare.endsWith("s") && !bare.endsWith("ss") ? bare.slice(0, -1) : bare;
}

const ASCII = /^[\x00-\x7f]*$/;

const WINDOW = 300;

/** Up to `n` whitespace-delimited words ending before `offset`, nearest last. */
export function wordsBefore(text: string, offset: number, n: number, window = WINDOW): string[] {
  return text.slice(Math.max(0, offset - window), offset).split(/\s+/).filter(Boolean).slice(-n);
}

/** Up to `n` whitespace-delimited words starting at or after `offset`, nearest first. */
export function wordsAfter(text: string, offset: number, n: number, window = WINDOW): string[] {
  return text.slice(offset, offset + window).split(/\s+/).filter(Boolean).slice(0, n);
}

/** The nearest of `words` (nearest first) that has letters or digits, as a context word. */
export function nearestContextWord(words: readonly string[]): string {
  for (const w of words) {
    const word = contextWord(w);
    if (word) return word;
  }
  return "";
}
