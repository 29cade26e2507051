import type { Doc, Finding, Rule } from "../src/core/types.js";
import { AROUND, makesMojibake } from "./fix-encoding/badness.js";
import { rolesInParagraph, type Mark } from "./quotes/roles.js";

export type QuoteStyle = "curly" | "straight";

export interface FixQuotesOptions {
  /** "auto": each document keeps the style most of its marks already have. */
  style: "auto" | QuoteStyle;
}

const STYLES: readonly FixQuotesOptions["style"][] = ["auto", "curly", "straight"];
const CURLY = new Set(["“", "”", "‘", "’"]);

const ANY_MARK = /["'“”‘’„‚]/g;

/** A mark, and whether it stands in a paragraph written right to left. */
interface PlacedMark extends Mark {
  rightToLeft: boolean;
}

/**
 * Right-to-left writing (Hebrew, Arabic, Persian, Urdu) often opens a quotation with ” and
 * closes it with “ (”זהו תקציב אחראי“): the characters are not mirrored, so this is English's
 * pair as it shows on a right-to-left page, and keyboards and word processors give it. A
 * paragraph is written right to left when most of its letters are.
 */
const RIGHT_TO_LEFT_LETTER = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}]/gu;
const ANY_RIGHT_TO_LEFT_LETTER = new RegExp(RIGHT_TO_LEFT_LETTER.source, "u");
const LETTER = /\p{L}/gu;

function writtenRightToLeft(paragraph: string): boolean {
  const rightToLeft = paragraph.match(RIGHT_TO_LEFT_LETTER)?.length ?? 0;
  return rightToLeft * 2 > (paragraph.match(LETTER)?.length ?? 0);
}

/**
 * The marks of every paragraph (line) that has any. `anyRightToLeft`: whether the document has
 * a right-to-left letter at all (nearly none has, and counting a paragraph's letters builds an
 * array of them); changing its marks does not change that.
 */
function marksOf(text: string, anyRightToLeft: boolean): PlacedMark[] {
  const marks: PlacedMark[] = [];
  ANY_MARK.lastIndex = 0;
  for (let m = ANY_MARK.exec(text); m; m = ANY_MARK.exec(text)) {
    const start = text.lastIndexOf("\n", m.index) + 1;
    const newline = text.indexOf("\n", m.index);
    const end = newline < 0 ? text.length : newline;
    const rightToLeft = anyRightToLeft && writtenRightToLeft(text.slice(start, end));
    // The marks are new objects: each is given its paragraph's direction rather than copied.
    for (const mark of rolesInParagraph(text, start, end)) marks.push(Object.assign(mark, { rightToLeft }));
    ANY_MARK.lastIndex = end;
  }
  return marks;
}

/** The style of most marks, apostrophes included; a tie goes to curly. */
function dominantStyle(marks: readonly PlacedMark[]): QuoteStyle {
  const curly = marks.filter((m) => CURLY.has(m.char)).length;
  return curly * 2 >= marks.length ? "curly" : "straight";
}

/**
 * Swedish and Finnish open a quotation with the closing mark, ”…” and ’…’. A document in their
 * letters whose author opens a quotation with ” or ’ and never writes “ or ‘ is in that style:
 * its marks keep it (an English document's "”Bird flu" is turned, as before).
 */
const NORDIC_LETTERS = /[åäöÅÄÖ]/u;

function opensWithClosingMarks(text: string, marks: readonly Mark[]): boolean {
  // The marks first: nearly no document opens with a closing mark, and the others read the whole text.
  if (!marks.some((m) => m.role === "open" && (m.char === "”" || m.char === "’"))) return false;
  return !text.includes("“") && !text.includes("‘") && NORDIC_LETTERS.test(text);
}

function characterFor(mark: PlacedMark, style: QuoteStyle, closingOpens = false): string {
  if (style === "straight") return mark.double ? '"' : "'";
  // A curly mark on a right-to-left page keeps the direction its author gave it; straight ones there take the style.
  if (mark.rightToLeft && CURLY.has(mark.char)) return mark.char;
  if (mark.double) return mark.role === "open" && !closingOpens ? "“" : "”";
  return mark.role === "open" && !closingOpens ? "‘" : "’";
}

/** What became of one mark of the input, in input offsets. */
interface Outcome {
  index: number;
  role: Mark["role"];
  double: boolean;
  wanted: string;
  straySpace?: number;
}

// Rounds of cleaning the cleaned text again; one more than needed in every case seen.
const MAX_ROUNDS = 3;

/**
 * Gives marks their characters until nothing changes. A mark's new character can change how
 * its neighbours read (a curly mark that said "apostrophe" is gone once straightened), so the
 * result is read again: a second run over the output must change nothing. A mark whose new
 * character would read as mojibake beside its neighbours ('Ã"U' curled is "Ã“U", "ÓU" to
 * fix-encoding on the next run) keeps its own.
 */
