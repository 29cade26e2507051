import { normaliseLine, type Line } from "./lines.js";
import { matchChrome, type ChromeMatch, type CompiledPattern } from "./packs.js";
import { recurrenceOf, type RecurrenceIndex } from "./recurrence.js";
import { isQuoted, isReportingSentence, isTeaser, isTitleCase, promotes, protectedKind, wordCount } from "./shape.js";

export interface ClassifyOptions {
  /** Documents a line must recur in (already resolved for the run's size). */
  minDocs: number;
  /** Longer lines are never removed for recurring: they are reporting, even when shared. */
  maxChromeWords: number;
  /** A sentence of reporting this long anchors the article body. */
  bodyWords: number;
  /** Share of known chrome that makes a stretch of short lines between paragraphs chrome as a whole. */
  chromeShare: number;
  /** Lines kept above the first paragraph when the page top is chrome: headline, standfirst, byline. */
  headLines: number;
}

/** Why a line goes. */
export type Verdict =
  | ({ by: "pattern" } & ChromeMatch)
  | { by: "recurrence"; documents: number; of: number; alone: boolean }
  | { by: "stretch"; chrome: number; lines: number }
  | { by: "outside"; chrome: number; lines: number }
  | { by: "section"; heading: string; line: number };

interface LineFacts {
  line: Line;
  words: number;
  /** Byline, dateline, attribution, quotation: never removed. */
  keep: boolean;
  /** A paragraph of reporting. */
  body: boolean;
  /** It ends like a sentence, as reporting does (a long line without one may be a list of links). */
  reporting: boolean;
  /** Short and not a sentence of reporting. */
  chromeShape: boolean;
  recurs: number;
  /** A byline or dateline found again and again in this document: the metadata of teasers. */
  repeated: boolean;
  /** A few capitalised words and no sentence: a menu entry, or a subheading. */
  menuLike: boolean;
  match: ChromeMatch[] | null;
}

function factsOf(lines: readonly Line[], patterns: readonly CompiledPattern[], index: RecurrenceIndex | undefined, o: ClassifyOptions): LineFacts[] {
  const content = lines.filter((l) => !l.blank);
  const kinds = content.map((l) => protectedKind(l.text));
  const normalised = content.map((l) => normaliseLine(l.text));
  const occurrences = new Map<string, number>();
  for (const n of normalised) occurrences.set(n, (occurrences.get(n) ?? 0) + 1);
  return content.map((line, i) => {
    const times = occurrences.get(normalised[i]!) ?? 1;
    const words = wordCount(line.text);
    const kind = kinds[i];
    // A bare name is a byline only beside a dateline; alone it may be a menu entry.
    const besideDateline = kinds[i - 1] === "dateline" || kinds[i + 1] === "dateline";
    // An article has one byline and one dateline; a list of teasers repeats them.
    const headOrFoot = kind !== null && (kind !== "name" || besideDateline) && times < 3;
    const keep = headOrFoot || isQuoted(line.text);
    const reporting = isReportingSentence(line.text);
    const match = keep ? null : matchChrome(line.text, patterns);
    const chromeShape = !keep && !reporting && words <= o.maxChromeWords;
    return {
      line,
      words,
      keep,
      // Quotations are reporting too, and count as such.
      body: !headOrFoot && !match && !isTeaser(line.text) && ((reporting && words >= o.bodyWords) || words >= 2 * o.bodyWords),
      reporting,
      chromeShape,
      recurs: chromeShape ? recurrenceOf(normalised[i]!, index) : 0,
      repeated: kind !== null && times >= 3,
      menuLike: chromeShape && words <= 4 && !/[.!?]$/u.test(line.text.trim()) && (isTitleCase(line.text) || (words === 1 && /^\p{Lu}/u.test(line.text.trim()))),
      match,
    };
  });
}

const PAGE_EDGE_LINES = 10;

/** Evidence that a line is chrome, for judging the lines around it. */
function isChrome(f: LineFacts, verdicts: ReadonlyMap<number, Verdict>): boolean {
  const v = verdicts.get(f.line.index);
  // A promotion inserted between paragraphs says nothing about the lines around it.
  return (v !== undefined && !(v.by === "recurrence" && v.alone)) || f.repeated;
}

/** Lines [from, to) of `facts` with no paragraph of reporting among them. */
interface Stretch {
  from: number;
  to: number;
}

