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
const QUOTE = /["'“”‘’„‚«»‹›]/u;
// What may stand right before an opening quote, and right after a closing one.
const BEFORE_OPENING = /[([{<\-\u2010-\u2015/¿¡"'“”‘’„‚«‹*_]/u;
const AFTER_CLOSING = /[.,;:!?…)\]}>\-\u2010-\u2015/"'“”‘’»›*_]/u;
const SENTENCE_END = /[.,!?…]/u;
// What cannot start a quotation, so a mark right before it cannot open one.
const ENDS_QUOTATION = /[)\]}.,;:!?…]/u;
const MARKS = /["'“”‘’„‚]/gu;
const LETTERS = /[\p{L}\p{M}]+/uy;
const LETTER = /[\p{L}\p{M}]/u;
// A year cut to two digits: "’90s", "’04".
const DECADE = /\p{N}{2}(?!\p{N})/uy;

const isSpace = (c: string) => c === "" || /\s/u.test(c);

/** Whether a sticky pattern matches at position i. */
function matchesAt(pattern: RegExp, line: string, i: number): string | null {
  pattern.lastIndex = i;
  return pattern.exec(line)?.[0] ?? null;
}

/** The letters right before position i ("countries" in "countries'"). */
function wordBefore(line: string, i: number): string {
  let start = i;
  while (start > 0 && LETTER.test(line[start - 1]!)) start--;
  return line.slice(start, i);
}

/**
 * Where a mark sits against its neighbours. A mark can open when text follows it and space or
 * opening punctuation precedes it; it can close in the mirror case. "inner" is between two
 * letters ("don't"); "isolated" has space before it and space or closing punctuation after it
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

function placeOf(line: string, i: number, end: number): Place {
  const before = line[i - 1] ?? "";
  const after = line[i + 1] ?? "";
  const spaceBefore = isSpace(before);
  const spaceAfter = isSpace(after) || ENDS_QUOTATION.test(after);
  return {
    canOpen: !spaceAfter && (spaceBefore || BEFORE_OPENING.test(before)),
    canClose: !spaceBefore && (spaceAfter || AFTER_CLOSING.test(after)),
    inner: WORD.test(before) && WORD.test(after),
    isolated: spaceBefore && spaceAfter,
    last: i + 1 >= end,
  };
}

/** The space in "region. ”" (one space after sentence punctuation that ends a word), if any. */
function straySpaceBefore(line: string, i: number): number | undefined {
  if (line[i - 1] !== " " || !SENTENCE_END.test(line[i - 2] ?? "") || isSpace(line[i - 3] ?? "")) return undefined;
  return i - 1;
}

/** A straight mark after a number that is not closing an open quotation: 5'7", 12", 6' tall. */
function isPrime(line: string, i: number, quotationOpen: boolean): boolean {
  const before = line[i - 1] ?? "";
  const after = line[i + 1] ?? "";
  if (!DIGIT.test(before)) return false;
  if (line[i] === '"') return QUOTE.test(after) || !quotationOpen;
  if (line[i] !== "'") return false;
  return DIGIT.test(after) || after === "'" || after === "×" || (!quotationOpen && !WORD.test(after));
}

/**
 * The quote marks of one paragraph (a line), each with its role. Quotes do not carry over from
 * one paragraph to the next: news style opens every paragraph of a long quotation again and
 * closes only the last. Marks left out are left alone: primes in measures (5'7", 12"), and
 * the closing marks of German „…“ and ‚…‘ quotations.
 */
export function rolesInParagraph(line: string, offset: number): Mark[] {
  const marks: Mark[] = [];
  let openDouble: Mark | null = null;
  let germanDouble = false;
  let germanSingle = false;
  let primeAt = -1;
  const end = line.trimEnd().length;
  const lastDouble = Math.max(line.lastIndexOf('"'), line.lastIndexOf("“"), line.lastIndexOf("”"));
  const openSingles: Mark[] = [];
  // Leading apostrophes ("’cause") that a later closing quote may need as its opener.
  let elisions: Mark[] = [];
  const close = (mark: Mark, i: number, place: Place) => {
    mark.role = "close";
    if (place.isolated) mark.straySpace = offsetOf(straySpaceBefore(line, i), offset);
  };
  const closeSingle = (mark: Mark, i: number, place: Place) => {
    const opener = openSingles.pop();
    if (opener) {
      elisions = [];
      return close(mark, i, place);
    }
    const word = wordBefore(line, i);
    // A plural possessive ("countries'") or a dropped g ("goin'") needs no opener; a lone "s" does ("the ‘s’ word").
    const endsElided = /.s$/i.test(word) || /in$/i.test(word) || BOTH_SIDES.has(word.toLowerCase());
    if (!endsElided && elisions.length > 0) {
      elisions[0]!.role = "open";
      elisions = [];
      return close(mark, i, place);
    }
    mark.role = "apostrophe";
  };

  for (const m of line.matchAll(MARKS)) {
    const i = m.index;
    const char = m[0];
    if (char === "„") germanDouble = true;
    if (char === "‚") germanSingle = true;
    if (char === "„" || char === "‚" || i === primeAt) continue;
    const place = placeOf(line, i, end);
    const double = char === '"' || char === "“" || char === "”";
    if (double ? germanDouble : germanSingle && !place.inner) {
      if (double) germanDouble = false;
      else germanSingle = false;
      continue;
    }
    if (isPrime(line, i, double ? openDouble !== null : openSingles.length > 0)) {
      if (line[i + 1] === "'") primeAt = i + 1;
      continue;
    }
    const mark: Mark = { index: offset + i, char, double, role: "apostrophe" };
    marks.push(mark);

    if (double) {
      if (opensDouble(place, char, openDouble !== null, i < lastDouble)) {
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
      if (matchesAt(DECADE, line, i + 1)) continue;
      if (ELISIONS.has((matchesAt(LETTERS, line, i + 1) ?? "").toLowerCase()) || char === "’") elisions.push(mark);
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
  if (place.isolated) return !inside && !place.last;
  // Punctuation on both sides: the author's curly mark, or whether a single quote is open.
  return char === "'" ? !inside : char === "‘";
}

function opensDouble(place: Place, char: string, inside: boolean, moreFollow: boolean): boolean {
  if (place.canOpen !== place.canClose) return place.canOpen;
  if (place.isolated) {
    // Alone between spaces: it closes an open quotation; otherwise the author's curly mark
    // says, and a straight one opens only if another mark follows to close it.
    if (inside || place.last) return false;
    return char === '"' ? moreFollow : char === "“";
  }
  // Touching text on both sides ("word"word"): the author's curly mark, or whether a quotation is open.
  return char === '"' ? !inside : char === "“";
}

function offsetOf(i: number | undefined, offset: number): number | undefined {
  return i === undefined ? undefined : offset + i;
}
