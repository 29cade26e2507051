/**
 * The bundled lexicon's data model: one entry per line of `rules/data/lexicon.tsv` (built by
 * `scripts/build-lexicon.js`), the word forms anchors and cues are compared in, and the index
 * that finds entries by the words touching a blank.
 */
import { APOSTROPHE, isAscii, isAsciiLetterOrDigit, LOWER_S } from "./words.js";

/**
 * What an entry is: a person's name (certain only with a title beside it, since other cue words
 * of the sentence may be about someone else), a fixed phrase or name of a thing (its anchors
 * and topic cues suffice), or a compound with no anchor (found through its neighbours).
 */
type Kind = "person" | "phrase" | "compound";

/** One line of the lexicon, parsed. */
export interface Entry {
  token: string;
  kind: Kind;
  /**
   * Words that must stand right before the blank, in text order ("Park"); empty if none. A
   * capitalised anchor must match exactly ("Moon", not "moon"); a lower-case one in any case.
   */
  before: readonly string[];
  /** Words that must stand right after the blank ("Juncker"; "Le Pen"); empty if none. */
  after: readonly string[];
  /** Neighbour words (normalised) that may stand right before / after the token. */
  left: ReadonlySet<string>;
  right: ReadonlySet<string>;
  /** Words (normalised) of the topic the token belongs to: roles, offices, events. */
  cues: ReadonlySet<string>;
  /**
   * How far this entry's data can be trusted: "certain" and "likely" entries are curated (a
   * "likely" one has a spelling that varies by publisher, or rivals the lexicon lacks);
   * "derived" ones have contexts taken automatically from dictionary glosses, which match any
   * article on the same broad topic, so they need more to be offered, and only as likely.
   */
  ceiling: Ceiling;
  /** What the entry is, for the report ("Park Geun-hye, South Korean president"). */
  label: string;
  source: string;
}

export interface Index {
  byBefore: Map<string, Entry[]>;
  byAfter: Map<string, Entry[]>;
  byLeft: Map<string, Entry[]>;
  byRight: Map<string, Entry[]>;
  /**
   * Every cue of every entry (words and bigrams), and the heads of the bigrams (what stands
   * before an underscore): a sentence's words are weighed only against cues, so only words
   * that are some entry's cue need to be kept of it.
   */
  cues: ReadonlySet<string>;
  cueHeads: ReadonlySet<string>;
  /** By a key of `byLeft` (`byRight`): every cue of its entries. */
  cuesByLeft: Map<string, Set<string>>;
  cuesByRight: Map<string, Set<string>>;
  /** The most words an anchor has on one side. */
  anchorWords: number;
}

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const POSSESSIVE = /[’'](?:s)?$/u;

/** A word as the anchors see it: punctuation around it and a possessive removed, case kept. */
export function bare(word: string): string {
  return isAscii(word) ? bareAscii(word) : word.replace(POSSESSIVE, "").replace(EDGE_PUNCTUATION, "");
}

/**
 * `bare` of an ASCII word, where only A-Z, a-z and 0-9 are letters or digits and ’ cannot occur:
 * the same cuts found by scanning code units, without the patterns that cost most of a word's
 * normalising (every word either side of every blank goes through here twice).
 */
function bareAscii(word: string): string {
  let end = possessiveAt(word);
  let start = 0;
  while (start < end && !isAsciiLetterOrDigit(word.charCodeAt(start))) start++;
  while (end > start && !isAsciiLetterOrDigit(word.charCodeAt(end - 1))) end--;
  return word.slice(start, end);
}

/** Whether `bare(word)` is more than nothing, found on ASCII without making it. */
export function hasBare(word: string): boolean {
  if (!isAscii(word)) return bare(word) !== "";
  const end = possessiveAt(word);
  for (let i = 0; i < end; i++) if (isAsciiLetterOrDigit(word.charCodeAt(i))) return true;
  return false;
}

/** Where an ASCII word's possessive ("'s", "'") starts, as `POSSESSIVE` finds it; its length if it has none. */
function possessiveAt(word: string): number {
  const end = word.length;
  if (word.charCodeAt(end - 1) === LOWER_S && word.charCodeAt(end - 2) === APOSTROPHE) return end - 2;
  return word.charCodeAt(end - 1) === APOSTROPHE ? end - 1 : end;
}

/** A word as the cues see it: bare, lower case, a plural or third-person "s" removed. */
export function normalise(word: string): string {
  return normaliseLower(bare(word).toLowerCase());
}

/** `normalise` of a word given as its bare form in lower case. */
export function normaliseLower(lowerBare: string): string {
  const w = lowerBare.replace("defence", "defense");
  return w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w;
}

const NONE: readonly string[] = [];
const EMPTY: ReadonlySet<string> = new Set();

function words(field: string | undefined): readonly string[] {
  return field ? field.split(" ") : NONE;
}

function wordSet(field: string | undefined): ReadonlySet<string> {
  return field ? new Set(field.split(" ")) : EMPTY;
}

const KINDS: ReadonlySet<string> = new Set<Kind>(["person", "phrase", "compound"]);
type Ceiling = "certain" | "likely" | "derived";
const CEILINGS: ReadonlySet<string> = new Set<Ceiling>(["certain", "likely", "derived"]);

export function parseLexicon(text: string): Entry[] {
  const entries: Entry[] = [];
  for (const line of text.split("\n")) {
    if (line === "" || line.startsWith("#")) continue;
    const [token, kind, before, after, left, right, cues, ceiling, label, source] = line.split("\t");
    if (!token || !KINDS.has(kind ?? "") || !CEILINGS.has(ceiling ?? "")) throw new Error(`lexicon: bad line "${line}"`);
    entries.push({
      token,
      kind: kind as Kind,
      before: words(before),
      after: words(after),
      left: wordSet(left),
      right: wordSet(right),
      cues: wordSet(cues),
      ceiling: ceiling as Ceiling,
      label: label ?? token,
      source: source ?? "lexicon",
    });
  }
  return entries;
}

function push<K>(map: Map<K, Entry[]>, key: K, entry: Entry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

function addAll(map: Map<string, Set<string>>, key: string, words: ReadonlySet<string>): void {
  const set = map.get(key) ?? new Set();
  for (const w of words) set.add(w);
  map.set(key, set);
}

export function buildIndex(entries: readonly Entry[]): Index {
  const cues = new Set<string>();
  const cueHeads = new Set<string>();
  const index: Index = { byBefore: new Map(), byAfter: new Map(), byLeft: new Map(), byRight: new Map(), cues, cueHeads, cuesByLeft: new Map(), cuesByRight: new Map(), anchorWords: 0 };
  for (const e of entries) {
    index.anchorWords = Math.max(index.anchorWords, e.before.length, e.after.length);
    for (const c of e.cues) {
      cues.add(c);
      // Any underscore may be the one a bigram was joined at ("a_b_c" is "a" and "b_c", or "a_b" and "c").
      for (let at = c.indexOf("_"); at !== -1; at = c.indexOf("_", at + 1)) cueHeads.add(c.slice(0, at));
    }
    if (e.before.length > 0) push(index.byBefore, e.before[e.before.length - 1]!.toLowerCase(), e);
    else if (e.after.length > 0) push(index.byAfter, e.after[0]!.toLowerCase(), e);
    else {
      for (const w of e.left) push(index.byLeft, w, e), addAll(index.cuesByLeft, w, e.cues);
      for (const w of e.right) push(index.byRight, w, e), addAll(index.cuesByRight, w, e.cues);
    }
  }
  return index;
}
