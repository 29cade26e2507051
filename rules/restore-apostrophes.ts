import type { Doc, Finding, Rule } from "../src/core/types.js";

/**
 * Some datasets replaced every apostrophe inside a word by a space: "couldn t", "Trump s",
 * "I m", "we re". The fragments left say where it was only for a closed set of endings after
 * the words that take them; everything else (a letter "s", "Plan B s", "30 s", "seek re
 * election" where a hyphen went the same way, a unit "km s-1", the "s" of Czech or Hungarian
 * text, where it is a word) is left alone.
 */

/** Endings that follow an apostrophe, each with the words that take it (lower case). */
const CONTRACTIONS: Readonly<Record<string, ReadonlySet<string>>> = {
  t: new Set("don didn doesn isn wasn aren weren hasn haven hadn couldn wouldn shouldn mustn needn mightn can won ain shan daren oughtn".split(" ")),
  m: new Set(["i"]),
  re: new Set("you we they".split(" ")),
  ve: new Set("i you we they who would could should might must".split(" ")),
  ll: new Set("i you he she it we they that there who what".split(" ")),
  d: new Set("i you he she we they it that who there".split(" ")),
};

/** Words whose "’s" is "is", "has" or "us" ("it s", "let s"): a contraction, not a possessive. */
const S_CONTRACTIONS = new Set("it he she that there here what who where how let".split(" "));

/**
 * Words that never take "’s": articles, prepositions, conjunctions, auxiliaries, possessive
 * determiners, and words that name a letter ("the letter s"). The longer prepositions count for
 * law reports, which write "section" as "s" after them: "under s 21 of the Act", "before s 8"
 * ("over", a cricket noun, is not among them: "the over’s last ball").
 */
const NEVER_POSSESSIVE = new Set(
  ("a an the and or but nor of to in on at by for with from into onto upon as per via than then if so " +
    "under after before about against between through within without among across behind beyond below beneath during toward towards until despite throughout " +
    "is was are were be been am has have had do does did not no this these those their his her its our your my " +
    "letter letters plural").split(" "),
);

/** Irish family names written O’…, the one common case of an apostrophe after a single capital. */
const IRISH = new Set(
  ("Brien Bryan Callaghan Callahan Carroll Connell Connor Conor Dea Dell Doherty " +
    "Casey Donnel Donnell Donoghue Donohue Donovan Dowd Driscoll Dwyer Farrell Flaherty Flynn Gara " +
    "Gorman Grady Hagan Halloran Hanlon Hara Hare Herlihy Higgins Jays Kane Keefe Keeffe Kelly " +
    "Leary Loughlin Mahoney Mahony Malley Mara Meara Neil Neill Regan Reilly Riordan Rourke Shea " +
    "Shaughnessy Sullivan Toole").split(" "),
);

