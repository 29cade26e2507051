import { BOTH_SIDES_ELISIONS, LEADING_ELISIONS } from "../data/elisions.js";

/** What a quote mark does in its sentence; the style then decides which character shows it. */
export type Role = "open" | "close" | "apostrophe";

export interface Mark {
  /** Offset in the document. */
  index: number;
  /** The character as found. */
  char: string;
  double: boolean;
  role: Role;
  /** Offset of a space between sentence punctuation and this closing mark ("region. ”"). */
  straySpace?: number;
}

const ELISIONS = new Set(LEADING_ELISIONS);
const BOTH_SIDES = new Set(BOTH_SIDES_ELISIONS);

const WORD = /[\p{L}\p{N}\p{M}]/u;
const DIGIT = /\p{N}/u;
const VOWEL = /[aeiouāēīōūAEIOUĀĒĪŌŪ]/u;
const QUOTE = /["'“”‘’„‚«»‹›]/u;
// What may stand right before an opening quote, and right after a closing one.
// Other scripts' commas, stops and question marks follow a quotation as ours do: Arabic ، ؛ ؟,
// Urdu ۔, Devanagari and Bengali । ॥, Armenian ։ ՝ ՞, Greek · (ano teleia), Ethiopic ። ፣ ፤ ፧,
// and the full-width 。，、；：！？ of Chinese and Japanese.
const OTHER_SCRIPTS_PUNCTUATION = "،؛؟۔।॥։՝՞\u0387·።፣፤፧。，、；：！？";
const BEFORE_OPENING = /[([{<\-\u2010-\u2015/¿¡"'“”‘’„‚«‹*_]/u;
const AFTER_CLOSING = new RegExp(`[.,;:!?…)\\]}>\\-\\u2010-\\u2015/"'“”‘’»›*_${OTHER_SCRIPTS_PUNCTUATION}]`, "u");
const SENTENCE_END = /[.,!?…]/u;
// What cannot start a quotation, so a mark right before it cannot open one.
const ENDS_QUOTATION = new RegExp(`[)\\]}.,;:!?…${OTHER_SCRIPTS_PUNCTUATION}]`, "u");
const MARKS = /["'“”‘’„‚]/gu;
const LETTERS = /[\p{L}\p{M}]+/uy;
const LETTER = /[\p{L}\p{M}]/u;
// A year cut to two digits: "’90s", "’04".
const DECADE = /\p{N}{2}(?!\p{N})/uy;

// The double mark that two single ones in a row stand for.
const AS_DOUBLE: Readonly<Record<string, string>> = { "‘": "“", "’": "”" };

const isSpace = (c: string) => c === "" || /\s/u.test(c);

/** One paragraph of a document: text[start, end), with nothing (not even a line break) around it. */
class Paragraph {
  constructor(
    readonly text: string,
    readonly start: number,
    readonly end: number,
  ) {}

  at(i: number): string {
    return i >= this.start && i < this.end ? this.text[i]! : "";
  }

  /** What a sticky pattern matches at position i, within the paragraph. */
  matchAt(pattern: RegExp, i: number): string | null {
    pattern.lastIndex = i;
    const m = pattern.exec(this.text)?.[0] ?? null;
    return m === null ? null : m.slice(0, Math.max(0, this.end - i));
  }

  /** How many double quote marks follow position i in the paragraph. */
  doublesAfter(i: number): number {
    return this.text.slice(i + 1, this.end).match(/["“”]/gu)?.length ?? 0;
  }

  /** How many double quote marks precede position i in the paragraph. */
  doublesBefore(i: number): number {
    return this.text.slice(this.start, i).match(/["“”]/gu)?.length ?? 0;
  }

  /** The letters right before position i ("countries" in "countries'"). */
  wordBefore(i: number): string {
    let from = i;
    while (from > this.start && LETTER.test(this.text[from - 1]!)) from--;
    return this.text.slice(from, i);
  }
}

/**
 * Where a mark sits against its neighbours. A mark can open when text follows it and space or
 * opening punctuation precedes it; it can close in the mirror case. "inner" is between two
 * letters ("don't") or ends an abbreviation's possessive ("U.S.'s"); "isolated" has space before it and space or closing punctuation after it
 * (an empty pair "“  ”", or "region. ”)"), and
 * "last" has nothing but space after it in its paragraph, where nothing can be opened.
 */
interface Place {
  canOpen: boolean;
  canClose: boolean;
  inner: boolean;
  isolated: boolean;
  last: boolean;
}

/**
 * Whether the mark at position i is the apostrophe of an abbreviation's possessive: "the
 * U.S.'s role", "Apple Inc.'s shares", "a Ph.D.'s worth". After a full stop it could open a
 * quotation as far as its neighbours tell, and the marks would alternate; a quotation does not
 * open on a lone "s" glued to the stop.
 */
function possessiveOfAbbreviation(p: Paragraph, i: number): boolean {
  return p.at(i - 1) === "." && LETTER.test(p.at(i - 2)) && p.at(i + 1) === "s" && !WORD.test(p.at(i + 2));
}

/** Where the mark (or `width` marks in a row) at position i sits. */
function placeOf(p: Paragraph, i: number, end: number, width = 1): Place {
  const before = p.at(i - 1);
  const after = p.at(i + width);
  const spaceBefore = isSpace(before);
  const spaceAfter = isSpace(after) || ENDS_QUOTATION.test(after);
  return {
    canOpen: !spaceAfter && (spaceBefore || BEFORE_OPENING.test(before)),
    canClose: !spaceBefore && (spaceAfter || AFTER_CLOSING.test(after)),
    inner: (WORD.test(before) && WORD.test(after)) || (width === 1 && possessiveOfAbbreviation(p, i)),
    isolated: spaceBefore && spaceAfter,
    last: i + width >= end,
  };
}

/** The space in "region. ”" (one space after sentence punctuation that ends a word), if any. */
function straySpaceBefore(p: Paragraph, i: number): number | undefined {
  if (p.at(i - 1) !== " " || !SENTENCE_END.test(p.at(i - 2)) || isSpace(p.at(i - 3))) return undefined;
  return i - 1;
}

/** A straight mark after a number that is not closing an open quotation: 5'7", 12", 6' tall; or a derivative's. */
function isPrime(p: Paragraph, i: number, quotationOpen: boolean, end: number): boolean {
  const before = p.at(i - 1);
  const after = p.at(i + 1);
  if (isDerivative(p, i)) return true;
  if (!DIGIT.test(before)) return false;
  if (p.at(i) === '"') return QUOTE.test(after) || !quotationOpen || afterFeet(p, i) || closedLater(p, i, end);
  if (p.at(i) !== "'") return false;
  return DIGIT.test(after) || after === "'" || after === "×" || (!quotationOpen && !WORD.test(after));
}

/**
 * The primes of a function's derivative, "f'(x)", "f''(t)": a letter alone, one or two straight
 * marks, an opening bracket. No quotation opens inside a word before a bracket.
 */
function isDerivative(p: Paragraph, i: number): boolean {
  if (p.at(i) !== "'" || !LETTER.test(p.at(i - 1)) || WORD.test(p.at(i - 2))) return false;
  return p.at(p.at(i + 1) === "'" ? i + 2 : i + 1) === "(";
}

/**
 * Whether the next double mark after position i can only close a quotation: then the quotation
 * open at i is still open there, and the straight mark after a number at i is an inch mark
 * ("“I ordered a 12" pizza,” he said"), not its end ("“born in 2013" and “raised…").
 */
function closedLater(p: Paragraph, i: number, end: number): boolean {
  for (let j = i + 1; j < end; j++) {
    const c = p.at(j);
    if (c !== '"' && c !== "“" && c !== "”") continue;
    const place = placeOf(p, j, end);
    return place.canClose && !place.canOpen;
  }
  return false;
}

const HEBREW = /\p{Script=Hebrew}/u;
// Letters that take a geresh to write foreign sounds at a word's end ("ג'ורג'", George).
const GERESH_LETTERS = /[גזצץת]/u;

/**
 * Hebrew writes its gershayim and geresh with the straight marks: "צה"ל", "ארה"ב" (acronyms),
 * "ג'ורג'", "ב'" (a letter as a number). They are letters of the word, not quote marks: left
 * as they are, and out of the count of styles.
 */
function isHebrewGeresh(p: Paragraph, i: number): boolean {
  const char = p.at(i);
  if ((char !== '"' && char !== "'") || !HEBREW.test(p.at(i - 1))) return false;
  if (HEBREW.test(p.at(i + 1))) return true;
  if (char !== "'" || LETTER.test(p.at(i + 1))) return false;
  return GERESH_LETTERS.test(p.at(i - 1)) || !LETTER.test(p.at(i - 2));
}

/**
 * The tear of an emoticon, ":'(", ":')", ";'-(": a straight mark between the eyes and the
 * mouth is the face's, left as written and out of the count of styles.
 */
function inEmoticon(p: Paragraph, i: number): boolean {
  if (p.at(i) !== "'" || !EYES.test(p.at(i - 1))) return false;
  const mouth = p.at(i + 1) === "-" ? p.at(i + 2) : p.at(i + 1);
  return mouth === "(" || mouth === ")";
}

const EYES = /^[:;=]$/;

/** Whether the number before position i follows feet, as the inches of 6'5" or 6' 2". */
function afterFeet(p: Paragraph, i: number): boolean {
  let k = i - 1;
  while (DIGIT.test(p.at(k)) || p.at(k) === ".") k--;
  if (p.at(k) === " ") k--;
  return p.at(k) === "'" && DIGIT.test(p.at(k - 1));
}

/**
 * Inline code between backticks ("run `git commit -m "fix"`"), as [opening, closing] offsets:
 * its marks are the code's own, left as written and out of the count of styles.
 */
function codeSpans(text: string, start: number, stop: number): [number, number][] {
  const spans: [number, number][] = [];
  // Searched within the paragraph only: a search of the text beyond it, once a paragraph, is quadratic in a long file.
  const next = (from: number) => {
    for (let i = from; i < stop; i++) if (text.charCodeAt(i) === 0x60) return i;
    return -1;
  };
  for (let open = next(start); open !== -1; ) {
    const close = next(open + 1);
    if (close === -1) break;
    // A backtick before a word opens the next quotation of prose that writes `so' (BBC), not
    // the end of a code span: it starts the search again.
    if (WORD.test(text[close + 1] ?? "") || isSpace(text[close - 1] ?? "")) {
      open = close;
      continue;
    }
    spans.push([open, close]);
    open = next(close + 1);
  }
  return spans;
}

/**
 * The quote marks of one paragraph (a line), each with its role. Quotes do not carry over from
 * one paragraph to the next: news style opens every paragraph of a long quotation again and
 * closes only the last. Marks left out are left alone: primes in measures (5'7", 12"), and
 * the closing marks of German „…“ and ‚…‘ quotations.
 */
export function rolesInParagraph(text: string, start: number, stop: number): Mark[] {
  const p = new Paragraph(text, start, stop);
  const marks: Mark[] = [];
  let openDouble: Mark | null = null;
  let germanDouble = false;
  let germanSingle = false;
  // The second mark of a pair handled with the first: the inches of 5'', a doubled single mark.
  let pairedAt = -1;
  let end = stop;
  while (end > start && isSpace(text[end - 1]!)) end--;
  const openSingles: Mark[] = [];
  // Leading apostrophes ("’cause") that a later closing quote may need as its opener.
  let elisions: Mark[] = [];
  const close = (mark: Mark, i: number, place: Place) => {
    mark.role = "close";
    if (place.isolated) mark.straySpace = straySpaceBefore(p, i);
  };
  const closeSingle = (mark: Mark, i: number, place: Place) => {
    const opener = openSingles.pop();
    if (opener) {
      elisions = [];
      return close(mark, i, place);
    }
    const word = p.wordBefore(i);
    // A plural possessive ("countries'") or a dropped g ("goin'") needs no opener; a lone "s" does ("the ‘s’ word").
    const endsElided = /.s$/i.test(word) || /in$/i.test(word) || BOTH_SIDES.has(word.toLowerCase());
    if (!endsElided && elisions.length > 0) {
      elisions[0]!.role = "open";
      elisions = [];
      return close(mark, i, place);
    }
    mark.role = "apostrophe";
    // Alone after "U.S. " it becomes "’", which fix-spacing takes for a closing quote with a
    // stray space: the space goes now, so that the output is cleaned once and for all.
    if (place.isolated) mark.straySpace = straySpaceBefore(p, i);
  };

  const code = codeSpans(text, start, stop);
  MARKS.lastIndex = start;
  for (let m = MARKS.exec(text); m && m.index < stop; m = MARKS.exec(text)) {
    const i = m.index;
    const char = m[0];
    if (code.some(([from, to]) => i > from && i < to)) continue;
    if (char === "„") germanDouble = true;
    if (char === "‚") germanSingle = true;
    if (char === "„" || char === "‚" || i === pairedAt) continue;
    const place = placeOf(p, i, end);
    const double = char === '"' || char === "“" || char === "”";
    if (double ? germanDouble : germanSingle && !place.inner) {
      if (double) germanDouble = false;
      else germanSingle = false;
      continue;
    }
    if (isPrime(p, i, double ? openDouble !== null : openSingles.length > 0, end)) {
      if (char === "'" && p.at(i + 1) === "'") pairedAt = i + 1;
      continue;
    }
    // Two curly single marks in a row stand for one double mark ("emails. ’’ Nobody",
    // "‘‘historic’’"): the pair opens or closes a double quotation as one mark would, and stays
    // two single marks. (Straight ones say less: "''Cause" is an opening quote and an elision.)
    if (!double && char !== "'" && p.at(i + 1) === char) {
      const pair = placeOf(p, i, end, 2);
      const opens = opensDouble(pair, AS_DOUBLE[char]!, openDouble !== null, () => pairsUp(p, i));
      const first: Mark = { index: i, char, double: false, role: opens ? "open" : "close" };
      if (!opens && pair.isolated) first.straySpace = straySpaceBefore(p, i);
      marks.push(first, { index: i + 1, char, double: false, role: first.role });
      openDouble = opens ? first : null;
      pairedAt = i + 1;
      continue;
    }
    if (isHebrewGeresh(p, i) || inEmoticon(p, i)) continue;
    // "‘" between two vowels is a letter written with the quote mark: the Hawaiian ʻokina
    // ("Hawai‘i", "O‘ahu") or the Arabic ʿayn ("Ba‘ath"). English puts no apostrophe there but
    // in a few elisions ("ne’er"); left as it is, and out of the count of styles.
    if (char === "‘" && VOWEL.test(p.at(i - 1)) && VOWEL.test(p.at(i + 1))) continue;
    const mark: Mark = { index: i, char, double, role: "apostrophe" };
    marks.push(mark);

    if (double) {
      // Right after an opening double mark no double quotation opens again: the author's "”"
      // there ("“”You must") is a mark doubled by mistake, and keeps its reading.
      const doubledOpener = char === "”" && openDouble !== null && openDouble.index === i - 1;
      if (!doubledOpener && opensDouble(place, char, openDouble !== null, () => pairsUp(p, i))) {
        mark.role = "open";
        openDouble = mark;
      } else {
        close(mark, i, place);
        openDouble = null;
      }
      continue;
    }
    if (place.inner) continue;
    if (place.canOpen && !place.canClose) {
      if (p.matchAt(DECADE, i + 1)) continue;
      if (ELISIONS.has((p.matchAt(LETTERS, i + 1) ?? "").toLowerCase()) || char === "’") elisions.push(mark);
      else {
        mark.role = "open";
        openSingles.push(mark);
      }
      continue;
    }
    if (opensSingle(place, char, openSingles.length > 0)) {
      mark.role = "open";
      openSingles.push(mark);
    } else closeSingle(mark, i, place);
  }
  return marks;
}

function opensSingle(place: Place, char: string, inside: boolean): boolean {
  if (place.canClose && !place.canOpen) return false;
  // Alone between spaces ("the Browns ’ coach"): nothing around it says, so an author's "’" closes.
  if (place.isolated) return !inside && !place.last && char !== "’";
  // Punctuation on both sides: the author's curly mark, or whether a single quote is open.
  return char === "'" ? !inside : char === "‘";
}

/**
 * Whether a straight double mark alone between spaces, with no quotation open, opens one. After
 * sentence punctuation ("fight, " says") it may be a closing quote with a stray space, of a
 * quotation begun in an earlier line: it opens only if an odd number of marks follow, one of
 * them to close it. With none after it, marks before it in its line say it opens: a quotation
 * begun in an earlier line would have been closed by the first of them ("two days," she
 * wrote. " The course went on"). Elsewhere ("didn't " know") it opens if any mark follows.
 */
function pairsUp(p: Paragraph, i: number): boolean {
  const following = p.doublesAfter(i);
  if (straySpaceBefore(p, i) === undefined) return following > 0;
  return following === 0 ? p.doublesBefore(i) > 0 : following % 2 === 1;
}

function opensDouble(place: Place, char: string, inside: boolean, pairs: () => boolean): boolean {
  if (place.canOpen !== place.canClose) return place.canOpen;
  if (place.isolated) {
    // Alone between spaces: it closes an open quotation; otherwise the author's curly mark
    // says, or whether the marks after it pair up with it.
    if (inside || place.last) return false;
    return char === '"' ? pairs() : char === "“";
  }
  // Touching text on both sides ("word"word"): the author's curly mark, or whether a quotation is open.
  return char === '"' ? !inside : char === "“";
}
