/**
 * The corpus context model: the hyphenated tokens of every undamaged document of the run, keyed
 * by their neighbouring words, so that a blank in one article can be read off the same phrase in
 * another ("the first “  ” meetings" against "the first “two-plus-two” meeting"). Only these
 * tokens are kept, their neighbours and passages as hashes (table.ts), never the text.
 */
import { holdsLostTokenShape, lostTokensIn } from "./damage.js";
import { keyOf, pairOf } from "../shared/hash.js";
import { rowOf, TableBuilder, tableOf, type Table } from "./table.js";
import { contextWord, isSpaceUnit, nearestContextWord, wordsAfter, wordsBefore } from "./words.js";

const PASSAGE_SIDE = 3;

/**
 * The passage around a token or a blank: three context words either side. Words that would have
 * been deleted too are left out, as a damaged copy lacks them; a passage of short words ("and
 * it is ... of the") names nothing.
 */
export function passageOf(before: readonly string[], after: readonly string[]): string {
  const left = passageSide(before, "before");
  if (left.length < PASSAGE_SIDE) return "";
  const right = passageSide(after, "after");
  if (right.length < PASSAGE_SIDE) return "";
  let long = 0;
  for (const w of left) if (w.length >= 4) long++;
  for (const w of right) if (w.length >= 4) long++;
  return long < 3 ? "" : `${left.join(" ")} | ${right.join(" ")}`;
}

/**
 * The (up to) three context words of one side nearest the token, in text order. Words are
 * looked at from the token outward and only until three are found: a blank's sides hold 14.
 */
function passageSide(list: readonly string[], side: "before" | "after"): string[] {
  const found: string[] = [];
  for (let k = 0; k < list.length && found.length < PASSAGE_SIDE; k++) {
    const w = list[side === "before" ? list.length - 1 - k : k]!;
    const word = holdsLostTokenShape(w) ? "" : contextWord(w);
    if (word) found.push(word);
  }
  return side === "before" ? found.reverse() : found;
}

/** Characters either side of a token where its neighbours are looked for. */
const NEAR = 80;
/** A document rarely has more; the cap bounds what the index keeps per document. */
const MAX_SIGHTINGS = 200;

/**
 * The sightings of one document, each distinct (token, neighbours, passage) once: documents
 * count, not repetitions. Packed, as they cross threads and wait for the reduce by the million.
 */
export interface Sightings {
  /** The tokens, each followed by a space (a token holds no white space). */
  tokens: string;
  /** Per sighting, the keys of its left word, its right word and its passage (0: none). */
  keys: Float64Array;
}

export function sightingsOf(text: string): Sightings | null {
  const seen = new Map<string, { token: string; left: string; right: string; passage: string }>();
  for (const m of lostTokensIn(text)) {
    const token = m.token.replace(/[.,;:!?]+$/, "");
    // The quote marks the token touched (up to three characters) belong to it; its neighbours lie beyond them.
    let start = m.index;
    while (start > Math.max(0, m.index - 3) && !isSpaceUnit(text.charCodeAt(start - 1))) start--;
    const tokenEnd = m.index + m.token.length;
    let end = tokenEnd;
    while (end < Math.min(text.length, tokenEnd + 3) && !isSpaceUnit(text.charCodeAt(end))) end++;
    const before = wordsBefore(text, start, 6, NEAR);
    const after = wordsAfter(text, end, 6, NEAR);
    const left = nearestContextWord(before.slice(-2), "before");
    const right = nearestContextWord(after.slice(0, 2), "after");
    const sighting = { token, left, right, passage: passageOf(before, after) };
    seen.set(`${token}\u0000${left}\u0000${right}\u0000${sighting.passage}`, sighting);
    if (seen.size >= MAX_SIGHTINGS) break;
  }
  if (seen.size === 0) return null;
  const keys = new Float64Array(seen.size * 3);
  let tokens = "";
  let i = 0;
  for (const s of seen.values()) {
    tokens += `${s.token} `;
    keys[i++] = wordKey(s.left);
    keys[i++] = wordKey(s.right);
    keys[i++] = wordKey(s.passage);
  }
  return { tokens, keys };
}

function wordKey(word: string): number {
  return word ? keyOf(word) : 0;
}

/**
 * The model, frozen into tables keyed by hashes. Tokens are numbered in `tokenText` (all of
 * them end to end; token i ends at `tokenEnds[i]`). A count is of documents, as each document
 * counts each of its sightings once.
 */
