import { readDataFile } from "../data/load.js";
import { surelyLongerInChars } from "./lines.js";
import { openingTest } from "./opening-chars.js";
import { isPlain, samePlain } from "./plain-text.js";

/** One pattern of a pack, as stored in rules/data/boilerplate/<pack>.json. */
export interface PatternSpec {
  id: string;
  /** The class of chrome, for the report: "comment prompt", "photo credit", ... */
  kind: string;
  /**
   * A regular expression (case-insensitive, Unicode) for one piece of chrome, unanchored. What
   * its group `caps` matches counts only in capitals: "(EPA)" credits a photo agency, "(ePA)"
   * abbreviates a German word.
   */
  pattern: string;
  /** A heading that opens a section of chrome running to the end of the page (comments, related stories). */
  section?: boolean;
  /**
   * A prompt written as a sentence ("Did you enjoy this article?", "Don't forget to like us on
   * Facebook"), a shape articles also use to address their readers ("Don't forget to vote on
   * Tuesday"): it counts only at the article's end, below its last paragraph or run into the end
   * of it, or on a line of its own beside other chrome (`appeals.ts`). A piece of it that holds a
   * reporting verb ("Please share this story, the campaign urged.") reports someone's appeal.
   */
  atEnd?: boolean;
  /** Lines this pattern must remove, and lines it must leave: its test cases. */
  examples: string[];
  keeps: string[];
}

export interface PackSpec {
  pack: string;
  description: string;
  patterns: PatternSpec[];
}

export interface ChromeMatch {
  pack: string;
  id: string;
  kind: string;
  section: boolean;
  atEnd: boolean;
}

export interface CompiledPattern extends ChromeMatch {
  regex: RegExp;
  /** The same without the u flag, faster on plain lines, where it is exact (plain-text.ts). */
  plain: RegExp | null;
}

const DATA_DIR = "boilerplate";

export function loadPacks(): PackSpec[] {
  const names = JSON.parse(readDataFile(`${DATA_DIR}/packs.json`)) as string[];
  return names.map((name) => JSON.parse(readDataFile(`${DATA_DIR}/${name}`)) as PackSpec);
}

export function compilePacks(packs: readonly PackSpec[]): CompiledPattern[] {
  return packs.flatMap((p) =>
    p.patterns.map((s) => {
      const regex = new RegExp(`(?:${s.pattern})`, "iyu");
      return { pack: p.pack, id: s.id, kind: s.kind, section: s.section === true, atEnd: s.atEnd === true, regex, plain: samePlain(regex) };
    }),
  );
}

const MAX_CHROME_CHARS = 700;

/** Whether a line may be chrome once judged: told from the line as it is, since judging a paragraph costs more than this answer. */
export function mayBeChrome(line: string): boolean {
  return !surelyLongerInChars(line, MAX_CHROME_CHARS);
}

// Between two pieces of chrome on one line, and around them: spaces, bars, bullets, dashes,
// commas, the exclamation mark a prompt may end with ("Follow us on Facebook!", "Donate!",
// "- Advertisement -"), and the brackets a link's label may stand in ("[Related: ...]"). Not a
// stop: a pattern that reads up to one ("image copyright [^.]...") would run on over a sentence.
const SEPARATOR = /[\s|·•,/–—!\[\]-]*/uy;
// An ellipsis that ends the line after a piece: a heading trailing off ("You may also like...").
const TRAILING_OFF = /(?:\.{2,}|…)$/y;
const WORD_CHAR = /[\p{L}\p{N}]/u;
const LOWER = /\p{Ll}/u;
const UPPER = /\p{Lu}/u;

/**
 * A piece may end at the end of the line, before a non-word character, or where a lowercase
 * letter runs into a capital: two prompts the scraper fused ("logged inPlease refresh").
 */
function endsAtBoundary(line: string, end: number): boolean {
  const next = line[end];
  if (next === undefined || !WORD_CHAR.test(next)) return true;
  const prev = line[end - 1] ?? "";
  return LOWER.test(prev) && UPPER.test(next);
}

