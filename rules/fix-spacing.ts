import type { Doc, Finding, Rule } from "../src/core/types.js";
import { DOTTED_ABBREVIATIONS } from "./data/dotted-abbreviations.js";
import { makesMojibake } from "./fix-encoding/badness.js";
import { runIns } from "./fix-spacing/run-ins.js";
import { holdsAny, holdsSplitAbbreviationPart } from "./fix-spacing/screens.js";
import { SPACE_BEFORE_PUNCTUATION } from "./fix-spacing/space-before-punctuation.js";

const KNOWN = new Set(DOTTED_ABBREVIATIONS);

// One or two letters and a full stop, repeated with single spaces: "U. S.", "a. m.", "Ph. D.".
const SPLIT_ABBREVIATION = /(?<![\p{L}\p{N}.])\p{L}{1,2}\.(?: \p{L}{1,2}\.)+/gu;
// Sentence punctuation, one space, then a closing quote: "region. ”", also where a space before
// the punctuation goes too (below), "region . ”", so that one pass mends both. An empty pair "“  ”"
// has no punctuation before its spaces and is left to the blank restorer.
// The lookbehinds of this pattern and the next are written after the character they guard, so
// that they are tried only where that (rare) character is.
const SPACE_BEFORE_CLOSING_QUOTE = / (?<=[^\s][.!?,] |[\p{L}\p{N}%)\]"'“”‘’] [.,] )(?=[”’](?:\s|$|[)\].,;:!?]))/gu;
// A no-break space between ordinary words; next to « » or before French ! ? : ; it is typography.
// Any quote mark counts on either side: fix-quotes may yet turn it round ("the“\u00a0the").
const NO_BREAK_SPACES = "\u00A0\u202F\u2007";
const NO_BREAK_BETWEEN_WORDS = /[\u00A0\u202F\u2007](?<=[\p{L}\p{M}\p{N}.,“”‘’"')\]][\u00A0\u202F\u2007])(?=[\p{L}\p{N}“”‘’"'(\[])/gu;
// Invisible characters with no meaning inside a word of a script that separates words by
// spaces. Scripts written without spaces (Thai, CJK, ...) use U+200B as a word break: kept.
const INVISIBLE = "\u200B\u2060\uFEFF\u00AD";
const INVISIBLE_IN_WORD = /[\u200B\u2060\uFEFF\u00AD]+/gu;
const NO_SPACE_SCRIPT = /[\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
// Trailing white space, except two or more spaces after a word: that may be a blank left by a
// deleted word at the end of a line, which is the blank restorer's to judge. A line ends where
// /$/m says: before any line terminator, or at the end of the text.
const LINE_END = /[\n\r\u2028\u2029]/g;
const RARE_LINE_ENDS = "\r\u2028\u2029";

// Degrees, titles and eras spelt with two capitals that are as often a person's initials: before
// a capitalised word, "J. D. Salinger", "D. A. Pennebaker", "A. M. Homes", "B. C. Forbes" (the
// degree or era stands after a name or a number: "Smith, M.D.", "9 P.M. Pacific", "500 B.C.").
const ALSO_INITIALS = new Set(["J.D.", "M.D.", "B.A.", "M.A.", "R.N.", "D.A.", "P.S.", "T.V.", "A.M.", "P.M.", "B.C.", "A.D.", "C.E."]);
const NAME_AFTER = /^ \p{Lu}/u;
const NUMBER_BEFORE = /\p{N}[\s\u00a0]?$/u;
const CAPITALS_ONLY = /^(?:\p{Lu}\.)+$/u;
// Places and bodies ("U.S.", "U.K.", "L.A.") are initials too: "U. S. Grant". Before one
// capitalised word that ends the name, with no article before, in a document that splits no
// abbreviation before a word in lower case ("U. S. officials", the scraper's damage), they stay
// as written; "the U. S. House", "U. S. District Judge" are joined.
const ONE_NAME_AFTER = /^ \p{Lu}[\p{Ll}\p{M}'’-]*(?! \p{Lu})(?![\p{L}\p{N}])/u;
const ARTICLE_BEFORE = /(?<![\p{L}\p{M}])(?:the|a|an)\s$/iu;
const SPLIT_BEFORE_LOWER_CASE = /(?<![\p{L}\p{N}.])\p{L}{1,2}\.(?: \p{L}{1,2}\.)+ \p{Ll}/u;

/** Whether the split abbreviation `original` at `at` may be a person's initials, and is read so. */
function initialsOfAName(text: string, at: number, original: string, damaged: () => boolean): boolean {
  const joined = original.replaceAll(" ", "");
  const after = text.slice(at + original.length, at + original.length + 40);
  if (!CAPITALS_ONLY.test(joined) || !NAME_AFTER.test(after) || NUMBER_BEFORE.test(text.slice(Math.max(0, at - 2), at))) return false;
  if (ALSO_INITIALS.has(joined)) return true;
  return ONE_NAME_AFTER.test(after) && !ARTICLE_BEFORE.test(text.slice(Math.max(0, at - 4), at)) && !damaged();
}

// Spanish writes "a. m.", "p. m." with a space, as the Real Academia Española prescribes: in a
// document written in Spanish (more of its words are Spanish ones than English ones) they stay.
const SPANISH_SPACED = new Set(["a.m.", "p.m."]);
const SPANISH_WORDS = /(?<![\p{L}\p{M}])(?:el|los|las|del|que|por|para|una|con|según|más)(?![\p{L}\p{M}])/giu;
const ENGLISH_WORDS = /(?<![\p{L}\p{M}])(?:the|and|of|to|that|with|for|was|is|in)(?![\p{L}\p{M}])/giu;

function writtenInSpanish(text: string): boolean {
  return (text.match(SPANISH_WORDS)?.length ?? 0) > (text.match(ENGLISH_WORDS)?.length ?? 0);
}

/** Whether the run's part at `next`, left over after `joined`, is a letter of the same case that no known abbreviation starts. */
function continuesAbbreviation(parts: readonly string[], next: number, joined: string): boolean {
  const letter = parts[next]!.slice(0, -1);
  if ([...letter].length !== 1) return false;
  const last = joined.at(-2)!;
  const sameCase = (letter === letter.toUpperCase()) === (last === last.toUpperCase());
  if (!sameCase) return false;
  for (let n = parts.length - next; n >= 2; n--) if (KNOWN.has(parts.slice(next, next + n).join(""))) return false;
  return true;
}

function* splitAbbreviations(text: string): Iterable<Finding> {
  // What every split abbreviation holds. A lookbehind tried at every character is slow, and most
  // documents have none: they are spared the full search.
  if (!holdsSplitAbbreviationPart(text)) return;
  let spanish: boolean | undefined;
  let splitBeforeLowerCase: boolean | undefined;
  const damaged = () => (splitBeforeLowerCase ??= SPLIT_BEFORE_LOWER_CASE.test(text));
  for (const m of text.matchAll(SPLIT_ABBREVIATION)) {
    const parts = m[0].split(" ");
    // The longest run of parts, from the start, that joins into a known abbreviation; then the
    // same from just after it, so that "U. S. U. K." is mended in one pass, not two.
    for (let from = 0, at = m.index; from < parts.length - 1; ) {
      let n = parts.length - from;
      while (n >= 2 && !KNOWN.has(parts.slice(from, from + n).join(""))) n--;
      if (n < 2) break;
      const original = parts.slice(from, from + n).join(" ");
      const joined = original.replaceAll(" ", "");
      if (initialsOfAName(text, at, original, damaged)) break;
      if (SPANISH_SPACED.has(joined) && (spanish ??= writtenInSpanish(text))) break;
      // Another single letter of the same case follows in the run, and is not the start of a
      // known abbreviation: the run is one longer abbreviation ("R. N. C.", "N. Y. U.",
      // "U. S. C."), not this one and a stray letter.
      if (from + n < parts.length && continuesAbbreviation(parts, from + n, joined)) break;
      yield { start: at, end: at + original.length, fix: joined, message: `rejoined the abbreviation "${joined}"` };
      at += original.length + 1;
      from += n;
    }
  }
}

// The digit groups of one number: a no-break space there is typography, not a space between
// two words. The thousands separator of French, SI and many European styles ("67 390 000",
// "2 500": 1-3 digits, then 3), and the groups of a telephone, card or account number ("+44 20
// 7946 0958", "0345 988 1188": three groups or more, or two after "+" or a leading 0). Two
// numbers side by side, "in 2015 200 schools", are two words.
const GROUPS_BEFORE = /(\+?)(\p{N}+(?:[ \u00A0\u202F\u2007]\p{N}+)*)$/u;
const GROUPS_AFTER = /^\p{N}+(?:[ \u00A0\u202F\u2007]\p{N}+)*(?!\p{N})/u;
const GROUP_SEPARATOR = /[ \u00A0\u202F\u2007]/u;

function groupsDigits(text: string, at: number): boolean {
  const before = GROUPS_BEFORE.exec(text.slice(Math.max(0, at - 24), at));
  if (before === null) return false;
  const after = GROUPS_AFTER.exec(text.slice(at + 1, at + 25));
  if (after === null) return false;
  const [left, right] = [before[2]!.split(GROUP_SEPARATOR), after[0].split(GROUP_SEPARATOR)];
  const thousands = left.at(-1)!.length <= 3 && right[0]!.length === 3;
  const telephone = left.length + right.length >= 3 || before[1] === "+" || left[0]!.startsWith("0");
  return thousands || telephone;
}

// A no-break space between a number and a word binds them: a quantity to its unit or what it
// counts ("18 months", "£5.2 bn", "5 µm"), a day to its month ("12 décembre"), a label to its
// number ("No. 10", "23 h 59"). Style guides and French typography put it there on purpose; the
// stray ones of scraped pages fall between ordinary words.
const NUMBER = /\p{N}/u;
const WORD_OR_STOP = /[\p{L}\p{M}.]/u;

function bindsNumber(text: string, at: number): boolean {
  const before = text[at - 1] ?? "";
  const after = String.fromCodePoint(text.codePointAt(at + 1) ?? 32);
  return (NUMBER.test(before) && WORD_CHAR.test(after) && !NUMBER.test(after)) || (WORD_OR_STOP.test(before) && NUMBER.test(after));
}

// Style guides and French typography also bind a title to the name it belongs to: "Mr Duffy",
// "Dr Patel", "M. Macron", "Mme Borne".
const TITLE_BEFORE = /(?<![\p{L}\p{M}.])(?:Mr|Mrs|Ms|Mx|Dr|Prof|Sir|Dame|Lord|Lady|St|Rev|Fr|Sr|Sra|Hr|M|Mme|Mlle)\.?$/u;
const CAPITAL = /\p{Lu}/u;

function bindsTitle(text: string, at: number): boolean {
  return CAPITAL.test(text[at + 1] ?? "") && TITLE_BEFORE.test(text.slice(Math.max(0, at - 6), at));
}

/** Whether the no-break space at `at` is typography the author chose rather than a stray one. */
function typographic(text: string, at: number): boolean {
  return groupsDigits(text, at) || bindsNumber(text, at) || bindsTitle(text, at);
}

function* replaceAll(text: string, pattern: RegExp, fix: string, message: string): Iterable<Finding> {
  for (const m of text.matchAll(pattern)) {
    const end = m.index + m[0].length;
    // "Ã\u202fthe" made "Ã the" reads as "à the" to fix-encoding on the next run: left alone.
    if (makesMojibake(text, m.index, end, fix)) continue;
    yield { start: m.index, end, fix, message };
  }
}

function* invisibleInWords(text: string): Iterable<Finding> {
  if (!holdsAny(text, INVISIBLE)) return;
  for (const m of text.matchAll(INVISIBLE_IN_WORD)) {
    const before = text[m.index - 1] ?? "";
    const after = text[m.index + m[0].length] ?? "";
    if (!WORD_CHAR.test(before) || !WORD_CHAR.test(after)) continue;
    if (NO_SPACE_SCRIPT.test(before) && NO_SPACE_SCRIPT.test(after) && !m[0].includes("\u00AD")) continue;
    yield { start: m.index, end: m.index + m[0].length, fix: "", message: "removed an invisible character inside a word" };
  }
}

/** The ends of lines, in order: where trailing white space would stop. */
function* lineEnds(text: string): Iterable<number> {
  // Most texts end their lines with "\n" alone (the codec turns CRLF into it): found by indexOf,
  // with no match object per line.
  if (holdsAny(text, RARE_LINE_ENDS)) for (const m of text.matchAll(LINE_END)) yield m.index;
  else for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) yield i;
  yield text.length;
}

/** A space, a tab or a no-break space. */
function isTrailingChar(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0xa0;
}

function* trailingSpace(text: string): Iterable<Finding> {
  for (const end of lineEnds(text)) {
    let start = end;
    while (start > 0 && isTrailingChar(text.charCodeAt(start - 1))) start--;
    if (start === end) continue;
    const mayBeBlank = /^ {2,}$/.test(text.slice(start, end)) && start > 0 && text[start - 1] !== "\n";
    if (mayBeBlank) continue;
    yield { start, end, fix: "", message: "removed trailing white space" };
  }
}

const fixSpacing: Rule = {
  meta: {
    id: "fix-spacing",
    description: "Repairs scraper spacing: split abbreviations, spaces before closing quotes, commas and full stops, sentences and dates run together, no-break and invisible characters, trailing spaces.",
    fixable: true,
    defaultOptions: {},
  },
  *check(doc: Doc) {
    const { text } = doc;
    yield* splitAbbreviations(text);
    // Each pattern below starts at a character few texts have: the native search for it comes first.
    if (text.includes(" ”") || text.includes(" ’")) yield* replaceAll(text, SPACE_BEFORE_CLOSING_QUOTE, "", "removed the space before a closing quote");
    // Its lookbehind would be tried at every space of every text; few texts have the pair at all.
    if (text.includes(" ,") || text.includes(" .")) yield* replaceAll(text, SPACE_BEFORE_PUNCTUATION, "", "removed the space before a comma or full stop");
    if (holdsAny(text, NO_BREAK_SPACES)) {
      for (const f of replaceAll(text, NO_BREAK_BETWEEN_WORDS, " ", "made a no-break space between words plain")) {
        if (!typographic(text, f.start)) yield f;
      }
    }
    yield* runIns(text);
    yield* invisibleInWords(text);
    yield* trailingSpace(text);
  },
};

export default fixSpacing;
