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
 */
export function normaliseLine(line: string): string {
  // NFKC only where there is something beyond ASCII to fold: most lines have not.
  return (/[^\x00-\x7f]/.test(line) ? line.normalize("NFKC") : line)
    .toLowerCase()
    .replace(/\p{N}+/gu, "0")
    .replace(/\s+/gu, " ")
    .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, "");
}

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
