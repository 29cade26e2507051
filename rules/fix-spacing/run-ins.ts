/**
 * Sentences a dataset ran together when it joined a page's paragraphs with nothing between
 * them: "election.Not", "contrary.\"Another", and the date that signs off an embedded tweet,
 * "November 3, 2017This". Each gets its space back; where the join was a paragraph break is
 * lost, so a space it is.
 */
import type { Finding } from "../../src/core/types.js";
import { rolesInParagraph } from "../quotes/roles.js";
import { spaceBeforePunctuationAt } from "./space-before-punctuation.js";

// Sentence punctuation run into the next sentence's capitalised word, "election.Not", "said.It":
// a dataset joined paragraphs with nothing between them. Candidates only; sentenceRunIns checks
// the word before and the token around.
const RUN_IN = /[.!?]["”’')]?(?=\p{Lu}\p{Ll})/gu;
// What every run-in holds, as a plain pattern (a Unicode one tried at every character is what
// costs): punctuation, perhaps a closing mark, then an ASCII capital or any letter beyond ASCII.
const RUN_IN_PART = /[.!?]["\u201d\u2019')]?[A-Z\u00c0-\uffff]/;
// The date that signs off an embedded tweet, run into what follows: "(@NARAL) November 3,
// 2017This didn't go down well".
const DATE_RUN_IN = /\b(?:January|February|March|April|May|June|July|August|September|October|November|December) \d{1,2}, \d{4}(?=\p{Lu}\p{Ll})/gu;
const DATE_RUN_IN_PART = /\d{4}[A-Z\u00C0-\uFFFF]/;
// The word before: four letters or more, ending in lower case. Shorter ones are as often a name
// with a dot in it ("One.Tel", "Mr.Smith", "Ph.Ds") as a sentence's end.
const SENTENCE_WORD = /(?<![\p{L}\p{N}])\p{L}{3,}\p{Ll}$/u;
const INVISIBLE_BETWEEN_LETTERS = /(?<=\p{L})[\u200B\u2060\uFEFF\u00AD]+(?=\p{L})/gu;
// Tokens that are addresses, not prose: "www.LisaHaven.News", "site.com/Page", "a@b.Org",
// "Halo.Bungie.Org" (two dots between letters).
const ADDRESS = /www\.|:\/\/|[@/\\]|\p{L}\.\p{L}[^.]*\.\p{L}/u;
// "Boohoo.Com", "Example.Net", "Character.Ai", "Last.Fm": the capitalised word is a top-level
// domain (a name like "Ai Weiwei" after a run-in stays unspaced: a space left out, not a wrong one).
const DOMAIN_END = /^(?:com|net|org|gov|edu|info|news|co|uk|us|io|tv|biz|ai|fm|ly|gg|xyz)(?![\p{L}\p{N}])/iu;
// A member of a class in code, called or typed: "Console.WriteLine(", "Math.Max(a, b)",
// "List.Of<T>". A sentence's first word is not followed by a bracket.
const CODE_MEMBER = /^\p{Lu}[\p{L}\p{N}_]*[(<]/u;
// The word before glued to a code mark at its left: "`React.Component`", "(models.Model)",
// "{React.Component}", "my_models.Model". A sentence's last word opens no bracket or code span.
const IN_CODE = /[`({[<_][\p{L}\p{N}]+$/u;
// A member with a capital inside, "pandas.DataFrame", "React.PropTypes": code, not a sentence's
// first word ("McCain", "MacArthur" are names).
const INNER_CAPITAL = /^(?!Mc|Mac)\p{Lu}\p{Ll}+\p{Lu}/u;
// Words that open sentences and name no member of a class.
const OPENER =
  /^(?:The|A|An|It|Its|He|She|They|We|I|You|This|That|These|Those|There|Here|In|On|At|For|From|By|With|Under|Over|After|Before|But|And|Or|So|If|When|While|As|Not|Now|Then|What|Why|How|Who|Even|Also|Yet|However|Meanwhile|Instead|Indeed)(?![\p{L}\p{N}])/u;
// A word followed by a colon (a label, "Credits: NASA"), by a capitalised word (a name in
// full, "Alec Baldwin") or by "the" (a verb, "Watch the comments") is no member of a class.
const STARTS_A_SENTENCE = /^\p{Lu}\p{Ll}+(?::| \p{Lu}| the )/u;
const CAPITALISED = /(?<![\p{L}\p{N}])\p{Lu}\p{L}*$/u;
// Code elsewhere in the document: a code span, an empty call, an arrow, a scope, a member with
// a capital inside ("pandas.DataFrame") or a member called ("Console.WriteLine(").
const CODE_ELSEWHERE = /`|\(\)|=>|::|\.(?!Mc|Mac)\p{Lu}\p{Ll}+\p{Lu}|\p{L}\.\p{L}+\(/u;

interface RunIn {
  finding: Finding;
  afterCapitalised: boolean;
  opensSentence: boolean;
}

/**
 * A class or namespace and its member, "React.Component", "System.Console", has a capitalised
 * word before the dot, as a sentence ending in a name has ("fun at Trump.Alec Baldwin"). A
 * dataset that ran a document's paragraphs together did so at each break, and most paragraphs
 * end in a word in lower case: where no run-in follows one, the document shows no such damage,
 * and a run-in after a capitalised word is left only in a document that shows code elsewhere
 * (German capitalises every noun: "Verlust der Daten.Weder die TK" in a page of prose is a
 * run-in), where the next word neither opens a sentence nor stands elsewhere in the text as a
 * word of its own (a name, a word of prose).
 */
function* sentenceRunIns(text: string): Iterable<Finding> {
  if (!RUN_IN_PART.test(text)) return;
  const found = [...runInCandidates(text)];
  const damaged = found.some((r) => !r.afterCapitalised);
  let technical: boolean | undefined;
  for (const r of found) {
    if (damaged || r.opensSentence || !(technical ??= CODE_ELSEWHERE.test(text)) || standsAlone(text, r.finding.end)) yield r.finding;
  }
}

const WORD_AT = /^\p{L}+/u;

/** Whether the word at `at` is written elsewhere in the text as a word of its own, not as a member after a dot. */
function standsAlone(text: string, at: number): boolean {
  const word = WORD_AT.exec(text.slice(at, at + 40))![0];
  for (let i = text.indexOf(word); i !== -1; i = text.indexOf(word, i + 1)) {
    if (i === at) continue;
    const [before, after] = [text[i - 1] ?? " ", text[i + word.length] ?? " "];
    if (!/[\p{L}\p{N}._]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

function* runInCandidates(text: string): Iterable<RunIn> {
  for (const m of text.matchAll(RUN_IN)) {
    const end = m.index + m[0].length;
    // "against .”Moscow": the space before the full stop goes in this same run, so the word
    // before it is the one that ends the sentence, as the next run will see it.
    const wordEnd = m.index > 0 && spaceBeforePunctuationAt(text, m.index - 1) ? m.index - 1 : m.index;
    // Invisible characters inside the word go in this same run too ("Then\uFEFFé"), and so does
    // the space after a date run into it ("November 8, 2017Seriously.You").
    const word = text.slice(Math.max(0, wordEnd - 60), wordEnd).replace(INVISIBLE_BETWEEN_LETTERS, "").replace(DATE_RUN_IN, "$& ");
    if (!SENTENCE_WORD.test(word)) continue;
    // A straight single mark is fix-quotes' to read: spaced here where it will be "’" (the
    // next run would space it), left where it opens a quotation ("said.'Hello").
    if (m[0].endsWith("'") && opensSingle(text, end - 1)) continue;
    // The token is cut at any white space: a no-break space, which this run makes plain, too.
    let tokenStart = wordEnd;
    while (tokenStart > 0 && !/\s/.test(text[tokenStart - 1]!)) tokenStart--;
    const tokenEnd = text.slice(end).search(/\s/);
    const token = text.slice(tokenStart, tokenEnd === -1 ? text.length : end + tokenEnd);
    const next = text.slice(end, end + 60);
    if (ADDRESS.test(token) || DOMAIN_END.test(next) || CODE_MEMBER.test(next) || INNER_CAPITAL.test(next)) continue;
    if (IN_CODE.test(text.slice(tokenStart, wordEnd))) continue;
    const fix = m[0].endsWith('"') && opensQuote(text, m.index) ? `${m[0].slice(0, -1)} "` : `${m[0]} `;
    const afterCapitalised = CAPITALISED.test(word);
    yield {
      finding: { start: m.index, end, fix, message: "put back the space between two sentences run together" },
      afterCapitalised,
      opensSentence: !afterCapitalised || OPENER.test(next) || STARTS_A_SENTENCE.test(next),
    };
  }
}

function* dateRunIns(text: string): Iterable<Finding> {
  if (!DATE_RUN_IN_PART.test(text)) return;
  for (const m of text.matchAll(DATE_RUN_IN)) {
    const end = m.index + m[0].length;
    yield { start: end - 4, end, fix: `${m[0].slice(-4)} `, message: "put back the space after a date run into the next sentence" };
  }
}

/** Whether fix-quotes reads the straight single mark at `at` as an opening quote. */
function opensSingle(text: string, at: number): boolean {
  const newline = text.indexOf("\n", at);
  const marks = rolesInParagraph(text, text.lastIndexOf("\n", at) + 1, newline < 0 ? text.length : newline);
  return marks.find((mark) => mark.index === at)?.role === "open";
}

/** Whether a straight double quote at `at` opens a quotation: an even number of them come before it in its line. */
function opensQuote(text: string, at: number): boolean {
  let count = 0;
  for (let i = text.lastIndexOf("\n", at) + 1; i < at; i++) if (text[i] === '"') count++;
  return count % 2 === 0;
}

/** Every run-in of the text (the core puts findings in order). */
export function* runIns(text: string): Iterable<Finding> {
  yield* sentenceRunIns(text);
  yield* dateRunIns(text);
}
