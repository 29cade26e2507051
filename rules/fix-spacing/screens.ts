/**
 * Cheap tests that say whether a pattern of fix-spacing can match a text at all, each exactly
 * as its pattern would (test/fix-spacing.screens.test.ts): most texts have none of the rare
 * characters and no split abbreviation, and a class of characters tried at every character of
 * every text costs more than the native search for each.
 */

/** Whether the text holds any of `chars` (code units of the BMP): `/[chars]/.test(text)`. */
export function holdsAny(text: string, chars: string): boolean {
  for (const c of chars) if (text.includes(c)) return true;
  return false;
}

/**
 * `/\. \p{L}{1,2}\./u.test(text)`, what every split abbreviation ("U. S.") holds, looked for
 * after each ". " only.
 */
export function holdsSplitAbbreviationPart(text: string): boolean {
  for (let at = text.indexOf(". "); at !== -1; at = text.indexOf(". ", at + 1)) {
    let p = at + 2;
    for (let letters = 0; letters < 2; letters++) {
      const size = letterSizeAt(text, p);
      if (size === 0) break;
      p += size;
      if (text.charCodeAt(p) === FULL_STOP) return true;
    }
  }
  return false;
}

const FULL_STOP = 0x2e;
const LETTER = /^\p{L}$/u;

/** The code units of the letter (a code point) at `p`, or 0 where there is none. */
function letterSizeAt(text: string, p: number): number {
  if (p >= text.length) return 0;
  const c = text.charCodeAt(p);
  if (c < 0x80) return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 1 : 0;
  const cp = text.codePointAt(p)!;
  const letter = String.fromCodePoint(cp);
  return LETTER.test(letter) ? letter.length : 0;
}
