/**
 * Finds the places where a token was deleted, telling them from ordinary spacing. A deleted
 * token leaves its replacement space beside the spaces that separated it, so a blank is a run
 * of spaces wider than the spacing the document uses in that place: between words (one space),
 * after a sentence (the document's own habit: one, or two where paragraphs were joined), around
 * dashes ("PARIS  —   France" is a dateline, not a blank), or next to a quote mark or bracket
 * that the token touched ("Kim  ’s", "the first “  ” meetings").
 */
import { codeUnitsOf } from "../shared/code-units.js";
import { holdsLostTokenShape } from "./damage.js";
import { isSpaceUnit } from "./words.js";

/** "certain": the spacing can only come from a deleted token. "possible": it might (only a twin decides). */
export type BlankCertainty = "certain" | "possible";

export interface Blank {
  /** The run of spaces, in offsets of the text. */
  start: number;
  end: number;
  /** How many tokens the width allows. */
  lost: { min: number; max: number };
  certainty: BlankCertainty;
}

const OPENERS = codeUnitsOf("“‘([");
const CLOSERS = codeUnitsOf("”’)]");
const STRAIGHT_QUOTES = codeUnitsOf(`"'`);
const DASHES = codeUnitsOf("—–―");
const SENTENCE_END = codeUnitsOf(".!?");
const PUNCTUATION_AFTER_WORD = codeUnitsOf(".,;:!?");
const SPACE = 0x20;
const HYPHEN = 0x2d;

type Place = "between-words" | "after-opener" | "before-closer" | "inside-pair" | "after-sentence" | "before-dash" | "after-dash" | "line-end" | "text-start";

/** Usual widths of the spacing the document uses where it is not the one-space default. */
interface Habits {
  afterSentence: number;
  beforeDash: number;
  afterDash: number;
}

/** Blanks of a text, in order; none at all in a text that still holds a hyphenated token. */
export function detectBlanks(text: string): Blank[] {
  return holdsLostTokenShape(text) ? [] : blanksBySpacing(text);
}

/**
 * Blanks as the spacing alone shows them, hyphenated tokens or not: a page may hold a damaged
 * article and a hyphenated line of boilerplate that a later pass removes.
 */
export function blanksBySpacing(text: string): Blank[] {
  if (!text.includes("  ") && !EMPTY_PAIR.test(text)) return [];
  const runs = spacingRuns(text);
  const habits = habitsOf(runs);
  const blanks: Blank[] = [];
  for (const { start, end, place } of runs) {
    const width = end - start;
    // Wider spacing than a place needs may still hide a token: a twin can tell. Not the spacing
    // the document itself uses after its sentences ("slowed.  The works council"): a twin that
    // has a word there ("will. Frankfurt-listed shares") is another version of the article.
    const own = place === "after-sentence" && width <= habits.afterSentence;
    const blank = judge(place, width, habits) ?? (place && width >= 2 && !own ? { lost: { min: 1, max: Math.floor(width / 2) }, certainty: "possible" as const } : null);
    if (blank) blanks.push({ start, end, lost: blank.lost, certainty: blank.certainty });
  }
  return blanks;
}

interface Run {
  start: number;
  end: number;
  place: Place | null;
}

/**
 * A single space is a blank only inside a pair ("( )"); wider spacing anywhere may be one. A text
 * with neither, most undamaged articles, has no blank whatever its habits, and skips the judging.
 */
