/**
 * The corpus context model: the hyphenated tokens of every undamaged document of the run, keyed
 * by their neighbouring words, so that a blank in one article can be read off the same phrase in
 * another ("the first “  ” meetings" against "the first “two-plus-two” meeting"). Only these
 * tokens and their neighbours are kept, never the text.
 */
import { holdsLostTokenShape, lostTokensIn } from "./damage.js";
import { contextWord, nearestContextWord, wordsAfter, wordsBefore } from "./words.js";

/** One hyphenated token seen in a document, with the words either side of it. */
export interface Sighting {
  token: string;
  left: string;
  right: string;
  /** Three words either side, when they say enough to name one passage ("" otherwise). */
  passage: string;
}

const PASSAGE_SIDE = 3;

/**
 * The passage around a token or a blank: three context words either side. Words that would have
 * been deleted too are left out, as a damaged copy lacks them; a passage of short words ("and
 * it is ... of the") names nothing.
 */
export function passageOf(before: readonly string[], after: readonly string[]): string {
  const words = (list: readonly string[]) => list.filter((w) => !holdsLostTokenShape(w)).map(contextWord).filter(Boolean);
  const left = words(before).slice(-PASSAGE_SIDE);
  const right = words(after).slice(0, PASSAGE_SIDE);
  const all = [...left, ...right];
  if (left.length < PASSAGE_SIDE || right.length < PASSAGE_SIDE || all.filter((w) => w.length >= 4).length < 3) return "";
  return `${left.join(" ")} | ${right.join(" ")}`;
}

/** Characters either side of a token where its neighbours are looked for. */
const NEAR = 80;
/** A document rarely has more; the cap bounds what the index keeps per document. */
const MAX_SIGHTINGS = 200;

/** The sightings of one document, each distinct one once (documents count, not repetitions). */
export function sightingsOf(text: string): Sighting[] {
  const seen = new Map<string, Sighting>();
  for (const m of lostTokensIn(text)) {
    const token = m.token.replace(/[.,;:!?]+$/, "");
    // The quote marks the token touched belong to it; its neighbours lie beyond them.
    const start = m.index - (text.slice(Math.max(0, m.index - 3), m.index).match(/\S*$/)?.[0].length ?? 0);
    const tokenEnd = m.index + m.token.length;
    const end = tokenEnd + (text.slice(tokenEnd, tokenEnd + 3).match(/^\S*/)?.[0].length ?? 0);
    const before = wordsBefore(text, start, 6, NEAR);
    const after = wordsAfter(text, end, 6, NEAR);
    const left = nearestContextWord(before.slice(-2).reverse());
    const right = nearestContextWord(after.slice(0, 2));
    const sighting = { token, left, right, passage: passageOf(before, after) };
    seen.set(`${token}\u0000${left}\u0000${right}\u0000${sighting.passage}`, sighting);
    if (seen.size >= MAX_SIGHTINGS) break;
  }
  return [...seen.values()];
}

type Counts = Map<string, Map<string, number>>;

export interface ContextModel {
  /** Documents that show a token in this passage. */
  passages: Counts;
  /** Documents that show a token between these two words, by "left right". */
  both: Counts;
  left: Counts;
  right: Counts;
  /** The run's own spelling of each token, by its lower case ("Kar-Wai", not a list's "Kar-wai"). */
  spellings: Map<string, string>;
  /** The tokens of each number family ("#-year": "two-year", "three-year"). */
  families: Map<string, Set<string>>;
  /** In how many documents each token (lower case) appears. */
  documents: Map<string, number>;
}

function bump(counts: Counts, key: string, token: string): void {
  let tokens = counts.get(key);
  if (!tokens) counts.set(key, (tokens = new Map()));
  tokens.set(token, (tokens.get(token) ?? 0) + 1);
}

export function buildContextModel(perDocument: Iterable<readonly Sighting[]>): ContextModel {
  const model: ContextModel = { passages: new Map(), both: new Map(), left: new Map(), right: new Map(), spellings: new Map(), families: new Map(), documents: new Map() };
  const forms: Counts = new Map();
  for (const sightings of perDocument) {
    for (const token of new Set(sightings.map((s) => s.token.toLowerCase()))) model.documents.set(token, (model.documents.get(token) ?? 0) + 1);
    for (const s of sightings) {
      bump(forms, s.token.toLowerCase(), s.token);
      if (s.passage) bump(model.passages, s.passage, s.token);
      if (s.left && s.right) bump(model.both, `${s.left} ${s.right}`, s.token);
      if (s.left) bump(model.left, s.left, s.token);
      if (s.right) bump(model.right, s.right, s.token);
    }
  }
  for (const lower of forms.keys()) {
    const family = familyOf(lower);
    if (family === lower) continue;
    const members = model.families.get(family) ?? new Set<string>();
    members.add(lower);
    model.families.set(family, members);
  }
  for (const [lower, spelled] of forms) {
    model.spellings.set(lower, [...spelled].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0]);
  }
  return model;
}

