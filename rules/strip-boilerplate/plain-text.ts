/**
 * V8 runs a case-insensitive regular expression about three times faster without the u flag.
 * On plain text (ASCII, punctuation, spaces and symbols that have no case, all in the Basic
 * Multilingual Plane) the two flags agree for any pattern that uses no syntax of its own under
 * u: no character of such text has a case partner other than its ASCII one, and no non-ASCII
 * letter folds onto ASCII except "ſ" and "K" (U+017F, U+212A), which the pattern must not hold
 * (`samePlain` rules out non-ASCII ranges and escapes that could). So each pattern is also
 * compiled without u, and that copy runs on plain lines (test/strip-boilerplate.plain-text.test.ts checks
 * the premise over the whole BMP).
 */
import { classOf, PLAIN } from "./chars.js";

const NON_ASCII = /[^\x00-\x7f]/g;

/** Plain text, as defined by the PLAIN class of chars.ts; most lines are ASCII and skip fast. */
export function isPlain(text: string): boolean {
  NON_ASCII.lastIndex = 0;
  for (let m = NON_ASCII.exec(text); m !== null; m = NON_ASCII.exec(text)) {
    // A surrogate is not plain: astral characters are counted differently without u.
    if ((classOf(text.charCodeAt(m.index)) & PLAIN) === 0) return false;
  }
  return true;
}

// Escapes that mean something else without u or could name a character in a range, ranges with
// a non-ASCII end (a hyphen first or last in a class is a hyphen), and the two letters themselves.
const UNICODE_SYNTAX = /\\[pPux]|\\c|[^\x00-\x7f]-(?!\])|(?<![[\\])-[^\x00-\x7f]|[\u017f\u212a]/;

/** The pattern without the u flag, if it matches plain text exactly as with it; otherwise null. */
export function samePlain(regex: RegExp): RegExp | null {
  if (!regex.unicode || UNICODE_SYNTAX.test(regex.source)) return null;
  try {
    return new RegExp(regex.source, regex.flags.replace("u", ""));
  } catch {
    return null;
  }
}

/** A test by the regular expression that runs its copy without u on plain text. */
export function plainWherePossible(regex: RegExp): (text: string) => boolean {
  const plain = samePlain(regex);
  return plain === null ? (text) => regex.test(text) : (text) => (isPlain(text) ? plain : regex).test(text);
}
