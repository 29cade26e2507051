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
import { NATIONS } from "../data/nations.js";
import { bare, buildIndex, type Entry, hasBare, type Index, normalise, normaliseLower, parseLexicon } from "./lexicon-data.js";

export interface LexiconCandidate { token: string; confidence: "certain" | "likely"; evidence: string }

/** How many words on each side of the blank count as its context (within its sentence). */
const WINDOW = 14;

let bundled: Index | undefined;
function bundledIndex(): Index {
  bundled ??= buildIndex(parseLexicon(readDataFile("lexicon.tsv")));
  return bundled;
}

/** Normalised words and the bigrams of neighbours ("prime_minister"), which cues may name; added to `out`. */
function withBigrams(list: readonly string[], out = new Set<string>()): Set<string> {
  for (const w of list) out.add(w);
  for (let i = 1; i < list.length; i++) out.add(`${list[i - 1]}_${list[i]}`);
  out.delete("");
  return out;
}

/** The word ends a sentence: ".", "!" or "?", perhaps inside a closing quote. */
function endsSentence(word: string): boolean {
  const last = word.length - (CLOSING_QUOTES.has(word[word.length - 1]!) ? 2 : 1);
  return SENTENCE_ENDS.has(word[last]!);
}

const SENTENCE_ENDS: ReadonlySet<string> = new Set([".", "!", "?"]);
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', "”", "’"]);

/**
 * The words of the blank's sentence within the window, in text order, normalised, with bigrams:
 * only those that are a cue of the entries weighed (in one of `cues`), as the context is asked
 * about their cues alone (`withBigrams` of the words, less what none of them names).
 */
function contextWords(before: readonly string[], after: readonly string[], cues: readonly ReadonlySet<string>[], heads: ReadonlySet<string>): Set<string> {
  const head: string[] = [];
  for (let i = before.length - 1, n = 0; i >= 0 && n < WINDOW; i--, n++) {
    if (n > 0 && endsSentence(before[i]!)) break;
    head.push(normalise(before[i]!));
  }
  const tail: string[] = [];
  for (let i = 0; i < after.length && i < WINDOW; i++) {
    tail.push(normalise(after[i]!));
    if (endsSentence(after[i]!)) break;
  }
  return cuesAmong(tail, cues, heads, cuesAmong(head.reverse(), cues, heads));
}

/**
 * The words of `list` and the bigrams of neighbours that are in one of `cues`; added to `out`.
 * `heads`: what stands before an underscore in any cue (a bigram is made only after one).
 */
export function cuesAmong(list: readonly string[], cues: readonly ReadonlySet<string>[], heads: ReadonlySet<string>, out = new Set<string>()): Set<string> {
  const isCue = (w: string) => cues.some((c) => c.has(w));
  for (const w of list) if (w !== "" && isCue(w)) out.add(w);
  for (let i = 1; i < list.length; i++) {
    if (!heads.has(list[i - 1]!)) continue;
    const bigram = `${list[i - 1]}_${list[i]}`;
    if (isCue(bigram)) out.add(bigram);
  }
  return out;
}

/**
 * Joins a token of punctuation alone (a dash, a quote mark beside an empty pair) to the word on
 * the far side of it from the blank, where it still marks a boundary: before the blank to the
 * word before it, after the blank to the word after it. Read from the blank outward, up to the
 * `limit` words nearest it (most blanks are decided by the words touching them); in text order.
 */
export function attachPunctuation(list: readonly string[], side: "before" | "after", limit = Infinity): string[] {
  const out: string[] = [];
  let marks = "";
  for (let k = 0; k < list.length && out.length < limit; k++) {
    const w = list[side === "before" ? list.length - 1 - k : k]!;
    // The possessive of the lost word ("Kim  ’s autopsy") belongs to it, not to a neighbour
    // (a longer word is not looked up: the set would hash every word).
    if (w.length <= 2 && POSSESSIVE_ALONE.has(w)) continue;
    if (!hasBare(w)) marks = side === "before" ? w + marks : marks + w;
    else {
      out.push(side === "before" ? w + marks : marks + w);
      marks = "";
    }
  }
  return side === "before" ? out.reverse() : out;
}