function stretchesBetweenParagraphs(facts: readonly LineFacts[]): Stretch[] {
  const out: Stretch[] = [];
  for (let i = 0; i < facts.length; ) {
    if (facts[i]!.body) {
      i++;
      continue;
    }
    let j = i;
    while (j < facts.length && !facts[j]!.body) j++;
    out.push({ from: i, to: j });
    i = j;
  }
  return out;
}

/**
 * Decides which lines of a document are chrome, from the strongest evidence to the weakest:
 * 1. pattern packs name the chrome we know;
 * 2. a line that recurs in many documents of the run, has the shape of chrome and sits where
 *    chrome sits (above the first or below the last paragraph of reporting, or next to chrome);
 * 3. a heading that opens a comments or related-stories section, below the article: the rest
 *    of the page;
 * 4. a stretch of short lines between paragraphs (or at the top or bottom of the page) that is
 *    mostly known chrome is chrome as a whole (a menu, a footer), except the lines that lead
 *    into the next paragraph (a headline block, a subheading).
 * Bylines, datelines, attributions and quotations are never removed.
 */
export function classifyLines(
  lines: readonly Line[],
  patterns: readonly CompiledPattern[],
  index: RecurrenceIndex | undefined,
  o: ClassifyOptions,
): Map<number, Verdict> {
  const facts = factsOf(lines, patterns, index, o);
  const verdicts = new Map<number, Verdict>();
  const mark = (i: number, v: Verdict) => {
    const f = facts[i]!;
    if (!f.keep && !verdicts.has(f.line.index)) verdicts.set(f.line.index, v);
  };
  const removed = (i: number) => i >= 0 && i < facts.length && verdicts.has(facts[i]!.line.index);

  facts.forEach((f, i) => f.match && mark(i, { by: "pattern", ...f.match[0]! }));

  const firstBody = facts.findIndex((f) => f.body);
  let lastBody = -1;
  facts.forEach((f, i) => f.body && (lastBody = i));
  const atEdge = (i: number) => firstBody === -1 || i < firstBody || i > lastBody;
  const candidate = (i: number) => {
    const f = facts[i];
    return f !== undefined && f.chromeShape && f.recurs >= o.minDocs && !removed(i);
  };
  const total = index?.documents ?? 0;
  for (let changed = true; changed; ) {
    changed = false;
    facts.forEach((f, i) => {
      if (!candidate(i)) return;
      const amongChrome = atEdge(i) || removed(i - 1) || removed(i + 1) || candidate(i - 1) || candidate(i + 1);
      // Inside the article, alone, only a line in which the site promotes itself goes.
      if (amongChrome || promotes(f.line.text)) {
        mark(i, { by: "recurrence", documents: f.recurs, of: total, alone: !amongChrome });
        changed = true;
      }
    });
  }

  cutSections(facts, mark, o);
  markChromeStretches(facts, verdicts, mark, o);
  markOutsideArticle(facts, verdicts, mark, o);
  return verdicts;
}

/**
 * The article: the stretch of lines where reporting outweighs chrome most (the best-scoring
 * run, each paragraph counting its words, each other line against it).
 */
function articleSpan(facts: readonly LineFacts[], verdicts: ReadonlyMap<number, Verdict>): Stretch | null {
  let best = 0;
  let span: Stretch | null = null;
  let sum = 0;
  let start = 0;
  facts.forEach((f, i) => {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    const chrome = verdicts.has(f.line.index);
    const weight = f.reporting ? f.words : f.words / 2;
    sum += f.body && !chrome ? weight : chrome ? -(3 + f.words) : -(1 + f.words / 2);
    if (sum > best) {
      best = sum;
      span = { from: start, to: i + 1 };
    }
  });
  return span;
}

