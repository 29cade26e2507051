/**
 * Evidence (3) for restore-blanks: the bundled lexicon of hyphenated names and compounds with
 * the contexts they occur in (`rules/data/lexicon.tsv`, built by `scripts/build-lexicon.js`).
 *
 * The scraper deleted every token that contains a hyphen, so the lost token is a hyphenated one;
 * the lexicon says which hyphenated tokens fit the words around the blank. A wrong word is far
 * worse than a blank: a candidate is `certain` only when an anchor (the surname or given name
 * that must touch the blank, or a compound's neighbour) and cue words make it the only plausible
 * one; `likely` when it clearly leads; nothing when the best is a guess.
 */
import { readDataFile } from "../data/load.js";

export interface LexiconCandidate { token: string; confidence: "certain" | "likely"; evidence: string }

/**
 * What an entry is: a person's name (certain only with a title beside it, since other cue words
 * of the sentence may be about someone else), a fixed phrase or name of a thing (its anchors
 * and topic cues suffice), or a compound with no anchor (found through its neighbours).
 */
type Kind = "person" | "phrase" | "compound";

/** One line of the lexicon, parsed. */
interface Entry {
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

interface Index {
  byBefore: Map<string, Entry[]>;
  byAfter: Map<string, Entry[]>;
  byLeft: Map<string, Entry[]>;
  byRight: Map<string, Entry[]>;
}

/** How many words on each side of the blank count as its context (within its sentence). */
const WINDOW = 14;

const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;
const POSSESSIVE = /[’'](?:s)?$/u;

/** A word as the anchors see it: punctuation around it and a possessive removed, case kept. */
function bare(word: string): string {
  return word.replace(POSSESSIVE, "").replace(EDGE_PUNCTUATION, "");
}

/** A word as the cues see it: bare, lower case, a plural or third-person "s" removed. */
export function normalise(word: string): string {
  const w = bare(word).toLowerCase().replace(/defence/u, "defense");
  return w.length > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w;
}

function words(field: string | undefined): string[] {
  return field ? field.split(" ").filter(Boolean) : [];
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
      left: new Set(words(left)),
      right: new Set(words(right)),
      cues: new Set(words(cues)),
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

function buildIndex(entries: readonly Entry[]): Index {
  const index: Index = { byBefore: new Map(), byAfter: new Map(), byLeft: new Map(), byRight: new Map() };
  for (const e of entries) {
    if (e.before.length > 0) push(index.byBefore, e.before[e.before.length - 1]!.toLowerCase(), e);
    else if (e.after.length > 0) push(index.byAfter, e.after[0]!.toLowerCase(), e);
    else {
      for (const w of e.left) push(index.byLeft, w, e);
      for (const w of e.right) push(index.byRight, w, e);
    }
  }
  return index;
}

let bundled: Index | undefined;
function bundledIndex(): Index {
  bundled ??= buildIndex(parseLexicon(readDataFile("lexicon.tsv")));
  return bundled;
}

/** Normalised words and the bigrams of neighbours ("prime_minister"), which cues may name. */
function withBigrams(list: readonly string[]): Set<string> {
  const out = new Set(list);
  for (let i = 1; i < list.length; i++) out.add(`${list[i - 1]}_${list[i]}`);
  out.delete("");
  return out;
}

/** The words of the blank's sentence within the window, in text order, normalised, with bigrams. */
function contextWords(before: readonly string[], after: readonly string[]): Set<string> {
  const head: string[] = [];
  for (let i = before.length - 1, n = 0; i >= 0 && n < WINDOW; i--, n++) {
    if (/[.!?]["”’]?$/u.test(before[i]!) && n > 0) break;
    head.unshift(normalise(before[i]!));
  }
  const tail: string[] = [];
  for (let i = 0; i < after.length && i < WINDOW; i++) {
    tail.push(normalise(after[i]!));
    if (/[.!?]["”’]?$/u.test(after[i]!)) break;
  }
  return new Set([...withBigrams(head), ...withBigrams(tail)]);
}

/** Drops tokens that are punctuation alone (a quote mark beside an empty pair). */
function wordsOnly(list: readonly string[]): string[] {
  return list.filter((w) => bare(w) !== "");
}

function sameAnchor(anchor: string, word: string): boolean {
  const w = bare(word);
  return anchor === anchor.toLowerCase() ? w.toLowerCase() === anchor : w === anchor;
}

/** The entry's anchors stand right beside the blank, touching it (no punctuation between). */
function anchored(e: Entry, before: readonly string[], after: readonly string[]): boolean {
  const b = before.slice(before.length - e.before.length);
  const a = after.slice(0, e.after.length);
  if (b.length !== e.before.length || a.length !== e.after.length) return false;
  if (e.before.length > 0 && /[^\p{L}\p{N}]$/u.test(b[b.length - 1]!)) return false;
  if (e.after.length > 0 && /^[^\p{L}\p{N}’']/u.test(a[0]!)) return false;
  return e.before.every((w, i) => sameAnchor(w, b[i]!)) && e.after.every((w, i) => sameAnchor(w, a[i]!));
}

interface Scored { entry: Entry; hits: Set<string>; adjacent: number }

function score(entry: Entry, context: ReadonlySet<string>, leftWord: string, rightWord: string): Scored {
  // A neighbour that matched already counts as adjacency, not again as a topic cue.
  const hits = new Set([...entry.cues].filter((c) => context.has(c) && c !== leftWord && c !== rightWord));
  const adjacent = (entry.left.has(leftWord) ? 1 : 0) + (entry.right.has(rightWord) ? 1 : 0);
  return { entry, hits, adjacent };
}

/** True when every cue a rival matched, the leader matched too, and the leader matched more. */
function dominates(lead: Scored, rival: Scored): boolean {
  return lead.hits.size > rival.hits.size && [...rival.hits].every((h) => lead.hits.has(h)) && lead.adjacent >= rival.adjacent;
}

/**
 * One reading per token: the same word from two sources, or one name under a longer and a
 * shorter anchor ("Sheikh Mohammed bin Rashid", "Mohammed bin Rashid"), is not a rival of itself.
 */
function bestPerToken<S extends Scored>(scored: readonly S[], value: (s: S) => number): S[] {
  const best = new Map<string, S>();
  for (const s of scored) {
    const held = best.get(s.entry.token);
    if (!held || value(s) > value(held)) best.set(s.entry.token, s);
  }
  return [...best.values()];
}

function evidenceOf(s: Scored, how: string): string {
  const cues = [...s.hits].join(", ");
  return `lexicon (${s.entry.source}): ${s.entry.label}; ${how}${cues ? `; cues: ${cues}` : ""}`;
}

/** Words that open an appositive after a name: "Choi Jong-kun, an adviser to ...". */
const APPOSITIVE = new Set(["a", "an", "the", "who", "former", "now"]);

/**
 * The title or role that says who a name is, or nothing: the words right before the full name
 * ("South Korean President Park": "president", "korean", ...) when the word touching the name
 * (or the pair ending there: "Prime Minister") is a cue of this entry; or an appositive after
 * it ("Moon   the president"; the lost token took its comma with it).
 */
function titleHits(e: Entry, before: readonly string[], after: readonly string[]): string[] {
  const head: string[] = [];
  const front = before.slice(0, before.length - e.before.length);
  for (let i = front.length - 1; i >= 0 && head.length < 3; i--) {
    if (/[^\p{L}\p{N}]$/u.test(front[i]!)) break;
    head.unshift(normalise(front[i]!));
  }
  const touching = head.slice(-2);
  const found: string[] = [];
  if (e.cues.has(touching[touching.length - 1] ?? "") || e.cues.has(touching.join("_"))) {
    found.push(...[...withBigrams(head)].filter((w) => e.cues.has(w)));
  }
  const tail = after.slice(e.after.length);
  if (tail[0] && APPOSITIVE.has(normalise(tail[0]))) {
    const words: string[] = [];
    for (const w of tail.slice(0, 4)) {
      words.push(normalise(w));
      if (/[^\p{L}\p{N}]$/u.test(w)) break;
    }
    found.push(...[...withBigrams(words)].filter((w) => e.cues.has(w)));
  }
  return [...new Set(found)];
}

function withoutWords(context: ReadonlySet<string>, words: readonly string[]): Set<string> {
  const drop = new Set(words.map(normalise));
  return new Set([...context].filter((w) => !drop.has(w)));
}

function strongAnchor(e: Entry): boolean {
  return e.before.length > 0 && e.after.length > 0 && e.before.length + e.after.length >= 3;
}

/**
 * Names and phrases: the anchor (a surname before the blank, a family name after it, the rest
 * of a fixed phrase) picks the entries the lexicon knows by it; a title or role cue beside the
 * name, then the other cue words of the sentence, choose among them. Cues elsewhere in the
 * sentence may be about someone else, so only a title cue makes a person certain.
 */
function anchoredCandidates(found: readonly Entry[], context: ReadonlySet<string>, before: readonly string[], after: readonly string[]): LexiconCandidate[] {
  const scored = bestPerToken(
    found.map((e) => {
      // The anchor is the reason the entry is here, not a further cue ("1967   War": "war").
      const s = score(e, withoutWords(context, [...e.before, ...e.after]), "", "");
      return { ...s, titled: titleHits(e, before, after) };
    }),
    (s) => s.titled.length * 100 + s.hits.size * 10 + s.entry.before.length + s.entry.after.length,
  );
  const titled = scored.filter((s) => s.titled.length > 0);
  const pool = titled.length > 0 ? titled : scored;
  pool.sort((x, y) => y.hits.size - x.hits.size);
  const [lead, ...rivals] = pool;
  if (!lead) return [];
  // Anchored on both sides by three words or more ("Terminal … Area Defense"), a fixed phrase
  // leaves no room for another word; entries anchored by fewer words are less specific.
  const strong = scored.filter((s) => strongAnchor(s.entry));
  if (strong.length === 1 && strong[0]!.entry.ceiling !== "derived") {
    const only = strong[0]!;
    return [{ token: only.entry.token, confidence: only.entry.ceiling === "certain" ? "certain" : "likely", evidence: evidenceOf(only, `phrase "${[...only.entry.before, "…", ...only.entry.after].join(" ")}"`) }];
  }
  if (lead.hits.size < (lead.titled.length > 0 ? 1 : 2)) return [];
  // A common phrase anchored by one word ("joint-stock company") shares that word with every
  // other compound that may stand before it: a guess.
  if (lead.entry.ceiling === "derived" && lead.entry.before.length + lead.entry.after.length < 2) return [];
  const anchor = [...lead.entry.before, "…", ...lead.entry.after].join(" ");
  const alone = rivals.every((r) => dominates(lead, r));
  if (!alone) return [];
  const certain = lead.entry.ceiling === "certain" && (lead.titled.length > 0 || (lead.entry.kind === "phrase" && lead.hits.size >= 2));
  const how = `anchor "${anchor}"${lead.titled.length > 0 ? `, title "${lead.titled.join(" ")}"` : ""}`;
  return [{ token: lead.entry.token, confidence: certain ? "certain" : "likely", evidence: evidenceOf(lead, how) }];
}

/**
 * Compounds with no anchor: a neighbour the compound is known to stand beside must touch the
 * blank, and at least two topic cues must agree; with no rival near it, that is likely, and
 * certain for curated entries whose rivals match no cue at all.
 */
function compoundCandidates(found: readonly Entry[], context: ReadonlySet<string>, leftWord: string, rightWord: string): LexiconCandidate[] {
  const value = (s: Scored) => 3 * s.adjacent + s.hits.size;
  const scored = bestPerToken(
    [...new Set(found)].map((e) => score(e, context, leftWord, rightWord)).filter((s) => s.adjacent > 0),
    value,
  ).sort((x, y) => value(y) - value(x));
  const [lead, second] = scored;
  if (!lead || lead.hits.size < 2) return [];
  // Contexts derived from dictionary glosses overlap with any article on the same broad topic
  // (measured: 6% of such guesses right on news), so such an entry must fit both neighbours.
  if (lead.entry.ceiling === "derived" && lead.adjacent < 2) return [];
  if (second && value(lead) - value(second) < 2) return [];
  const how = `neighbour "${lead.entry.left.has(leftWord) ? leftWord : rightWord}"`;
  const certain = lead.entry.ceiling === "certain" && (!second || second.hits.size === 0);
  return [{ token: lead.entry.token, confidence: certain ? "certain" : "likely", evidence: evidenceOf(lead, how) }];
}

/** before: words before the blank, nearest last; after: words after it, nearest first (as in the text, punctuation attached). */
export function lexiconCandidates(before: readonly string[], after: readonly string[]): LexiconCandidate[] {
  return candidatesFrom(bundledIndex(), before, after);
}

function candidatesFrom(index: Index, rawBefore: readonly string[], rawAfter: readonly string[]): LexiconCandidate[] {
  const before = wordsOnly(rawBefore);
  const after = wordsOnly(rawAfter);
  const context = contextWords(before, after);
  const prev = before[before.length - 1];
  const next = after[0];
  const byName = [
    ...(prev ? index.byBefore.get(bare(prev).toLowerCase()) ?? [] : []),
    ...(next ? index.byAfter.get(bare(next).toLowerCase()) ?? [] : []),
  ].filter((e) => anchored(e, before, after));
  if (byName.length > 0) return anchoredCandidates(byName, context, before, after);
  // A quote mark, comma or full stop between the neighbour and the blank still lets a compound
  // sit there ("the first “  ” meetings"), so neighbours are matched bare.
  const leftWord = prev ? normalise(prev) : "";
  const rightWord = next ? normalise(next) : "";
  const found = [...(index.byLeft.get(leftWord) ?? []), ...(index.byRight.get(rightWord) ?? [])];
  return compoundCandidates(found, context, leftWord, rightWord);
}

/** For tests: candidates from a lexicon given as text instead of the bundled one. */
export function lexiconFrom(text: string): (before: readonly string[], after: readonly string[]) => LexiconCandidate[] {
  const index = buildIndex(parseLexicon(text));
  return (before, after) => candidatesFrom(index, before, after);
}
