import type { CorpusRule, CorpusRuleContext, Doc, Finding } from "../src/core/types.js";
import { detectBlanks, fillFor, showsBlanks, showsCertainBlanks, type Blank } from "./restore-blanks/blanks.js";
import { buildContextModel, ContextModelBuilder, contextCandidates, sightingsOf, spellingOf, type ContextCandidate, type ContextModel, type Sightings } from "./restore-blanks/context-model.js";
import { holdsLostTokenShape, isLostTokenShape } from "./restore-blanks/damage.js";
import { lexiconCandidates } from "./restore-blanks/lexicon.js";
import { bandMates, containment, sketchOf, type Sketch } from "./restore-blanks/minhash.js";
import { readTwin, type TwinReading } from "./restore-blanks/twin.js";
import { wordsAfter, wordsBefore } from "./restore-blanks/words.js";

export interface RestoreBlanksOptions {
  /** Put this text in every blank no evidence fills, instead of leaving the spaces. */
  blankMarker: string | null;
  /** Where a twin shows the paragraph breaks the damage ran together, put them back. */
  restoreParagraphs: boolean;
}

interface Summary {
  /** Null for a document that can neither be damaged nor be a twin. */
  sketch: Sketch | null;
  /** Holds hyphenated tokens: it can be a twin, and its tokens feed the context model. */
  source: boolean;
  /** Its spacing shows certain blanks: it may need a twin. */
  blanked: boolean;
  /** The context of its hyphenated tokens, for the context model (null: none). */
  sightings: Sightings | null;
}

interface Twin {
  id: string;
  /** Estimated share of the damaged text's word shingles the twin holds. */
  containment: number;
}

interface Index {
  /** The best twins of each document that may need one. */
  twins: ReadonlyMap<string, readonly Twin[]>;
  context: ContextModel;
}

/** The evidence of a run that has none (a document cleaned on its own, in chunks). */
const NO_EVIDENCE: Index = { twins: new Map(), context: buildContextModel([]) };

/**
 * A twin holds most of the damaged text's word shingles: the same article, perhaps with more
 * around it (a headline, a caption, a whole page).
 */
const TWIN_CONTAINMENT = 0.7;
const MAX_TWINS = 3;
/** Words either side of a blank handed to the lexicon, which weighs the whole sentence. */
const CONTEXT_WORDS = 14;

/** Documents by their sketches, in the run's order. */
class Sketched {
  readonly ids: string[] = [];
  readonly sketches: Sketch[] = [];

  add(id: string, sketch: Sketch): void {
    this.ids.push(id);
    this.sketches.push(sketch);
  }
}

/**
 * Pairs each blanked document with the twins that contain it: the blanked documents' sketches
 * go into locality-sensitive hashing buckets, every source probes them, and only documents that
 * share a bucket are compared.
 */
function twinsOf(damaged: Sketched, sources: Sketched): Map<string, Twin[]> {
  const twins = new Map<string, Twin[]>();
  bandMates(damaged.sketches, sources.sketches, (i, j) => {
    const damagedId = damaged.ids[i]!;
    const id = sources.ids[j]!;
    if (damagedId === id) return;
    const c = containment(damaged.sketches[i]!, sources.sketches[j]!);
    if (c < TWIN_CONTAINMENT) return;
    const list = twins.get(damagedId) ?? [];
    list.push({ id, containment: c });
    twins.set(damagedId, list);
  });
  for (const [id, list] of twins) twins.set(id, list.sort((a, b) => b.containment - a.containment || (a.id < b.id ? -1 : 1)).slice(0, MAX_TWINS));
  return twins;
}

function quoted(tokens: readonly string[]): string {
  return tokens.map((t) => `"${t}"`).join(" ");
}