function settle(text: string, marks: PlacedMark[], style: QuoteStyle, closingOpens: boolean, anyRightToLeft: boolean): Map<number, Outcome> {
  const outcomes = new Map<number, Outcome>();
  let current = text;
  // Input offsets of the spaces removed so far, ascending: the only change of length.
  let removed: number[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const wanted = (round === 0 ? marks : marksOf(current, anyRightToLeft)).filter((m) => characterFor(m, style, closingOpens) !== m.char || m.straySpace !== undefined);
    const next = new Map(wanted.map((m) => [m.index, characterFor(m, style, closingOpens)]));
    const changes = wanted.filter((m) => !makesMojibakeAmong(current, next, m.index));
    if (changes.length === 0) break;
    const toInput = inputOffsets(removed);
    for (const m of changes) {
      const index = toInput(m.index);
      const straySpace = m.straySpace === undefined ? outcomes.get(index)?.straySpace : toInput(m.straySpace);
      outcomes.set(index, { index, role: m.role, double: m.double, wanted: characterFor(m, style, closingOpens), straySpace });
    }
    const parts: string[] = [];
    let cursor = 0;
    for (const m of changes) {
      parts.push(current.slice(cursor, m.straySpace ?? m.index), characterFor(m, style, closingOpens));
      cursor = m.index + 1;
    }
    parts.push(current.slice(cursor));
    current = parts.join("");
    const newlyRemoved = changes.flatMap((m) => (m.straySpace === undefined ? [] : [toInput(m.straySpace)]));
    removed = [...removed, ...newlyRemoved].sort((x, y) => x - y);
  }
  return outcomes;
}

/** Whether the new character at `index`, beside its neighbours' new ones (`next`), would read as mojibake. */
function makesMojibakeAmong(text: string, next: ReadonlyMap<number, string>, index: number): boolean {
  const from = Math.max(0, index - AROUND);
  let local = "";
  for (let k = from; k <= index + AROUND && k < text.length; k++) local += k === index ? text[k] : (next.get(k) ?? text[k]);
  return makesMojibake(local, index - from, index - from + 1, next.get(index)!);
}

/** Maps an offset of the text with `removed` (ascending input offsets) taken out to the input. */
function inputOffsets(removed: readonly number[]): (i: number) => number {
  // The k-th removed character (0-based) sat where offset removed[k] - k of the shorter text now is.
  return (i) => {
    let low = 0;
    let high = removed.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (removed[mid]! - mid <= i) low = mid + 1;
      else high = mid;
    }
    return i + low;
  };
}

function describe(outcome: Outcome, found: string, style: QuoteStyle): string {
  const what = outcome.role === "apostrophe" ? "apostrophe" : `${outcome.role === "open" ? "opening" : "closing"} ${outcome.double ? "double" : "single"} quote`;
  const changes: string[] = [];
  if (outcome.straySpace !== undefined) changes.push(`removed the space before ${outcome.role === "apostrophe" ? "an" : "a"} ${what}`);
  if (outcome.wanted !== found) {
    const sameStyle = CURLY.has(found) === (style === "curly");
    changes.push(sameStyle ? `turned the ${what} the right way round` : `made the ${what} ${style} like the rest of the document`);
  }
  return changes.join("; ");
}

const fixQuotes: Rule<FixQuotesOptions> = {
  meta: {
    id: "fix-quotes",
    description: "Makes quote marks and apostrophes consistent in the document's own style (curly or straight), each the right way round.",
    fixable: true,
    defaultOptions: { style: "auto" },
    validateOptions: (options) =>
      STYLES.includes(options.style) ? null : `style must be one of ${STYLES.join(", ")} (got ${JSON.stringify(options.style)})`,
  },
  *check(doc: Doc, ctx): Iterable<Finding> {
    const { text } = doc;
    const anyRightToLeft = ANY_RIGHT_TO_LEFT_LETTER.test(text);
    const marks = marksOf(text, anyRightToLeft);
    const style = ctx.options.style === "auto" ? dominantStyle(marks) : ctx.options.style;
    const closingOpens = opensWithClosingMarks(text, marks);
    for (const outcome of [...settle(text, marks, style, closingOpens, anyRightToLeft).values()].sort((a, b) => a.index - b.index)) {
      const found = text[outcome.index]!;
      if (outcome.wanted === found && outcome.straySpace === undefined) continue;
      yield { start: outcome.straySpace ?? outcome.index, end: outcome.index + 1, fix: outcome.wanted, message: describe(outcome, found, style) };
    }
  },
};

export default fixQuotes;