const NONE: readonly Entry[] = [];
const POSSESSIVE_ALONE: ReadonlySet<string> = new Set(["’", "'", "’s", "'s"]);

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

function anchoredAmong(entries: readonly Entry[], before: readonly string[], after: readonly string[]): readonly Entry[] {
  return entries.filter((e) => anchored(e, before, after));
}

interface Scored { entry: Entry; hits: ReadonlySet<string>; adjacent: number }

/** No words, shared: the hits of an entry that matched no cue (a common neighbour finds hundreds of entries). */
const NO_WORDS: ReadonlySet<string> = new Set();

/** `anchor`: normalised words that brought the entry here, which are no cue of it either. */
function score(entry: Entry, context: ReadonlySet<string>, leftWord: string, rightWord: string, anchor = NO_WORDS): Scored {
  // A neighbour that matched already counts as adjacency, not again as a topic cue.
  let hits: Set<string> | null = null;
  for (const c of entry.cues) if (context.has(c) && c !== leftWord && c !== rightWord && !anchor.has(c)) (hits ??= new Set()).add(c);
  const adjacent = (entry.left.has(leftWord) ? 1 : 0) + (entry.right.has(rightWord) ? 1 : 0);
  return { entry, hits: hits ?? NO_WORDS, adjacent };
}