/** What the twins say about one blank: one fill they all agree on, or why not. */
function fromTwins(text: string, blank: Blank, readings: readonly { id: string; containment: number; reading: TwinReading }[], options: RestoreBlanksOptions): Finding | "no blank" | null {
  if (readings.length > 0 && readings.every((r) => r.reading.clear.has(blank))) return "no blank";
  const seen = readings.flatMap(({ id, containment: s, reading }) => {
    const fill = reading.fills.get(blank);
    return fill ? [{ id, s, fill }] : [];
  });
  if (seen.length === 0) return null;
  const nothing = readings.filter((r) => r.reading.clear.has(blank)).map((r) => `nothing in ${r.id}`);
  const { id, s, fill } = seen[0]!;
  if (nothing.length > 0 || new Set(seen.map((x) => x.fill.tokens.join(" "))).size > 1) {
    const versions = [...seen.map((x) => `${quoted(x.fill.tokens)} in ${x.id}`), ...nothing];
    return { start: blank.start, end: blank.end, message: `near-duplicates disagree on the deleted word: ${versions.join(", ")}` };
  }
  const twice = seen.find((x) => x.fill.alternatives.length > 0);
  if (twice) {
    const versions = [twice.fill.tokens, ...twice.fill.alternatives].map(quoted).join(", ");
    return { start: blank.start, end: blank.end, message: `near-duplicate ${twice.id} holds this passage more than once, with different words here: ${versions}` };
  }
  if (fill.tokens.length < blank.lost.min || fill.tokens.length > blank.lost.max) {
    return { start: blank.start, end: blank.end, message: `the blank's width fits ${blank.lost.min}-${blank.lost.max} word(s) but near-duplicate ${id} has ${quoted(fill.tokens)} here` };
  }
  const atLineStart = blank.start === 0 || text[blank.start - 1] === "\n";
  const atLineEnd = blank.end === text.length || text[blank.end] === "\n";
  // Every twin that reads this fill differs from the text near the blank: another version of the
  // story, whose word there may have changed too. Likely, not certain.
  const loose = seen.every((x) => x.fill.differsNearby || x.fill.numbersDiffer || x.fill.otherVersion);
  const why = seen.every((x) => x.fill.differsNearby)
    ? "from this text within the blank's sentence"
    : seen.every((x) => x.fill.numbersDiffer)
      ? "from this text in a figure, and the word holds digits"
      : seen.every((x) => x.fill.otherVersion)
        ? "from this text in words edited within a paragraph"
        : "from this text near the blank, in a figure or in edited words";
  let replacement = options.restoreParagraphs ? fill.text : fill.text.replace(/\s+/g, " ");
  if (atLineStart) replacement = replacement.trimStart();
  if (atLineEnd) replacement = replacement.trimEnd();
  return {
    start: blank.start,
    end: blank.end,
    fix: replacement,
    kind: loose ? "suggest" : "fix",
    message: `${loose ? "likely" : "restored"} ${quoted(fill.tokens)} from near-duplicate ${id} (which holds ${Math.round(s * 100)}% of this text's word sequences; aligned word by word${seen.length > 1 ? `; ${seen.length} near-duplicates agree` : ""}${loose ? `; but ${seen.length > 1 ? "each differs" : "it differs"} ${why}, another version of the story` : ""})`,
  };
}

/** What the corpus context model and the lexicon say about a one-word blank. */
function fromContext(text: string, blank: Blank, model: ContextModel): Finding | null {
  if (blank.lost.min !== 1 || blank.lost.max !== 1) return null;
  const before = wordsBefore(text, blank.start, CONTEXT_WORDS);
  const after = wordsAfter(text, blank.end, CONTEXT_WORDS);
  const corpus = contextCandidates(model, before, after);
  const lexicon = lexiconCandidates(before, after);
  // Nearly every blank: nothing to weigh, and nothing made.
  if (corpus.length === 0 && lexicon.length === 0) return null;
  const candidates: (ContextCandidate & { source: string })[] = [
    ...corpus.map((c) => ({ ...c, source: "corpus" })),
    ...lexicon.map((c) => ({ ...c, source: "lexicon" })),
  ].filter((c) => isLostTokenShape(c.token));
  if (candidates.length === 0) return null;
  const evidence = candidates.map((c) => `${c.source}: "${c.token}" ${c.confidence}, ${c.evidence}`).join("; ");
  const tokens = new Set(candidates.map((c) => c.token.toLowerCase()));
  if (tokens.size > 1) return { start: blank.start, end: blank.end, message: `a deleted hyphenated word; the evidence disagrees (${evidence})` };
  // The corpus gives the token as it stood in that context; where only the lexicon names it, the
  // run's own spelling of it (if any) wins over the lexicon's.
  const fromCorpus = candidates.find((c) => c.source === "corpus");
  const token = fromCorpus?.token ?? spellingOf(model, candidates[0]!.token) ?? candidates[0]!.token;
  const certain = candidates.some((c) => c.confidence === "certain");
  return {
    start: blank.start,
    end: blank.end,
    fix: fillFor(text, blank, [token]),
    kind: certain ? "fix" : "suggest",
    message: `${certain ? "restored" : "likely"} "${token}" (${evidence})`,
  };
}

