/**
 * The damage this rule undoes, exactly as the SPEC states it: every whitespace-delimited token
 * holding a hyphen between two letters or digits was deleted with the punctuation stuck to it
 * (opening and closing quotes survive), leaving a space (two where a quote mark touches it);
 * paragraphs were joined with a space; "U.S." became "U. S." and ".”" became ". ”".
 *
 * The rule uses the pattern twice: a document holding any such token was never damaged (the
 * scraper removed every one), and a fill that does not match it cannot be the lost token.
 */
import { isSpaceUnit } from "./words.js";

const LOST_TOKEN = String.raw`[^\s“”"‘(\[]*[A-Za-z0-9]-[A-Za-z0-9][^\s“”"’)\]]*`;

export function lostTokenPattern(): RegExp {
  return new RegExp(LOST_TOKEN, "g");
}

const WHOLE_LOST_TOKEN = new RegExp(`^${LOST_TOKEN}$`);

/** True if `token` is one the damage would have deleted whole. */
export function isLostTokenShape(token: string): boolean {
  return WHOLE_LOST_TOKEN.test(token);
}

/** A token the damage deletes, where it stands in a text. */
export interface TokenAt {
  index: number;
  token: string;
}

/**
 * Every token of `text` the damage deletes, as `text.matchAll(lostTokenPattern())` finds them,
 * but fast: the pattern never crosses white space, so it runs only on the few words that hold
 * a hyphen.
 */
export function lostTokensIn(text: string): TokenAt[] {
  const found: TokenAt[] = [];
  for (let hyphen = text.indexOf("-"); hyphen !== -1; ) {
    let start = hyphen;
    while (start > 0 && !isSpaceUnit(text.charCodeAt(start - 1))) start--;
    let end = hyphen + 1;
    while (end < text.length && !isSpaceUnit(text.charCodeAt(end))) end++;
    const word = text.slice(start, end);
    LOST_TOKEN_IN_WORD.lastIndex = 0;
    for (let m = LOST_TOKEN_IN_WORD.exec(word); m; m = LOST_TOKEN_IN_WORD.exec(word)) found.push({ index: start + m.index, token: m[0] });
    hyphen = text.indexOf("-", end);
  }
  return found;
}

/** The pattern, run on one word at a time (from lastIndex 0): one object for every word of every text. */
const LOST_TOKEN_IN_WORD = lostTokenPattern();

/** True if the text still holds a token the damage deletes: then it was never damaged. */
export function holdsLostTokenShape(text: string): boolean {
  for (let hyphen = text.indexOf("-"); hyphen !== -1; hyphen = text.indexOf("-", hyphen + 1)) {
    if (/[A-Za-z0-9]/.test(text[hyphen - 1] ?? "") && /[A-Za-z0-9]/.test(text[hyphen + 1] ?? "")) return true;
  }
  return false;
}

/** One deleted token: where its replacement spaces are in the damaged text, and what it was. */
export interface LostToken {
  at: number;
  width: number;
  token: string;
}

export interface Damaged {
  text: string;
  lost: LostToken[];
}

const QUOTE_MARKS = new Set(["“", "”", '"', "‘", "’"]);

/** Damages a clean text as the scraper did, remembering what was lost (for benchmarks and tests). */
export function simulateDamage(clean: string): Damaged {
  let lost: LostToken[] = [];
  let text = clean.replace(lostTokenPattern(), (token: string, offset: number) => {
    const touchesQuote = QUOTE_MARKS.has(clean[offset - 1] ?? "") || QUOTE_MARKS.has(clean[offset + token.length] ?? "");
    lost.push({ at: offset, width: touchesQuote ? 2 : 1, token });
    return touchesQuote ? "  " : " ";
  });
  // Offsets above are in the clean text; shift each by what the earlier replacements changed.
  let shift = 0;
  lost = lost.map((l) => {
    const at = l.at + shift;
    shift += l.width - l.token.length;
    return { ...l, at };
  });
  for (const [pattern, replace] of [
    [/\n+/g, () => " "],
    [/\b([A-Z])\.(?=[A-Z]\.)/g, (_: string, letter: string) => `${letter}. `],
    [/\.”/g, () => ". ”"],
  ] as const) {
    ({ text, lost } = replaceTracked(text, lost, pattern, replace as (m: string, ...groups: string[]) => string));
  }
  return { text, lost };
}

function replaceTracked(
  text: string,
  lost: LostToken[],
  pattern: RegExp,
  replace: (m: string, ...groups: string[]) => string,
): Damaged {
  const parts: string[] = [];
  const edits: { at: number; delta: number }[] = [];
  let cursor = 0;
  for (const m of text.matchAll(pattern)) {
    const replacement = replace(m[0], ...m.slice(1).map((g) => g ?? ""));
    parts.push(text.slice(cursor, m.index), replacement);
    edits.push({ at: m.index + m[0].length, delta: replacement.length - m[0].length });
    cursor = m.index + m[0].length;
  }
  parts.push(text.slice(cursor));
  const moved = lost.map((l) => ({ ...l, at: l.at + edits.filter((e) => e.at <= l.at).reduce((s, e) => s + e.delta, 0) }));
  return { text: parts.join(""), lost: moved };
}