export interface ContextModel {
  tokenText: string;
  tokenEnds: Uint32Array;
  /** By passage: [token, documents], for passages that hold one token only in the run. */
  passages: Table;
  /** By pairOf(left word, right word): [token, documents], the token MANY where the run shows several. */
  between: Table;
  /** By the word before a token: [tokens seen after it, the most frequent, how often]. */
  left: Table;
  /** By the word after a token: [tokens seen before it, the most frequent, how often]. */
  right: Table;
  /** By pairOf(word, token): how often the token was seen after (before) the word. */
  leftPairs: Table;
  rightPairs: Table;
  /**
   * By a token's lower case: [documents that hold it, the run's own spelling of it ("Kar-Wai",
   * not a list's "Kar-wai"), 1 where its number words vary in the run ("two-year", "three-year")].
   */
  forms: Table;
}

/** Several tokens between the same two words: the corpus disagrees with itself. */
const MANY = 0xffffffff;

/** Counts by key the one token seen there, or marks the key MANY. */
function single(rows: TableBuilder, key: number, token: number): void {
  const { at, added } = rows.find(key);
  const values = rows.values;
  if (added) [values[at], values[at + 1]] = [token, 1];
  else if (values[at] === token) values[at + 1]!++;
  else values[at] = MANY;
}

/**
 * Counts a token beside a word: per (word, token) in `pairs`, per word its total and its most
 * frequent token (kept as counts grow: a count that passes the top's, or reaches it with a
 * token that sorts first, takes its place, which is where a final sort would put it).
 */
function beside(words: TableBuilder, pairs: TableBuilder, word: number, token: number, tokens: readonly string[]): void {
  const pair = pairs.find(pairOf(word, token)).at;
  const n = ++pairs.values[pair]!;
  const { at, added } = words.find(word);
  const w = words.values;
  w[at]!++;
  if (added || n > w[at + 2]! || (n === w[at + 2]! && tokens[token]! < tokens[w[at + 1]!]!)) [w[at + 1], w[at + 2]] = [token, n];
}

/** The context model being filled, one document's sightings at a time. */
export class ContextModelBuilder {
  private readonly ids = new Map<string, number>();
  private readonly tokenList: string[] = [];
  private readonly passages = new TableBuilder(2);
  private readonly between = new TableBuilder(2);
  private readonly left = new TableBuilder(3);
  private readonly leftPairs = new TableBuilder(1);
  private readonly right = new TableBuilder(3);
  private readonly rightPairs = new TableBuilder(1);
  /** By a token's lower case: how often each spelling (token id) was seen. */
  private readonly forms = new Map<string, Map<number, number>>();
  /** By a token's lower case: the documents that hold it. */
  private readonly documents = new Map<string, number>();

  private idOf(token: string): number {
    let id = this.ids.get(token);
    if (id === undefined) this.ids.set(token, (id = this.tokenList.push(token) - 1));
    return id;
  }

  add(sightings: Sightings): void {
    const tokens = sightings.tokens.split(" ");
    tokens.pop();
    const lowers = tokens.map((t) => t.toLowerCase());
    for (const lower of new Set(lowers)) this.documents.set(lower, (this.documents.get(lower) ?? 0) + 1);
    // A document's sightings differ by passage: an article that writes "Park Ji-sung said" in
    // three sentences holds three. The pair of neighbours counts documents ("seen between ...
    // in N other documents"), so each pair counts once per document and token.
    const pairs = new Set<string>();
    for (let i = 0; i < tokens.length; i++) {
      const id = this.idOf(tokens[i]!);
      const l = sightings.keys[i * 3]!;
      const r = sightings.keys[i * 3 + 1]!;
      const passage = sightings.keys[i * 3 + 2]!;
      const spellings = this.spellingsOf(lowers[i]!);
      spellings.set(id, (spellings.get(id) ?? 0) + 1);
      if (passage) single(this.passages, passage, id);
      if (l && r) {
        const pair = pairOf(l, r);
        const once = `${pair}:${id}`;
        if (!pairs.has(once)) single(this.between, pair, id);
        pairs.add(once);
      }
      if (l) beside(this.left, this.leftPairs, l, id, this.tokenList);
      if (r) beside(this.right, this.rightPairs, r, id, this.tokenList);
    }
  }