function unfilled(text: string, blank: Blank, options: RestoreBlanksOptions): Finding {
  const { min, max } = blank.lost;
  const what = max === 1 ? "a hyphenated word was" : `${min === max ? min : `${min} to ${max}`} hyphenated words were`;
  const message = `blank: ${what} deleted here and no evidence restores ${max === 1 ? "it" : "them"}`;
  if (options.blankMarker === null) return { start: blank.start, end: blank.end, message };
  return { start: blank.start, end: blank.end, fix: fillFor(text, blank, [options.blankMarker]), kind: "fix", message: `marked the blank: ${message}` };
}

const restoreBlanks: CorpusRule<RestoreBlanksOptions, Summary, Index> = {
  meta: {
    id: "restore-blanks",
    description: "Restores hyphenated words a scraper deleted, from a near-duplicate, the corpus or the lexicon; reports the rest.",
    fixable: true,
    defaultOptions: { blankMarker: null, restoreParagraphs: false },
    validateOptions(options) {
      if (options.blankMarker !== null && (typeof options.blankMarker !== "string" || !/^\S(?:.*\S)?$/.test(options.blankMarker))) {
        return "blankMarker must be text with no line break and no surrounding spaces";
      }
      return typeof options.restoreParagraphs === "boolean" ? null : "restoreParagraphs must be true or false";
    },
  },

  collect(doc) {
    const source = holdsLostTokenShape(doc.text);
    // A text with no hyphenated token at all may have lost them even where its spacing is only
    // possibly a blank; a text holding some needs certain blanks to be worth a twin.
    const blanked = source ? showsCertainBlanks(doc.text) : showsBlanks(doc.text);
    return { sketch: source || blanked ? sketchOf(doc.text) : null, source, blanked, sightings: source ? sightingsOf(doc.text) : null };
  },

  fold() {
    // Only the sketches wait for the end (the twin search needs them all); sightings go
    // straight into the context model.
    const [damaged, sources, context] = [new Sketched(), new Sketched(), new ContextModelBuilder()];
    return {
      add(id, { sketch, source, blanked, sightings }) {
        if (sightings) context.add(sightings);
        if (sketch && blanked) damaged.add(id, sketch);
        if (sketch && source) sources.add(id, sketch);
      },
      finish: () => ({ twins: twinsOf(damaged, sources), context: context.freeze() }),
    };
  },

  neighbors(doc, index) {
    return ((index ?? NO_EVIDENCE).twins.get(doc.id) ?? []).map((t) => t.id);
  },

  *check(doc: Doc, ctx: CorpusRuleContext<RestoreBlanksOptions, Index>) {
    const { text } = doc;
    const blanks = detectBlanks(text);
    if (blanks.length === 0) return;
    const evidence = ctx.index ?? NO_EVIDENCE;
    const twins = evidence.twins.get(doc.id) ?? [];
    const readings = ctx.neighbors.flatMap((twin) => {
      const reading = readTwin(text, blanks, twin.text);
      const c = twins.find((t) => t.id === twin.id)?.containment ?? 0;
      return reading ? [{ id: twin.id, containment: c, reading }] : [];
    });
    const claimed: { start: number; end: number }[] = [];
    for (const blank of blanks) {
      const verdict = fromTwins(text, blank, readings, ctx.options);
      if (verdict === "no blank") continue;
      const finding = verdict ?? (blank.certainty === "certain" ? (fromContext(text, blank, evidence.context) ?? unfilled(text, blank, ctx.options)) : null);
      if (finding) {
        claimed.push(finding);
        yield finding;
      }
    }
    if (ctx.options.restoreParagraphs && readings.length > 0) {
      for (const b of readings[0]!.reading.breaks) {
        if (claimed.some((c) => c.start < b.end && b.start < c.end)) continue;
        yield { start: b.start, end: b.end, fix: b.text, kind: "fix", message: `restored a paragraph break from near-duplicate ${readings[0]!.id}` };
      }
    }
  },
};

export default restoreBlanks;