const EMPTY_PAIR = /[“‘(\["'] [”’)\]"']/;

/**
 * The runs of spaces worth judging: every wider one, and the single spaces that show a
 * document's habits (after sentences, around dashes) or fill a pair ("( )"): a single space
 * after a mark (`MARK_BEFORE`) or before one (`MARK_AFTER`). Found with `indexOf`, each space
 * tested by its neighbours' codes: ordinary single spaces between words, nearly all of a text,
 * cost a jump and two tests.
 */
export function spacingRuns(text: string): Run[] {
  const runs: Run[] = [];
  for (let start = text.indexOf(" "); start !== -1; ) {
    let end = start + 1;
    while (text.charCodeAt(end) === SPACE) end++;
    if (end - start >= 2 || isMarkBefore(text.charCodeAt(start - 1)) || isMarkAfter(text.charCodeAt(end))) runs.push({ start, end, place: placeOf(text, start, end) });
    start = text.indexOf(" ", end);
  }
  return runs;
}

/** Marks a single space after which shows a habit or may fill a pair: .!?”’"')]—–―([“‘- */
function isMarkBefore(c: number): boolean {
  if (c < 0x80) return c === 0x2e || c === 0x21 || c === 0x3f || c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x28 || c === 0x5b || c === HYPHEN;
  return c === 0x201d || c === 0x2019 || c === 0x2014 || c === 0x2013 || c === 0x2015 || c === 0x201c || c === 0x2018;
}

/** Marks a single space before which shows a habit: —–―)]”’"'- */
function isMarkAfter(c: number): boolean {
  if (c < 0x80) return c === 0x29 || c === 0x5d || c === 0x22 || c === 0x27 || c === HYPHEN;
  return c === 0x2014 || c === 0x2013 || c === 0x2015 || c === 0x201d || c === 0x2019;
}

/**
 * Whether `blanksBySpacing` finds any blank, certain or possible, without finding them all:
 * two spaces or more where a token can stand are always a blank (the document's habits only
 * tell how certain), and a single space only inside a pair ("( )"). The corpus pass asks this
 * of every document with no hyphenated token, and the first such run answers.
 */
export function showsBlanks(text: string): boolean {
  for (const run of wideRuns(text)) if (run.place !== null) return true;
  return insidePair(text);
}

/** The runs of two spaces or more, in order, with their places. */
function* wideRuns(text: string): Generator<Run> {
  for (let start = text.indexOf("  "); start !== -1; ) {
    let end = start + 2;
    while (text.charCodeAt(end) === SPACE) end++;
    yield { start, end, place: placeOf(text, start, end) };
    start = text.indexOf("  ", end);
  }
}

/** Whether a single space of the text stands inside a pair ("( )", "“ ”"), where it is a blank. */
function insidePair(text: string): boolean {
  EMPTY_PAIRS.lastIndex = 0;
  for (let m = EMPTY_PAIRS.exec(text); m; m = EMPTY_PAIRS.exec(text)) {
    if (placeOf(text, m.index + 1, m.index + 2) === "inside-pair") return true;
    // The closing mark may open the next pair.
    EMPTY_PAIRS.lastIndex = m.index + 2;
  }
  return false;
}

const EMPTY_PAIRS = new RegExp(EMPTY_PAIR.source, "g");

/**
 * Whether `blanksBySpacing` finds a certain blank (a document holding hyphenated tokens needs
 * one to be worth a twin), looking only at runs that can be one: two spaces or more, and single
 * spaces inside a pair. Beside a quote mark or bracket, at a line's edge or inside a pair, two
 * spaces are certain; between words three; after a sentence or at a dash the document's habits
 * decide, and a run of three there (rare) sends the text through the full judging.
 */
export function showsCertainBlanks(text: string): boolean {
  let habitsDecide = false;
  for (const { start, end, place } of wideRuns(text)) {
    const width = end - start;
    if (place === "after-sentence" || place === "before-dash" || place === "after-dash") habitsDecide ||= width >= 3;
    else if (place !== null && (place !== "between-words" || width >= 3)) return true;
  }
  if (insidePair(text)) return true;
  return habitsDecide && blanksBySpacing(text).some((b) => b.certainty === "certain");
}

/** The code unit at `at`, a space beyond either end of the text (where a word would be bounded). */
function unitOrSpace(text: string, at: number): number {
  return at >= 0 && at < text.length ? text.charCodeAt(at) : SPACE;
}

function isDash(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  // A lone hyphen between spaces is a dash too ("said - adding").
  return DASHES.has(c) || (c === HYPHEN && isSpaceUnit(unitOrSpace(text, at - 1)) && isSpaceUnit(unitOrSpace(text, at + 1)));
}

function isOpener(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (OPENERS.has(c)) return true;
  if (!STRAIGHT_QUOTES.has(c)) return false;
  const before = unitOrSpace(text, at - 1);
  return isSpaceUnit(before) || OPENERS_OF_QUOTES.has(before);
}

function isCloser(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (CLOSERS.has(c)) return true;
  if (!STRAIGHT_QUOTES.has(c)) return false;
  const after = unitOrSpace(text, at + 1);
  return isSpaceUnit(after) || CLOSERS_OF_QUOTES.has(after);
}

/** What may stand before a straight quote that opens, or after one that closes, besides white space. */
const OPENERS_OF_QUOTES = codeUnitsOf("([");
const CLOSERS_OF_QUOTES = codeUnitsOf(".,;:!?)]");

function endsSentence(text: string, at: number): boolean {
  let i = at;
  while (i >= 0 && (CLOSERS.has(text.charCodeAt(i)) || STRAIGHT_QUOTES.has(text.charCodeAt(i)))) i--;
  return SENTENCE_END.has(text.charCodeAt(i));
}

function placeOf(text: string, start: number, end: number): Place | null {
  const before = start - 1;
  const atLineStart = start === 0 || text[before] === "\n";
  const atLineEnd = end === text.length || text[end] === "\n";
  if (atLineStart) return start === 0 && !atLineEnd ? "text-start" : null; // indentation is no blank
  if (atLineEnd) return endsSentence(text, before) ? null : "line-end";
  if (isOpener(text, before) && isCloser(text, end)) return "inside-pair";
  if (isOpener(text, before)) return "after-opener";
  if (isCloser(text, end) || PUNCTUATION_AFTER_WORD.has(text.charCodeAt(end))) return "before-closer";
  if (isDash(text, end)) return "before-dash";
  if (isDash(text, before)) return "after-dash";
  if (endsSentence(text, before)) return "after-sentence";
  return "between-words";
}

/** The most common width in a place (ties to the narrower), or `fallback` with too few to tell. */
function usualWidth(runs: readonly Run[], place: Place, fallback: number): number {
  const counts = new Map<number, number>();
  for (const r of runs) if (r.place === place) counts.set(r.end - r.start, (counts.get(r.end - r.start) ?? 0) + 1);
  const seen = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  const total = seen.reduce((s, [, n]) => s + n, 0);
  return total >= 2 && seen[0]![1] > total / 2 ? seen[0]![0] : fallback;
}

function habitsOf(runs: readonly Run[]): Habits {
  // Scraped news often pads dashes as "  —   "; with too few dashes to tell, assume that
  // widest habit, so that a dateline is never taken for a blank.
  return {
    afterSentence: Math.min(usualWidth(runs, "after-sentence", 1), 2),
    beforeDash: usualWidth(runs, "before-dash", 2),
    afterDash: usualWidth(runs, "after-dash", 3),
  };
}

/**
 * A deleted token adds two spaces where spaces separated it (its replacement and one separator),
 * one or two where it touched a quote mark or bracket.
 */
function judge(place: Place | null, width: number, habits: Habits): Omit<Blank, "start" | "end"> | null {
  switch (place) {
    case null:
      return null;
    case "inside-pair":
      // "( )" is one token, "(   )" two ("(6-5, 3-4)"); quote marks may add a space each.
      return { lost: { min: 1, max: Math.max(1, Math.ceil(width / 2)) }, certainty: "certain" };
    case "after-opener":
    case "before-closer":
    case "line-end":
    case "text-start":
      return width >= 2 ? { lost: { min: Math.max(1, Math.floor((width - 1) / 2)), max: Math.max(1, Math.floor(width / 2)) }, certainty: "certain" } : null;
    case "after-sentence":
      // Joined paragraphs may leave one space more than the sentences do.
      return beyondHabit(width, habits.afterSentence, 1);
    case "before-dash":
      return beyondHabit(width, habits.beforeDash, 0);
    case "after-dash":
      return beyondHabit(width, habits.afterDash, 0);
    case "between-words":
      return beyondHabit(width, 1, 0);
  }
}

/**
 * Spacing wider than the habit by two or more is a blank; by one, possibly one. The habit may be
 * mislearned (a short text whose every sentence starts with a blank), so the most tokens a blank
 * may hold are counted from single spacing: a twin may fill that many.
 */
function beyondHabit(width: number, usual: number, slack: number): Omit<Blank, "start" | "end"> | null {
  const extra = width - usual;
  if (extra < 1) return null;
  const max = Math.max(1, Math.floor((width - 1) / 2));
  if (extra === 1) return { lost: { min: 1, max }, certainty: "possible" };
  return { lost: { min: Math.max(1, Math.floor((extra - slack) / 2)), max }, certainty: "certain" };
}

/**
 * The replacement for a blank's spaces that puts `tokens` back where the damage took them: a
 * space on each side unless the token touched a quote mark or bracket there, or the line's edge.
 */
export function fillFor(text: string, blank: Blank, tokens: readonly string[]): string {
  const atLineStart = blank.start === 0 || text[blank.start - 1] === "\n";
  const atLineEnd = blank.end === text.length || text[blank.end] === "\n";
  const lead = atLineStart || isOpener(text, blank.start - 1) ? "" : " ";
  const tail = atLineEnd || isCloser(text, blank.end) || PUNCTUATION_AFTER_WORD.has(text.charCodeAt(blank.end)) ? "" : " ";
  return lead + tokens.join(" ") + tail;
}