  private spellingsOf(lower: string): Map<number, number> {
    let spellings = this.forms.get(lower);
    if (!spellings) this.forms.set(lower, (spellings = new Map()));
    return spellings;
  }

  freeze(): ContextModel {
    const { tokenList, forms } = this;
    const families = new Map<string, number>();
    for (const lower of forms.keys()) {
      const family = familyOf(lower);
      if (family !== lower) families.set(family, (families.get(family) ?? 0) + 1);
    }
    const formRows = new Map<number, number[]>();
    for (const [lower, spelled] of forms) {
      const [spelling] = [...spelled].sort((a, b) => b[1] - a[1] || (tokenList[a[0]]! < tokenList[b[0]]! ? -1 : 1))[0]!;
      const family = familyOf(lower);
      const varies = family !== lower && families.get(family)! > 1;
      formRows.set(keyOf(lower), [this.documents.get(lower)!, spelling, varies ? 1 : 0]);
    }
    const tokenEnds = new Uint32Array(new SharedArrayBuffer(tokenList.length * 4));
    let end = 0;
    tokenList.forEach((t, i) => (tokenEnds[i] = end += t.length));
    return {
      tokenText: tokenList.join(""),
      tokenEnds,
      // A passage that holds several tokens says nothing, as one that is not there.
      passages: this.passages.freeze((values, at) => values[at] !== MANY),
      between: this.between.freeze(),
      left: this.left.freeze(),
      leftPairs: this.leftPairs.freeze(),
      right: this.right.freeze(),
      rightPairs: this.rightPairs.freeze(),
      forms: tableOf(formRows, 3),
    };
  }
}

export function buildContextModel(perDocument: Iterable<Sightings | null>): ContextModel {
  const builder = new ContextModelBuilder();
  for (const sightings of perDocument) if (sightings) builder.add(sightings);
  return builder.freeze();
}

/** The word nearest the blank on one side that holds a letter or digit, as the text has it. */
function nearestWord(words: readonly string[], side: "before" | "after"): string {
  for (let k = 0; k < words.length; k++) {
    const word = words[side === "before" ? words.length - 1 - k : k]!.replace(/^[^\p{L}\p{N}]+/u, "");
    if (word) return word;
  }
  return "";
}

function tokenAt(model: ContextModel, id: number): string {
  return model.tokenText.slice(id === 0 ? 0 : model.tokenEnds[id - 1], model.tokenEnds[id]);
}