/** The size of `score`'s hits, with nothing made. */
function hitCount(entry: Entry, context: ReadonlySet<string>, leftWord: string, rightWord: string): number {
  let n = 0;
  for (const c of entry.cues) if (context.has(c) && c !== leftWord && c !== rightWord) n++;
  return n;
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

/** Words that make a title another office: vice president, deputy leader, assistant secretary. */
const OFFICE_MODIFIERS: ReadonlySet<string> = new Set(["vice", "deputy", "assistant", "associate", "co", "under"]);

/** Words that open an appositive after a name: "Choi Jong-kun, an adviser to ...". */
const APPOSITIVE = new Set(["a", "an", "the", "who", "former", "now"]);

const NATION_WORDS: ReadonlySet<string> = new Set(NATIONS.map(normaliseLower));
// Words that open a title in capitals at a sentence's start without naming whose office it is.
const TITLE_OPENERS: ReadonlySet<string> = new Set(
  "the a an former then late acting interim outgoing incoming new current sitting ousted impeached jailed disgraced embattled deposed exiled ex veteran longtime".split(" "),
);

/**
 * Whether the title that ends `front` belongs to an organisation the entry does not name, by
 * the capitalised word before it: "Korea University President Yoon", "LG Chem President Moon"
 * name a university's and a company's president, not the country's. A state ("South Korean
 * President", "Taiwan's Vice President"), a word that opens a title ("Former President") or an
 * organisation among the entry's cues ("European Commission President", "White House press
 * secretary") leaves the title the entry's. `before`: how many words of `front` precede the title.
 */
function officeOfAnother(e: Entry, front: readonly string[], before: number): boolean {
  const owner = front[before - 1]!;
  if (!/^\p{Lu}/u.test(owner)) return false;
  const word = normalise(owner);
  const previous = before > 1 ? normalise(front[before - 2]!) : "";
  return !NATION_WORDS.has(word) && !TITLE_OPENERS.has(word) && !e.cues.has(word) && !e.cues.has(`${previous}_${word}`);
}

/**
 * The title or role that says who a name is, or nothing: the words right before the full name
 * ("South Korean President Park": "president", "korean", ...) when the word touching the name
 * (or the pair ending there: "Prime Minister") is a cue of this entry; the role the name is an
 * appositive to ("the acting president of South Korea, Hwang"); or an appositive after it
 * ("Moon   the president"; the lost token took its comma with it).
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
  // "Vice President Chen" names another office than "President Chen": a modified title counts
  // only as the pair ("vice_president").
  const modified = touching.length === 2 && OFFICE_MODIFIERS.has(touching[0]!);
  const titleLength = touching.length === 2 && e.cues.has(touching.join("_")) ? 2 : 1;
  const owned = head.length > titleLength && officeOfAnother(e, front, front.length - titleLength);
  if ((e.cues.has(touching.join("_")) || (!modified && e.cues.has(touching[touching.length - 1] ?? ""))) && !owned) {
    found.push(...[...withBigrams(head)].filter((w) => e.cues.has(w)));
  }
  // The name as the appositive of a role before it: "The acting president of South Korea, Hwang",
  // "Mubarak’s longtime lawyer, Farid". Only a noun phrase that opens its clause counts: in
  // "After meeting the president, Park" the president is someone else.
  const last = front[front.length - 1];
  if (last?.endsWith(",")) {
    let i = front.length - 2;
    while (i >= 0 && front.length - 1 - i < 8 && !/[^\p{L}\p{N}]$/u.test(front[i]!)) i--;
    const clause = front.slice(i + 1);
    const opener = clause[0]!;
    if ((i < 0 || /[^\p{L}\p{N}]$/u.test(front[i]!)) && (/^(?:the|a|an)$/iu.test(opener) || /[’']s$/u.test(opener))) {
      found.push(...[...withBigrams(clause.filter(notPossessive).map(normalise))].filter((w) => e.cues.has(w)));
    }
  }
  const tail = after.slice(e.after.length);
  if (tail[0] && APPOSITIVE.has(normalise(tail[0]))) {
    const words: string[] = [];
    for (const w of tail.slice(0, 4)) {
      if (notPossessive(w)) words.push(normalise(w));
      if (/[^\p{L}\p{N}]$/u.test(w)) break;
    }
    found.push(...[...withBigrams(words)].filter((w) => e.cues.has(w)));
  }
  return [...new Set(found)];
}

/**
 * A role's possessive names its holder, someone else: in "Moon ___, the president’s special
 * adviser" and "The president’s special adviser, Moon ___" the name is the adviser's, and
 * "president" is no title of it (nor "former president" in "Lee ___, the former president’s
 * brother"). Only the words it qualifies may be the name's role; a state's possessive
 * ("Taiwan’s president, Tsai ___") names the office's country, and stays.
 */
function notPossessive(word: string): boolean {
  return !/\p{L}[’']s$/u.test(word) || NATION_WORDS.has(normalise(word));
}

/**
 * Roles that many people hold at once: a party's or a company's chairman, a province's governor,
 * an actor, a midfielder. Unlike an office one person holds at a time ("president", "prime
 * minister", "North Korean leader") or a role tied to its organisation ("Manchester United
 * midfielder", "Tottenham striker", "Samsung heir"), they do not tell one person of a surname
 * from another.
 */
const SHARED_ROLES: ReadonlySet<string> = new Set(
  ("chairman chairwoman chair vice_chairman chief_executive ceo founder heir tycoon entrepreneur director film filmmaker actor actress singer author publisher " +
    "mayor governor lawmaker aide official general envoy negotiator diplomat ambassador defector lawyer prosecutor military " +
    "footballer midfielder striker forward defender winger captain coach manager golfer skater figure skating champion olympic " +
    "pitcher outfielder infielder shortstop tenni badminton track speed rider equestrian").split(" "),
);

/**
 * A given name after its surname in a naming system whose given names are all hyphenated
 * ("Kim Moo-sung", "Song Joong-ki", "Lee Si-jong"): every person of that surname is a candidate
 * for the blank, not only the few the lexicon lists, so a title that many hold at once ("Ruling
 * party chairman Kim ___", "fellow actor Song ___", "the governor of North Chungcheong province,
 * Lee ___") makes the listed one likely, not certain. "Daniel Day-Lewis" and "Jean-Claude
 * Trichet" are not of that shape: few people's names hold a hyphen there.
 */
function sharedRoleOnly(e: Entry, titled: readonly string[]): boolean {
  return e.kind === "person" && e.before.length > 0 && e.after.length === 0 && /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(e.token) && titled.every((t) => SHARED_ROLES.has(t));
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
      const { hits, adjacent } = score(e, context, "", "", new Set([...e.before, ...e.after].map(normalise)));
      return { entry: e, hits, adjacent, titled: titleHits(e, before, after) };
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
  // A thing named beside its title ("French club Paris …"), or a phrase held by two anchor words
  // and two cues; one anchor word and a topic leave room for words the lexicon lacks.
  const held = lead.entry.kind === "phrase" && lead.entry.before.length + lead.entry.after.length >= 2 && lead.hits.size >= 2;
  const certain = lead.entry.ceiling === "certain" && (lead.titled.length > 0 || held) && !sharedRoleOnly(lead.entry, lead.titled);
  const how = `anchor "${anchor}"${lead.titled.length > 0 ? `, title "${lead.titled.join(" ")}"` : ""}`;
  return [{ token: lead.entry.token, confidence: certain ? "certain" : "likely", evidence: evidenceOf(lead, how) }];
}

/**
 * Compounds with no anchor: a neighbour the compound is known to stand beside must touch the
 * blank, and at least two topic cues must agree; with no rival near it, that is likely, and
 * certain for a curated entry that fits both neighbours when its rivals match no cue at all and
 * the blank stands in quote marks (`quoted`).
 */
function compoundCandidates(found: readonly Entry[], context: ReadonlySet<string>, leftWord: string, rightWord: string, quoted: boolean): LexiconCandidate[] {
  // The lead needs two cue hits, which only context words other than the neighbours can be; most
  // entries a neighbour finds have none or one.
  if (context.size - (context.has(leftWord) ? 1 : 0) - (rightWord !== leftWord && context.has(rightWord) ? 1 : 0) < 2) return [];
  if (!found.some((e) => hitCount(e, context, leftWord, rightWord) >= 2)) return [];
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
  // One neighbour and a topic fit many words the lexicon lacks ("networks" and telecoms: "non-BT"
  // as well as "T-Mobile"); certain needs both neighbours.
  // And the neighbours of a compound are words such as "first" and "meeting", between which any
  // compound fits: "the first face-to-face meeting of foreign and defence ministers", "the first
  // day-night international" are not the lexicon's "two-plus-two" and "one-day". A blank in quote
  // marks ("the first “  ” meetings") held a term the article sets apart, as curated entries are.
  const certain = lead.entry.ceiling === "certain" && lead.adjacent === 2 && (!second || second.hits.size === 0) && quoted;
  return [{ token: lead.entry.token, confidence: certain ? "certain" : "likely", evidence: evidenceOf(lead, how) }];
}

/** before: words before the blank, nearest last; after: words after it, nearest first (as in the text, punctuation attached). */
export function lexiconCandidates(before: readonly string[], after: readonly string[]): LexiconCandidate[] {
  return candidatesFrom(bundledIndex(), before, after);
}

function candidatesFrom(index: Index, rawBefore: readonly string[], rawAfter: readonly string[]): LexiconCandidate[] {
  // The words touching the blank pick the entries; most blanks touch none, and are answered
  // before the punctuation of every word around them is attached.
  const prev = attachPunctuation(rawBefore, "before", 1)[0];
  const next = attachPunctuation(rawAfter, "after", 1)[0];
  const prevLower = prev ? bare(prev).toLowerCase() : "";
  const nextLower = next ? bare(next).toLowerCase() : "";
  const byBefore = prev ? index.byBefore.get(prevLower) : undefined;
  const byAfter = next ? index.byAfter.get(nextLower) : undefined;
  // A quote mark, comma or full stop between the neighbour and the blank still lets a compound
  // sit there ("the first “  ” meetings"), so neighbours are matched bare.
  const leftWord = prev ? normaliseLower(prevLower) : "";
  const rightWord = next ? normaliseLower(nextLower) : "";
  const byLeft = index.byLeft.get(leftWord);
  const byRight = index.byRight.get(rightWord);
  if (!byBefore && !byAfter && !byLeft && !byRight) return [];
  const found = (byLeft ?? NONE).concat(byRight ?? NONE);
  // An anchor is a few words touching the blank: as many words are enough to test it.
  const anchors = (byBefore ?? NONE).concat(byAfter ?? NONE);
  const anchoredNames = anchors.length === 0 ? NONE : anchoredAmong(anchors, attachPunctuation(rawBefore, "before", index.anchorWords), attachPunctuation(rawAfter, "after", index.anchorWords));
  // "In 2000 the North Korean leader Kim ___": a year of the sentence outside a figure's years in
  // office ("North Korean leader from 2011") rules the figure out, and leaves the others likely at best.
  const years = anchoredNames.length === 0 ? [] : yearsOfSentence(rawBefore, rawAfter);
  const byName = years.length === 0 ? anchoredNames : anchoredNames.filter((e) => years.every((y) => inOffice(e, y)));
  const datedOut = byName.length < anchoredNames.length;
  // The sentence's words are weighed only for entries found.
  if (byName.length === 0 && found.length === 0) return [];
  const before = attachPunctuation(rawBefore, "before");
  const after = attachPunctuation(rawAfter, "after");
  // Entries found by a neighbour are few, and so are their cues: the sentence is looked up in those.
  const cues = byName.length > 0 ? [index.cues] : [index.cuesByLeft.get(leftWord) ?? NO_WORDS, index.cuesByRight.get(rightWord) ?? NO_WORDS];
  const context = contextWords(before, after, cues, index.cueHeads);
  // "Park ___'s father", "Park ___, whose father": the sentence goes on about a relative, and its
  // cues ("father", "assassinated") name the relative, not the person in the blank.
  const named = byName.length > 0 && !namesRelative(rawAfter) ? anchoredCandidates(byName, context, before, after) : [];
  const compound = compoundCandidates(found, context, leftWord, rightWord, /[“"‘]$/.test(prev ?? "") && /^[”"’]/.test(next ?? ""));
  // Two readings that disagree are no evidence for either.
  if (named.length > 0 && compound.length > 0 && named[0]!.token !== compound[0]!.token) return [];
  if (datedOut && named.length > 0) return named.map((c) => ({ ...c, confidence: "likely" as const }));
  return named.length > 0 ? named : compound;
}

/** The years (1900-2099) written in the blank's sentence, within the window. */
function yearsOfSentence(before: readonly string[], after: readonly string[]): number[] {
  const years: number[] = [];
  const year = (w: string) => {
    const m = /^[(“"‘']*((?:19|20)[0-9]{2})[)”"’'.,;:!?]*$/.exec(w);
    if (m) years.push(Number(m[1]));
  };
  for (let i = before.length - 1, n = 0; i >= 0 && n < WINDOW; i--, n++) {
    if (n > 0 && endsSentence(before[i]!)) break;
    year(before[i]!);
  }
  for (let i = 0; i < after.length && i < WINDOW; i++) {
    year(after[i]!);
    if (endsSentence(after[i]!)) break;
  }
  return years;
}

/** Whether a person entry whose label gives years in office ("1994-2011", "from 2011") held it in `year` (or the year before, an election's). */
function inOffice(entry: Entry, year: number): boolean {
  if (entry.kind !== "person") return true;
  const span = /\b((?:19|20)[0-9]{2})-((?:19|20)[0-9]{2})\b/.exec(entry.label);
  if (span) return year >= Number(span[1]) - 1 && year <= Number(span[2]);
  const from = /\bfrom ((?:19|20)[0-9]{2})\b/.exec(entry.label);
  return from ? year >= Number(from[1]) - 1 : true;
}

const KIN: ReadonlySet<string> = new Set(["father", "mother", "son", "daughter", "brother", "sister", "half", "uncle", "aunt", "wife", "husband", "widow", "nephew", "niece", "cousin", "grandfather", "grandmother", "grandson", "granddaughter", "stepfather", "stepmother", "stepson", "stepdaughter", "father-in-law", "son-in-law", "parents", "children", "sons", "daughters", "brothers", "sisters", "siblings", "family"]);

/**
 * The words after a blank speak of the blanked person's relative: a possessive ("’s father",
 * "’s younger sister") or "whose"/"his"/"her" before a kinship word, within the first words.
 */
function namesRelative(after: readonly string[]): boolean {
  let owner = false;
  for (let i = 0; i < after.length && i < 4; i++) {
    const raw = after[i]!;
    const word = raw.toLowerCase().replace(/[^a-z’'-]/g, "");
    if (/^[’']s$/.test(word) || /[’']s$/.test(word) && i === 0 || word === "whose" || word === "his" || word === "her") owner = true;
    else if (owner && KIN.has(word.replace(/[’']s$/, ""))) return true;
    if (i > 0 && /[.;:!?]$/.test(raw)) break;
  }
  return false;
}

/** For tests: candidates from a lexicon given as text instead of the bundled one. */
export function lexiconFrom(text: string): (before: readonly string[], after: readonly string[]) => LexiconCandidate[] {
  const index = buildIndex(parseLexicon(text));
  return (before, after) => candidatesFrom(index, before, after);
}