// A word, one space, then a fragment that ends it (not followed by more letters or digits, nor
// by a single quote mark of either way round: fix-quotes may turn "'" into "‘" or "’"; nor by a
// hyphen or a minus: "they re-elected" is the prefix, "30 km s-1" and "m s⁻¹" are units).
const SPLIT = /(?<![\p{L}\p{M}])(\p{L}+) (t|s|m|re|ve|ll|d|T|S|M|RE|VE|LL|D)(?![\p{L}\p{M}\p{N}‘’'\-\u2010\u2011\u2212\u207b])/uy;
// Where SPLIT may match: its space and fragment, found without trying a lookbehind at every
// character (which costs five times as much); each is then checked from its word's start.
const SPLIT_FRAGMENT = / (?:t|s|m|re|ve|ll|d|T|S|M|RE|VE|LL|D)(?![a-zA-Z0-9'‘’])/g;
const LETTER = /\p{L}/u;
// "O Brien", "d Ivoire", "Ballon d Or", "o clock". The lookbehind (no word character before the
// letter) is written after the letter and its space, so that it is tried there only, not at
// every character.
const ELISION = /(O|d|l|o) (?<![\p{L}\p{M}\p{N}‘’'.][Odlo] )(\p{Lu}\p{Ll}+|clock)(?![\p{L}‘’'])/gu;

/** SPLIT's matches, as a global search would find them. */
function* splitWords(text: string): Iterable<RegExpExecArray> {
  let lastEnd = 0;
  for (const candidate of text.matchAll(SPLIT_FRAGMENT)) {
    const start = letterRunStart(text, candidate.index);
    if (start === candidate.index || start < lastEnd) continue;
    SPLIT.lastIndex = start;
    const m = SPLIT.exec(text);
    if (m === null) continue;
    lastEnd = start + m[0].length;
    yield m;
  }
}

/** Where the run of letters that ends at `end` starts. */
function letterRunStart(text: string, end: number): number {
  let i = end;
  for (;;) {
    const size = i >= 2 && /[\udc00-\udfff]/.test(text[i - 1]!) && /[\ud800-\udbff]/.test(text[i - 2]!) ? 2 : 1;
    if (i - size < 0 || !LETTER.test(text.slice(i - size, i))) return i;
    i -= size;
  }
}

// Letters of the Central European alphabets, where "s" is a word of its own: the Czech, Slovak,
// Slovene and Croatian "with" ("mluvil s ministrem"), the Hungarian "and" ("Péter s Pál").
const CENTRAL_EUROPEAN = /[ąćęłńśźżčďěňřšťůžľĺŕőűđĄĆĘŁŃŚŹŻČĎĚŇŘŠŤŮŽĽĹŔŐŰĐ]/u;
// The one-letter prepositions of those languages ("v Praze", "k vládě", "z Brna", "u kuće", "o krizi").
const SLAVIC_PREPOSITION = /(?<![\p{L}\p{M}\p{N}.'’])[vkzuoi] \p{L}/u;
// Words an English sentence can hardly do without, and that no language whose "s" is a word
// writes alone ("in" is Slovene "and", "to" Czech "it", "is" Hungarian "also").
const ENGLISH_WORD = /(?<![\p{L}\p{M}])(?:the|and|of|for|with|was|were|that|this|from|has|have|had|will|would|it|he|she|they|said|are|his|her|but|not)(?![\p{L}\p{M}])/iu;

// French words an English sentence does not use, two of which mark a line as French, where a
// lone "s" is "si" or "se" that lost its apostrophe ("pas s il vient", "elle s est levée"):
// "pas’s il" would be a wrong word. ("Le Pen s party" holds one.)
const FRENCH_WORDS = /(?<![\p{L}\p{M}])(?:le|la|les|des|du|une|est|pas|que|qui|dans|pour|avec|il|ils|elle|elles|nous|vous|sur|ne|aux|cette|mais|où|sont|été|être|était)(?![\p{L}\p{M}])/giu;

function readsFrench(line: string): boolean {
  return (line.match(FRENCH_WORDS)?.length ?? 0) >= 2;
}

/**
 * Whether a lone "s" in the line that holds `at` may be a lost possessive: not in a line written
 * in a language whose "s" is a word (or an elided one): one with the letters or the one-letter
 * prepositions of those languages, or French, and none of the words of an English sentence
 * (which a headline, "Trump s plan", or a short sentence may well lack: those are English
 * unless shown otherwise).
 */
function possessiveLine(text: string, at: number): boolean {
  const end = text.indexOf("\n", at);
  const line = text.slice(text.lastIndexOf("\n", at) + 1, end === -1 ? text.length : end);
  if (ENGLISH_WORD.test(line)) return true;
  return !CENTRAL_EUROPEAN.test(line) && !SLAVIC_PREPOSITION.test(line) && !readsFrench(line);
}

// Words that describe a letter ("a double s", "the silent s", "a capital s"), some of them also
// nouns that take a possessive ("the final's kick-off", "the capital's mayor").
const LETTER_DESCRIPTIONS = new Set(
  "double silent final extra single initial trailing terminal capital lowercase uppercase missing possessive hard soft".split(" "),
);

/**
 * Whether the lone "s" of a match names the letter rather than ending a possessive: after a
 * word that describes a letter, with nothing after it but punctuation or the line's end
 * ("spelled with a double s,", "ends in a silent s."). A possessive is followed by what is
 * possessed; where it ends a clause ("a friend of his daughter's,") the word before is a noun.
 */
function namesTheLetter(text: string, m: RegExpExecArray): boolean {
  if (!LETTER_DESCRIPTIONS.has(m[1]!)) return false;
  const after = text[m.index + m[0].length];
  return after === undefined || after === "\n" || after === "\r" || /[.,;:!?)]/.test(after);
}

// "s." before a number is the abbreviation of "section" ("under s. 214 of the Act", "s.21"),
// which law reports write after any word; a possessive is followed by what is possessed, never
// by a full stop and a number.
const SECTION_NUMBER = /^\. ?\p{N}/u;

/** Whether the lone "s" of a match is the abbreviation of "section": "s. 214", "s.21". */
function abbreviatesSection(text: string, m: RegExpExecArray): boolean {
  const end = m.index + m[0].length;
  return SECTION_NUMBER.test(text.slice(end, end + 3));
}

// Mathematics names quantities by single letters after "let" and "that": "Let s be the
// distance", "such that d divides n", "so that s is even".
const BEFORE_A_VARIABLE = new Set(["let", "that"]);
// A letter before a relation or an operation is a variable: "we say that d = 2", "let s < t".
const OPERATOR_AFTER = /^ ?[=<>≤≥≠≈+×÷]/u;

/** Whether the fragment of a match is a single letter where mathematics puts its variables. */
function mayBeVariable(m: RegExpExecArray): boolean {
  return m[2]!.length === 1 && BEFORE_A_VARIABLE.has(m[1]!.toLowerCase());
}

/** Whether the fragment of a match is a variable in a formula: a relation or an operation follows it. */
function inFormula(text: string, m: RegExpExecArray): boolean {
  const end = m.index + m[0].length;
  return m[2]!.length === 1 && OPERATOR_AFTER.test(text.slice(end, end + 2));
}

function isUpper(word: string): boolean {
  return word === word.toUpperCase() && word !== word.toLowerCase();
}

/**
 * The ending fits the word before it, in the same case ("DON T", "don t", "Trump s"). `joined`:
 * the word ends a longer token ("M&S s", "P2P s", "Jay-Z s").
 */
function fits(word: string, ending: string, joined: boolean): boolean {
  const lower = ending.toLowerCase();
  if (ending !== lower && !(isUpper(word) && (word.length >= 2 || joined))) return false;
  // A single letter alone before "s" is a letter or an initial ("Plan B s", "vitamin C s").
  if (lower === "s") return (word.length >= 2 || joined) && !NEVER_POSSESSIVE.has(word.toLowerCase());
  return CONTRACTIONS[lower]?.has(word.toLowerCase()) ?? false;
}

function elisionFits(lead: string, rest: string): boolean {
  if (rest === "clock") return lead === "o" || lead === "O";
  if (lead === "O") return IRISH.has(rest);
  if (lead === "o") return false;
  // French elision before a capitalised vowel: "Côte d Ivoire", "Ballon d Or", "l Oréal".
  return /^[AEIOUYÉÈÂÎÔ]/u.test(rest);
}

/**
 * The document's own apostrophe: curly unless straight marks outnumber curly ones (every
 * quote mark and apostrophe counts; ties go to curly, as fix-quotes decides).
 */
function apostropheStyle(text: string): string {
  return count(text, "'\"") > count(text, "‘’“”") ? "'" : "’";
}

/** How many of the text's code units are one of `chars`, counted by native search: no array of matches. */
function count(text: string, chars: string): number {
  let n = 0;
  for (const c of chars) for (let at = text.indexOf(c); at !== -1; at = text.indexOf(c, at + 1)) n++;
  return n;
}

/**
 * How many words keep a typographic apostrophe inside them ("it’s", "won’t"). The damage this
 * rule repairs took every one; where more words keep theirs than have lost one, a word, a space
 * and an "s" ("MacBook s", a name split by a page's layout) is not that damage. Straight ones are
 * no such evidence: the ISOT dataset lost its curly apostrophes and kept the straight ones of
 * the tweets it quotes.
 */
function keptApostrophes(text: string): number {
  let n = 0;
  for (let at = text.indexOf("’"); at !== -1; at = text.indexOf("’", at + 1)) {
    if (at > 0 && LETTER.test(text[at - 1]!) && LETTER.test(text[at + 1] ?? "")) n++;
  }
  return n;
}

const restoreApostrophes: Rule = {
  meta: {
    id: "restore-apostrophes",
    description: "Restores apostrophes that a dataset replaced by a space inside words: \"couldn t\", \"Trump s\", \"I m\".",
    fixable: true,
    defaultOptions: {},
  },
  *check(doc: Doc) {
    const { text } = doc;
    const mark = apostropheStyle(text);
    const found: Finding[] = [];
    // The third argument: the word ends a longer token ("M&S s").
    const joined = (at: number) => at > 0 && /[^\s"“”‘’'(\[]/u.test(text[at - 1]!);
    const splits = [...splitWords(text)].filter((m) => fits(m[1]!, m[2]!, joined(m.index)));
    const lostItsApostrophes = splits.length > 0 && keptApostrophes(text) <= splits.length;
    for (const m of splits) {
      // "re:" is the memo's "regarding" ("an email to you re: the merger"), not "you’re:".
      if (m[2]!.toLowerCase() === "re" && text[m.index + m[0].length] === ":") continue;
      const possessive = m[2]!.toLowerCase() === "s" && !S_CONTRACTIONS.has(m[1]!.toLowerCase());
      if (inFormula(text, m)) continue;
      // Like a possessive, a letter that may be a variable is the damage only in a document that
      // lost its apostrophes ("it s", "don t", nothing but the damage, are mended wherever they are).
      if ((possessive || mayBeVariable(m)) && !lostItsApostrophes) continue;
      if (possessive && (!possessiveLine(text, m.index) || namesTheLetter(text, m) || abbreviatesSection(text, m))) continue;
      const at = m.index + m[1]!.length;
      found.push({ start: at, end: at + 1, fix: mark, message: `restored the apostrophe in "${m[1]}${mark}${m[2]}"` });
    }
    for (const m of text.matchAll(ELISION)) {
      if (!elisionFits(m[1]!, m[2]!)) continue;
      const at = m.index + m[1]!.length;
      found.push({ start: at, end: at + 1, fix: mark, message: `restored the apostrophe in "${m[1]}${mark}${m[2]}"` });
    }
    yield* found.sort((a, b) => a.start - b.start);
  },
};

export default restoreApostrophes;