export interface ContextCandidate {
  token: string;
  confidence: "certain" | "likely";
  evidence: string;
}

/** Documents that must agree before a phrase of the corpus makes a fill certain. */
const MIN_DOCS_CERTAIN = 3;
/** The share of a neighbour's tokens that makes a token that neighbour's usual one. */
const DOMINANT = 0.8;
const NUMBER_WORD = /\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred|thousand|million|billion|half|first|second|third)\b/gi;

/** A token with its numbers taken out: "12-member" and "13-member" are one family, "#-member". */
function familyOf(token: string): string {
  return token.toLowerCase().replace(/\d+/g, "#").replace(NUMBER_WORD, "#");
}

/**
 * "the 12-member eurozone" says nothing about the number the blank had: a token with digits,
 * or with number words where the run shows the family in more than one form ("two-year",
 * "three-year"), is only ever likely from context. "two-plus-two", alone in its family, is a name.
 */
function countsSomething(model: ContextModel, token: string): boolean {
  if (/\d/.test(token)) return true;
  const family = familyOf(token);
  return family !== token.toLowerCase() && (model.families.get(family)?.size ?? 0) > 1;
}

/** Of all tokens seen beside `word`, the share that is `token`. */
function share(counts: Counts, word: string, token: string): { n: number; of: number } {
  const tokens = counts.get(word);
  const n = tokens?.get(token) ?? 0;
  let of = 0;
  for (const c of tokens?.values() ?? []) of += c;
  return { n, of };
}

/**
 * What the corpus says about a blank. Certain: another document holds the blank's passage with
 * one token in it; or one token only was ever seen between the two neighbours, in three documents
 * or more, and it dominates what follows the left word or precedes the right one; never a
 * quantity. Likely: the one token seen between the neighbours where it is also the usual token
 * beside one of them, or the only one beside both and used in two documents; or a token that
 * nearly always follows (or precedes) a neighbour seen often enough.
 */
export function contextCandidates(model: ContextModel, before: readonly string[], after: readonly string[]): ContextCandidate[] {
  const passage = passageOf(before, after);
  const inPassage = passage ? model.passages.get(passage) : undefined;
  if (inPassage && inPassage.size === 1) {
    // The same six words around one token in another document: a shared quote or wire copy.
    const [[token, docs]] = [...inPassage] as [[string, number]];
    const evidence = `the passage "${passage.replace("|", "…")}" holds it in ${docs} other document${docs > 1 ? "s" : ""}`;
    return [{ token, confidence: countsSomething(model, token) ? "likely" : "certain", evidence }];
  }
  const left = nearestContextWord([...before].reverse());
  const right = nearestContextWord(after);
  const between = left && right ? model.both.get(`${left} ${right}`) : undefined;
  if (between && between.size > 1) return []; // the corpus itself disagrees
  if (between && between.size === 1) {
    const [[token, docs]] = [...between] as [[string, number]];
    const l = share(model.left, left, token);
    const r = share(model.right, right, token);
    const dominant = l.n / l.of >= DOMINANT || r.n / r.of >= DOMINANT;
    const evidence = `seen between "${left}" and "${right}" in ${docs} other document${docs > 1 ? "s" : ""} (${l.n} of ${l.of} tokens after "${left}", ${r.n} of ${r.of} before "${right}")`;
    if (docs >= MIN_DOCS_CERTAIN && dominant && !countsSomething(model, token)) return [{ token, confidence: "certain", evidence }];
    // The phrase of other documents is a hint where the token is also at home beside one of the
    // words ("the 12-member eurozone": two of two tokens before "eurozone"), or where it is the
    // only token ever seen beside either word and more documents use it ("first “two-plus-two”
    // meeting" in one article, "two-plus-two talks" in another).
    const atHome = (l.n >= 2 && l.n / l.of >= 0.5) || (r.n >= 2 && r.n / r.of >= 0.5);
    const onlyOne = l.n === l.of && r.n === r.of && (model.documents.get(token.toLowerCase()) ?? 0) >= 2;
    return atHome || onlyOne ? [{ token, confidence: "likely", evidence }] : [];
  }
  const oneSided: ContextCandidate[] = [];
  for (const [counts, word, side] of [
    [model.left, left, "after"],
    [model.right, right, "before"],
  ] as const) {
    const tokens = word ? counts.get(word) : undefined;
    if (!tokens) continue;
    const total = [...tokens.values()].reduce((a, b) => a + b, 0);
    const [token, n] = [...tokens].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]!;
    // One neighbour is only ever a hint: on news text "Mr" is followed by "Kilroy-Silk" nine
    // times in ten, and the tenth is another name.
    if (n >= 3 && n / total >= 0.9) oneSided.push({ token, confidence: "likely", evidence: `${n} of ${total} hyphenated tokens seen ${side} "${word}" in other documents are this one` });
  }
  const tokens = new Set(oneSided.map((c) => c.token));
  return tokens.size === 1 ? [{ ...oneSided[0]!, evidence: oneSided.map((c) => c.evidence).join("; ") }] : [];
}