// Reporting verbs: an appeal that holds one is a sentence about someone else's appeal.
const REPORTED = /\b(?:said|says|told|according to|wrote|writes|urged|added|asked)\b/iu;
// Any piece of chrome that ends in a speaker's tag ("Sign up to our newsletter is the line they
// all share ..., one editor said.") is a sentence of reporting that quotes the prompt: a scam's
// or a campaign's words, reported with any verb of saying ("..., the fake emails urge.", "...,
// another message promised.", "..., the messages claimed, using the bank's logo."), the verb
// first or last. The speaker is no relative clause or the prompt's own "we" and "you" ("...,
// which offers ...", "No spam, we promise"), and a verb that is also a noun ("offers", "claims",
// "reports") counts in the past tense only: a prompt lists those ("get exclusive offers").
const SPEAKER = "(?!(?:which|that|who|whose|where|when|and|or|but|to|for|with|plus|so|then|we|you|your|our|it['’]s)\\b)(?:[\\p{L}'’-]+ ){1,4}";
const SAYING =
  "(?:said|says|say|told \\p{L}+|tells? \\p{L}+|wrote|writes|write|added|adds|joked|explained|explains|recalled|urged|urges|urge|warned|warns|warn|claimed|promised|offered|noted|insisted|insists|insist|announced|announces|demanded|asked|stated|replied|argued|argues|admitted|suggested|advised|pleaded|tweeted|declared|boasted|confirmed|complained)";
const SPEECH_TAG = new RegExp(`, (?:${SPEAKER}${SAYING}|(?:said|says|wrote|writes|added|urged|warned|asked) (?:[\\p{L}'’-]+ ?){1,5})(?:,? [^.!?]{1,80})?[.!]?$`, "iu");

function inCapitals(m: RegExpExecArray): boolean {
  const caps = m.groups?.caps;
  return caps === undefined || caps === caps.toUpperCase();
}

/**
 * V8 optimises a regular expression less once its source reaches 20 KB (kRegExpTooLargeToOptimize):
 * the packs' union at 21.6 KB ran three times slower than at 18.7 KB. The union is cut into
 * parts below this size, tried one after the other.
 */
const MAX_UNION_SOURCE = 18_000;

/** The sources, joined in order into parts of at most MAX_UNION_SOURCE characters (a longer one alone). */
function joinedInParts(sources: readonly string[]): string[] {
  const parts: string[] = [];
  let part: string[] = [];
  let length = 0;
  for (const source of sources) {
    if (part.length > 0 && length + 1 + source.length > MAX_UNION_SOURCE) {
      parts.push(part.join("|"));
      part = [];
      length = 0;
    }
    length += (part.length > 0 ? 1 : 0) + source.length;
    part.push(source);
  }
  return [...parts, part.join("|") || "(?!)"];
}