/** The run's own spelling of a token, if the run has it. */
export function spellingOf(model: ContextModel, token: string): string | undefined {
  const form = rowOf(model.forms, keyOf(token.toLowerCase()));
  return form ? tokenAt(model, form[1]!) : undefined;
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
/** A capitalised token: a name ("Kilroy-Silk", "Jean-Claude"). */
const NAME = /^\p{Lu}/u;
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
function countsSomething(model: ContextModel, token: number): boolean {
  return /\d/.test(tokenAt(model, token)) || rowOf(model.forms, keyOf(tokenAt(model, token).toLowerCase()))?.[2] === 1;
}

/**
 * A token that counts in words: one number word and a unit ("two-year", "billion-dollar"), or
 * number words alone ("twenty-five"). A run of a few documents may show its family in one form
 * only, yet "signed a two-year contract with the club" says nothing of the "three-year" contract
 * another article's blank held: only a passage that several documents share makes it certain.
 * "two-plus-two" and "one-on-one", two number words joined by another, are names of formats.
 */
function quantityInWords(token: string): boolean {
  const parts = token.toLowerCase().replace(/[^a-z-]/g, "").split("-");
  const numbers = parts.filter((p) => NUMBER_WORD_ONLY.test(p)).length;
  return numbers === 1 || (numbers > 1 && numbers === parts.length);
}

const NUMBER_WORD_ONLY = new RegExp(`^${NUMBER_WORD.source.replace(/\\b/g, "")}$`, "i");

/** Of all tokens seen beside `word`, the share that is `token`. */
function share(words: Table, pairs: Table, word: string, token: number): { n: number; of: number } {
  const key = keyOf(word);
  return { n: rowOf(pairs, pairOf(key, token))?.[0] ?? 0, of: rowOf(words, key)?.[0] ?? 0 };
}

/**
 * What the corpus says about a blank. Certain: another document holds the blank's passage with
 * one token in it; or one token only was ever seen between the two neighbours, in three documents
 * or more, and it dominates what follows the left word or precedes the right one; never a
 * quantity, nor a name that is not most of what both neighbours hold. Likely: the one token seen
 * between the neighbours where it is also the usual token beside one of them, or the only one
 * beside both and used in two documents; or a token that nearly always follows (or precedes) a
 * neighbour seen often enough.
 */
export function contextCandidates(model: ContextModel, before: readonly string[], after: readonly string[]): ContextCandidate[] {
  const passage = passageOf(before, after);
  const inPassage = passage ? rowOf(model.passages, keyOf(passage)) : null;
  if (inPassage) {
    // The same six words around one token in another document: a shared quote or wire copy.
    const [id, docs] = inPassage as unknown as [number, number];
    const evidence = `the passage "${passage.replace("|", "…")}" holds it in ${docs} other document${docs > 1 ? "s" : ""}`;
    const token = tokenAt(model, id);
    const fewDocuments = quantityInWords(token) && docs < MIN_DOCS_CERTAIN;
    return [{ token, confidence: countsSomething(model, id) || fewDocuments ? "likely" : "certain", evidence }];
  }
  const left = nearestContextWord(before, "before");
  const right = nearestContextWord(after, "after");
  const between = left && right ? rowOf(model.between, pairOf(keyOf(left), keyOf(right))) : null;
  if (between && between[0] === MANY) return []; // the corpus itself disagrees
  if (between) {
    const [id, docs] = between as unknown as [number, number];
    const token = tokenAt(model, id);
    const l = share(model.left, model.leftPairs, left, id);
    const r = share(model.right, model.rightPairs, right, id);
    const [lShare, rShare] = [l.n / l.of, r.n / r.of];
    const dominant = lShare >= DOMINANT || rShare >= DOMINANT;
    // A name needs both neighbours: one word beside it ("Mr ___", "___ had") fits every name, and
    // the one other documents hold there says whom they are about, not whom this one was. Most of
    // what both words hold beside them is the name itself ("Tyvak ___ Systems").
    // And a name runs through both words only where both are capitalised too: "said" in "Moon ___
    // said" follows every name, and three articles quoting an adviser "Moon Chung-in said" do not
    // make the president's "Moon ___ said" his.
    const named = !NAME.test(token) || (Math.min(lShare, rShare) >= 0.5 && NAME.test(nearestWord(before, "before")) && NAME.test(nearestWord(after, "after")));
    const evidence = `seen between "${left}" and "${right}" in ${docs} other document${docs > 1 ? "s" : ""} (${l.n} of ${l.of} tokens after "${left}", ${r.n} of ${r.of} before "${right}")`;
    if (docs >= MIN_DOCS_CERTAIN && dominant && named && !countsSomething(model, id) && !quantityInWords(token)) return [{ token, confidence: "certain", evidence }];
    // The phrase of other documents is a hint where the token is also at home beside one of the
    // words ("the 12-member eurozone": two of two tokens before "eurozone"), or where it is the
    // only token ever seen beside either word and more documents use it ("first “two-plus-two”
    // meeting" in one article, "two-plus-two talks" in another).
    const atHome = (l.n >= 2 && l.n / l.of >= 0.5) || (r.n >= 2 && r.n / r.of >= 0.5);
    const onlyOne = l.n === l.of && r.n === r.of && (rowOf(model.forms, keyOf(token.toLowerCase()))?.[0] ?? 0) >= 2;
    return atHome || onlyOne ? [{ token, confidence: "likely", evidence }] : [];
  }
  const oneSided: ContextCandidate[] = [];
  for (const [words, word, side] of [
    [model.left, left, "after"],
    [model.right, right, "before"],
  ] as const) {
    const seen = word ? rowOf(words, keyOf(word)) : null;
    if (!seen) continue;
    const [total, top, n] = seen as unknown as [number, number, number];
    const token = tokenAt(model, top);
    // One neighbour is only ever a hint: on news text "Mr" is followed by "Kilroy-Silk" nine
    // times in ten, and the tenth is another name.
    if (n >= 3 && n / total >= 0.9) oneSided.push({ token, confidence: "likely", evidence: `${n} of ${total} hyphenated tokens seen ${side} "${word}" in other documents are this one` });
  }
  const tokens = new Set(oneSided.map((c) => c.token));
  return tokens.size === 1 ? [{ ...oneSided[0]!, evidence: oneSided.map((c) => c.evidence).join("; ") }] : [];
}
