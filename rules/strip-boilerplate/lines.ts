import { ASCII_CLASSES, classOf, EDGE, NUMBER, SPACE } from "./chars.js";

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

const NON_ASCII = /[^\x00-\x7f]/;

// What the later rules of the pipeline change inside a line without changing what it says.
const INVISIBLE = /[\u200B\u2060\uFEFF\u00AD]/gu;
const NO_BREAK = /[\u00A0\u202F\u2007]/gu;
const SINGLE_MARK = /[‘’]/gu;
const DOUBLE_MARK = /[“”]/gu;
const SPLIT_ABBREVIATION = /(?<![\p{L}\p{N}.])(\p{L}{1,2}\.) (?=\p{L}{1,2}\.)/gu;
// "couldn t", "Trump s": an apostrophe restore-apostrophes may put back.
// Both start at the space, so that the lookbehind is tried there only. Without u the second
// matches the same: its only class that could differ, [^\s], just has to see a character.
const LOST_APOSTROPHE = / (?<=\p{L} )(?=(?:s|t|m|re|ve|ll|d)(?![\p{L}\p{N}]))/gu;
const SPACE_BEFORE_CLOSING_QUOTE = / (?<=[^\s][.!?,…] )(?=['"](?:\s|$|[)\].,;:!?]))/g;

/**
 * A line as fix-spacing and fix-quotes would leave it (invisible characters gone, no-break
 * spaces plain, quote marks of one form, "U. S." joined, no space before a closing quote, a
 * comma or a full stop, a space between sentences run together, "couldn t" mended),
 * which is what every judgement of a line reads: a line must get the same verdict before and
 * after those rules, or cleaning the output again would remove a line the first run kept.
 * Same idea as the rules, more generous (any split abbreviation, any "s" after a word): the form only has to be one
 * for all the spellings of a line.
 */
export function asJudged(line: string): string {
  // One rewrite can make room for another ("us . U. S." -> "us. U.S.", whose "us. U." joins
  // next time), and the clean line must be judged as the line it came from: the form is the
  // one no rewrite changes. Most lines need no rewrite and are done after one test.
  let judged = judgedOnce(line);
  for (let round = 1; round < MAX_ROUNDS && judged !== line; round++) {
    line = judged;
    judged = judgedOnce(line);
  }
  return judged;
}

/** Rounds of rewrites: a second has been enough in every case found, a fourth is a bound. */
const MAX_ROUNDS = 4;

function judgedOnce(line: string): string {
  if (!MAY_CHANGE.test(line)) return line;
  let judged = line;
  if (MARKS.test(judged)) {
    judged = judged.replace(INVISIBLE, "").replace(NO_BREAK, " ").replace(SINGLE_MARK, "'").replace(DOUBLE_MARK, '"');
  }
  // Each Unicode pattern runs only where a plain pattern that matches wherever it can (and
  // more) found something: testing \p{...} at every character is what costs, and most lines
  // have nothing to mend.
  if (MAY_SPLIT_ABBREVIATION.test(judged)) judged = judged.replace(SPLIT_ABBREVIATION, "$1");
  if (MAY_LOSE_APOSTROPHE.test(judged)) judged = judged.replace(LOST_APOSTROPHE, "'");
  // The space before a full stop first: "via . ”" loses both spaces, as fix-spacing takes them
  // in one run (its closing-quote pattern looks past a stop that has a space before it).
  if (MAY_SPACE_BEFORE_PUNCTUATION.test(judged)) judged = judged.replace(SPACE_BEFORE_PUNCTUATION, "");
  if (MAY_SPACE_BEFORE_CLOSING_QUOTE.test(judged)) judged = judged.replace(SPACE_BEFORE_CLOSING_QUOTE, "");
  if (MAY_RUN_IN.test(judged)) judged = judged.replace(RUN_IN, " ");
  return judged;
}

// The characters of the first four rewrites.
const MARKS = /[\u200B\u2060\uFEFF\u00AD\u00A0\u202F\u2007‘’“”]/;
// A letter is one code unit that is no white space or full stop, or a surrogate pair; one
// before a letter or digit of ASCII, or a full stop, is no abbreviation's start.
const MAY_SPLIT_ABBREVIATION = /(?:^|[^A-Za-z0-9.])(?:[^\s.\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF]){1,2}\. (?:[^\s.\uD800-\uDFFF]|[\uD800-\uDBFF][\uDC00-\uDFFF]){1,2}\./;
// An ASCII letter or digit is a \p{L} or \p{N}: where the lookahead above holds, this one does.
const MAY_LOSE_APOSTROPHE = / (?:s|t|m|re|ve|ll|d)(?![A-Za-z0-9])/;
// The rewrite's own condition, as one pattern. An opening quote after a comma (', "We') is not closing.
const MAY_SPACE_BEFORE_CLOSING_QUOTE = /[^\s][.!?,…] ['"](?:\s|$|[)\].,;:!?])/;
// "hardtack , bannock" and "election.Not": fix-spacing mends some; any is mended here.
// The rewrite's own condition, as one pattern.
const MAY_SPACE_BEFORE_PUNCTUATION = /\S [.,](?:\s|$|["')\]])/;
const SPACE_BEFORE_PUNCTUATION = / (?<=\S )(?=[.,](?:\s|$|["')\]]))/g;
// A capital and a lowercase letter after a letter and sentence punctuation, or after a year
// ("November 3, 2017This"): ASCII letters, or any code unit beyond ASCII (checked exactly below).
const MAY_RUN_IN = /(?:[A-Za-z\x80-\uffff][.!?]["')]?|\d{4})[^\s\x00-@[-\x7f][^\s\x00-`{-\x7f]/;
// The lookahead first: it fails at once at most characters, the lookbehind would be read first.
const RUN_IN = /(?=\p{Lu}\p{Ll})(?<=\p{L}[.!?]["')]?|\d{4})/gu;

// What any of the rewrites needs: the marks or a screen, for most lines a single scan that
// finds nothing. A line with other characters beyond ASCII ("£", "é", "—") goes through only
// where a screen finds something.
const MAY_CHANGE = new RegExp(
  [MARKS, MAY_SPLIT_ABBREVIATION, MAY_LOSE_APOSTROPHE, MAY_SPACE_BEFORE_CLOSING_QUOTE, MAY_SPACE_BEFORE_PUNCTUATION, MAY_RUN_IN].map((r) => r.source).join("|"),
);

/**
 * Whether a line has more than `limit` words as judged, told without judging it: a space
 * before three ASCII letters opens a word that no rewrite of asJudged touches (they remove or
 * replace a space only before one or two letters and a full stop, before "s", "t", "re"... and
 * no letter, before a comma, full stop or quote, and insert one only after punctuation or
 * digits), so more such spaces than `limit` are more words than `limit`. A paragraph, most of a
 * document's text, is told long within its first few dozen words.
 */
export function surelyLonger(line: string, limit: number): boolean {
  let words = 0;
  for (let i = line.indexOf(" "); i !== -1 && i + 3 < line.length; i = line.indexOf(" ", i + 1)) {
    if (isAsciiLetter(line.charCodeAt(i + 1)) && isAsciiLetter(line.charCodeAt(i + 2)) && isAsciiLetter(line.charCodeAt(i + 3)) && ++words > limit) return true;
  }
  return false;
}

/**
 * Whether a line has more than `limit` characters once judged and trimmed, told without judging
 * it: the rewrites of asJudged remove only white space and invisible marks, replace a quote mark
 * by one character and insert spaces, so the other characters of the line are a floor. A
 * paragraph is told within its first few hundred characters.
 */
export function surelyLongerInChars(line: string, limit: number): boolean {
  let kept = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c > 0x20 && c !== 0xa0 && !(c > 0x7f && REMOVABLE.test(line[i]!)) && ++kept > limit) return true;
  }
  return false;
}

// One code unit that judging or trimming may take away: white space or an invisible mark.
const REMOVABLE = /[\s\u200B\u2060\u00AD]/;

function isAsciiLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

/**
 * The form under which a line, as judged (asJudged), is recognised in other documents: case,
 * digits ("5 comments", "12 comments"), spacing and the bullets or arrows around it do not make
 * it another line. That is: NFKC, lower case, trimmed of white space, punctuation and symbols at
 * both ends, and each run of digits made "0" and of white space one space.
 */
export function normaliseJudged(judged: string): string {
  // NFKC only where there is something beyond ASCII to fold: most lines have not.
  const folded = (NON_ASCII.test(judged) ? judged.normalize("NFKC") : judged).toLowerCase();
  let start = 0;
  while (start < folded.length && (classAt(folded, start) & EDGE) !== 0) start += unitsAt(folded, start);
  if (start === folded.length) return "";
  // The end, read back: a low surrogate after a high one is the end of their character.
  let end = folded.length;
  for (;;) {
    const size = isLowSurrogate(folded.charCodeAt(end - 1)) && end - 2 >= 0 && isHighSurrogate(folded.charCodeAt(end - 2)) ? 2 : 1;
    if ((classAt(folded, end - size) & EDGE) === 0) break;
    end -= size;
  }
  let out = "";
  let copied = start;
  for (let i = start; i < end; ) {
    const run = classAt(folded, i) & (NUMBER | SPACE);
    if (run === 0) {
      i += unitsAt(folded, i);
      continue;
    }
    let j = i;
    while (j < end && (classAt(folded, j) & run) !== 0) j += unitsAt(folded, j);
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

/** The classes of the character at `i` (ASCII from the table). */
function classAt(text: string, i: number): number {
  const unit = text.charCodeAt(i);
  return unit < 0x80 ? ASCII_CLASSES[unit]! : classOf(text.codePointAt(i)!);
}

/** Code units of the character at `i`. */
function unitsAt(text: string, i: number): number {
  return isHighSurrogate(text.charCodeAt(i)) && i + 1 < text.length && isLowSurrogate(text.charCodeAt(i + 1)) ? 2 : 1;
}

function isHighSurrogate(unit: number): boolean {
  return (unit & 0xfc00) === 0xd800;
}

function isLowSurrogate(unit: number): boolean {
  return (unit & 0xfc00) === 0xdc00;
}
