import { classOf, EDGE, NUMBER, SPACE } from "./chars.js";

/** One line of a document: its content span, without the line break. */
export interface Line {
  index: number;
  start: number;
  end: number;
  text: string;
  blank: boolean;
}

export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (let index = 0; start <= text.length; index++) {
    const nl = text.indexOf("\n", start);
    const end = nl === -1 ? text.length : nl;
    const content = text.slice(start, end);
    // A final line break ends the last line; it does not open an empty one.
    if (nl === -1 && start === text.length && index > 0) break;
    lines.push({ index, start, end, text: content, blank: content.trim() === "" });
    start = end + 1;
  }
  return lines;
}

/**
 * The form under which a line is recognised in other documents: case, digits ("5 comments",
 * "12 comments"), spacing and the bullets or arrows around it do not make it another line.
 * That is: NFKC, lower case, trimmed of white space, punctuation and symbols at both ends, and
 * each run of digits made "0" and of white space one space.
 */
export function normaliseLine(line: string): string {
  // NFKC only where there is something beyond ASCII to fold: most lines have not.
  const folded = (NON_ASCII.test(line) ? line.normalize("NFKC") : line).toLowerCase();
  let start = -1;
  let end = 0;
  for (let i = 0; i < folded.length; ) {
    const cp = folded.codePointAt(i)!;
    const size = cp > 0xffff ? 2 : 1;
    if ((classOf(cp) & EDGE) === 0) {
      if (start === -1) start = i;
      end = i + size;
    }
    i += size;
  }
  if (start === -1) return "";
  let out = "";
  let copied = start;
  for (let i = start; i < end; ) {
    const run = classOf(folded.codePointAt(i)!) & (NUMBER | SPACE);
    if (run === 0) {
      i += folded.codePointAt(i)! > 0xffff ? 2 : 1;
      continue;
    }
    let j = i;
    while (j < end && (classOf(folded.codePointAt(j)!) & run) !== 0) j += folded.codePointAt(j)! > 0xffff ? 2 : 1;
    const replacement = run === NUMBER ? "0" : " ";
    // Most runs are one space, or one zero, already: nothing to rewrite.
    if (j - i !== 1 || folded[i] !== replacement) {
      out += folded.slice(copied, i) + replacement;
      copied = j;
    }
    i = j;
  }
  return out + folded.slice(copied, end);
}

const NON_ASCII = /[^\x00-\x7f]/;

/** A 52-bit FNV-1a style hash: small to keep, collisions negligible at corpus scale. */
export function lineHash(normalised: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < normalised.length; i++) {
    const c = normalised.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c, 0x5bd1e995) >>> 0;
  }
  return (h1 & 0xfffff) * 0x100000000 + h2;
}