/** The sources of the union's parts, or null if the patterns cannot be joined (a backreference). */
function unionSources(patterns: readonly CompiledPattern[]): string[] | null {
  if (patterns.some((p) => /\\[1-9k]/.test(p.regex.source))) return null;
  const unnamed = (source: string) => source.replace(/(?<!\\)\(\?<[A-Za-z]\w*>/g, "(?:");
  return joinedInParts(patterns.map((p) => unnamed(p.regex.source)));
}

const ANYWHERE = new WeakMap<readonly CompiledPattern[], RegExp[] | null>();

/**
 * Whether a piece of one of `patterns` starts anywhere in `text`: one search instead of a try at
 * each place, for callers that would try many places of a line most of which holds none
 * (always true for patterns that cannot be joined).
 */
export function holdsOneOf(text: string, patterns: readonly CompiledPattern[]): boolean {
  let parts = ANYWHERE.get(patterns);
  if (parts === undefined) {
    parts = unionSources(patterns)?.map((source) => new RegExp(source, "iu")) ?? null;
    ANYWHERE.set(patterns, parts);
  }
  return parts === null || parts.some((part) => part.test(text));
}

/**
 * Reading which characters the patterns open with (opening-chars.ts) costs a run about 12 ms,
 * more than a small run would gain from it: it is done once this many lines have been looked at
 * with every pattern.
 */
const LINES_BEFORE_SCREEN = 5000;
let linesLookedAt = 0;

const OPENS = new WeakMap<CompiledPattern, RegExp | null>();
const OPENING = new WeakMap<readonly CompiledPattern[], Map<number, CompiledPattern[]>>();

function opensWith(p: CompiledPattern, char: string): boolean {
  let test = OPENS.get(p);
  if (test === undefined) {
    test = openingTest(p.regex.source, p.regex.flags);
    OPENS.set(p, test);
  }
  return test === null || test.test(char);
}

/** The patterns whose match can open with the character at `pos` (a run meets a few hundred such characters). */
function patternsOpeningAt(text: string, pos: number, patterns: readonly CompiledPattern[]): readonly CompiledPattern[] {
  if (linesLookedAt <= LINES_BEFORE_SCREEN) return patterns;
  let byChar = OPENING.get(patterns);
  if (!byChar) {
    byChar = new Map();
    OPENING.set(patterns, byChar);
  }
  const code = text.codePointAt(pos)!;
  let opening = byChar.get(code);
  if (!opening) {
    const char = String.fromCodePoint(code);
    opening = patterns.filter((p) => opensWith(p, char));
    byChar.set(code, opening);
  }
  return opening;
}

/** The match of `p` at `pos`, by its copy without u on plain text. */
function matchAt(p: CompiledPattern, text: string, pos: number, plain: boolean): RegExpExecArray | null {
  const regex = plain && p.plain ? p.plain : p.regex;
  regex.lastIndex = pos;
  return regex.exec(text);
}

/**
 * Whether some pattern of `patterns` matches where a piece of chrome would start in `line` (its
 * first character past separators): a screen for callers that take only these patterns' chrome.
 * matchChrome with more patterns picks, at each place, the longest piece of any of them, so
 * where none of these matches there, its answer holds none of theirs at that place.
 */
export function opensWithOneOf(line: string, patterns: readonly CompiledPattern[]): boolean {
  const text = line.trim();
  if (text === "") return false;
  const plain = isPlain(text);
  const pos = startPast(text);
  return patternsOpeningAt(text, pos, patterns).some((p) => matchAt(p, text, pos, plain) !== null);
}

/**
 * Where the first piece of chrome would start: separators open a line too ("- Advertisement
 * -"), but a line of them alone is left to the patterns (a menu's "|" or "•" is navigation).
 */
function startPast(text: string): number {
  SEPARATOR.lastIndex = 0;
  const pos = SEPARATOR.exec(text)?.[0].length ?? 0;
  return pos === text.length ? 0 : pos;
}

/**
 * The patterns that together consume the whole line, piece after piece (longest first at
 * each place), or null if some part of the line is not chrome.
 */
export function matchChrome(line: string, patterns: readonly CompiledPattern[]): ChromeMatch[] | null {
  const text = line.trim();
  // No piece of chrome in the packs runs this long: a paragraph this size is not looked at.
  if (text === "" || text.length > MAX_CHROME_CHARS) return null;
  const plain = isPlain(text);
  linesLookedAt++;
  const found: ChromeMatch[] = [];
  let pos = startPast(text);
  while (pos < text.length) {
    let best: CompiledPattern | null = null;
    let bestEnd = pos;
    for (const p of patternsOpeningAt(text, pos, patterns)) {
      const m = matchAt(p, text, pos, plain);
      if (!m || !inCapitals(m) || (p.atEnd && REPORTED.test(m[0])) || SPEECH_TAG.test(m[0])) continue;
      const end = pos + m[0].length;
      if (end > bestEnd && endsAtBoundary(text, end)) {
        best = p;
        bestEnd = end;
      }
    }
    if (!best) return null;
    if (!found.some((f) => f.pack === best.pack && f.id === best.id)) found.push({ pack: best.pack, id: best.id, kind: best.kind, section: best.section, atEnd: best.atEnd });
    SEPARATOR.lastIndex = bestEnd;
    pos = bestEnd + (SEPARATOR.exec(text)?.[0].length ?? 0);
    TRAILING_OFF.lastIndex = pos;
    if (TRAILING_OFF.test(text)) break;
  }
  return found;
}