/** Above and below the article, a page with enough known chrome is chrome throughout. */
function markOutsideArticle(
  facts: readonly LineFacts[],
  verdicts: ReadonlyMap<number, Verdict>,
  mark: (i: number, v: Verdict) => void,
  o: ClassifyOptions,
): void {
  const span = articleSpan(facts, verdicts);
  if (!span) return;
  const bodyWords = (from: number, to: number) => facts.slice(from, to).reduce((n, f) => n + (f.body ? f.words : 0), 0);
  const inside = bodyWords(span.from, span.to);
  for (const [from, to, leadIn] of [
    [0, span.from, o.headLines],
    [span.to, facts.length, 0],
  ] as const) {
    const lines = to - from;
    const chromeAt = facts
      .slice(from, to)
      .map((f, k) => (isChrome(f, verdicts) ? from + k : -1))
      .filter((i) => i !== -1);
    // Out here a menu entry counts too (inside the article it could be a subheading), but
    // only known chrome marks where the page's own part begins.
    const chrome = chromeAt.length + facts.slice(from, to).filter((f) => f.menuLike && !isChrome(f, verdicts)).length;
    if (chromeAt.length === 0) continue;
    // A page's own menus and footers are long; the head and foot of an article are short.
    if (lines < PAGE_EDGE_LINES || chrome / lines < o.chromeShare / 2) continue;
    // More reporting out here than in the span: the span may be the wrong one; remove nothing.
    if (bodyWords(from, to) > inside) continue;
    let spared = 0;
    for (let i = to - 1; i >= from; i--) {
      if (verdicts.has(facts[i]!.line.index) || facts[i]!.keep) continue;
      if (spared < leadIn) {
        spared++;
        continue;
      }
      // Above the article, what lies above its chrome (more than one piece of it: a headline
      // may sit above a single banner); below it, what lies below.
      const beyondChrome = (from === 0 ? chromeAt.filter((c) => c > i) : chromeAt.filter((c) => c < i)).length >= 2;
      if (beyondChrome) mark(i, { by: "outside", chrome, lines });
    }
  }
}

function cutSections(facts: readonly LineFacts[], mark: (i: number, v: Verdict) => void, o: ClassifyOptions): void {
  const bodyWords = facts.map((f) => (f.body ? f.words : 0));
  const totalBody = bodyWords.reduce((a, b) => a + b, 0);
  let before = 0;
  for (let i = 0; i < facts.length; i++) {
    before += bodyWords[i]!;
    const heading = facts[i]!.match;
    // Below the article's start and in the lower half of the page: a "Related" or "Comments"
    // heading up top is navigation. Comments may outweigh the article: words are not compared.
    const below = before >= Math.min(totalBody / 2, 5 * o.bodyWords) && i >= facts.length / 2;
    if (heading?.length === 1 && heading[0]!.section && below) {
      const end = resumes(facts, i + 1);
      for (let j = i + 1; j < end; j++) mark(j, { by: "section", heading: facts[i]!.line.text.trim(), line: facts[i]!.line.index + 1 });
      i = end - 1;
    }
  }
}

/**
 * Where the article resumes after a section of chrome: at paragraphs that follow each other
 * with nothing between them (teasers and comments come with titles, names and dates between).
 */
function resumes(facts: readonly LineFacts[], from: number): number {
  for (let i = from; i + RESUMING_PARAGRAPHS <= facts.length; i++) {
    if (facts.slice(i, i + RESUMING_PARAGRAPHS).every((f) => f.body)) return i;
  }
  return facts.length;
}

const RESUMING_PARAGRAPHS = 3;

function markChromeStretches(
  facts: readonly LineFacts[],
  verdicts: ReadonlyMap<number, Verdict>,
  mark: (i: number, v: Verdict) => void,
  o: ClassifyOptions,
): void {
  for (const { from, to } of stretchesBetweenParagraphs(facts)) {
    const lines = to - from;
    const chromeAt = facts
      .slice(from, to)
      .map((f, k) => (isChrome(f, verdicts) ? from + k : -1))
      .filter((i) => i !== -1);
    const chrome = chromeAt.length;
    if (lines < 2 || chrome / lines < o.chromeShare) continue;
    // Only lines held between chrome go, and those above it at the top of the page and below
    // it at the bottom: the last lines of an article before the page's footer are the article.
    // The lines that lead into the paragraph below: a headline block on top, a subheading inside.
    const leadIn = to === facts.length ? 0 : from === 0 ? o.headLines : 1;
    let spared = 0;
    for (let i = to - 1; i >= from; i--) {
      if (verdicts.has(facts[i]!.line.index) || facts[i]!.keep) continue;
      if (spared < leadIn) {
        spared++;
        continue;
      }
      const above = chromeAt.filter((c) => c < i).length;
      const below = chrome - above;
      // Held between chrome; at the top or bottom of the page, past more than one piece of it.
      const held = from === 0 ? below >= 2 : to === facts.length ? above >= 2 : above >= 1 && below >= 1;
      if (held) mark(i, { by: "stretch", chrome, lines });
    }
  }
}
