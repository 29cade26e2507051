import { keyOf } from "../shared/hash.js";
import { asJudged, normaliseJudged, surelyLonger, type Line } from "./lines.js";
import { endsSentence, protectedKind, wordCount } from "./shape.js";

/** Per document: the hashes of its distinct short lines, and of its longest line. Never the text. */
export interface LineHashes {
  /**
   * The document's longest line that no pattern takes for chrome stands for its body: copies of
   * one article (a story filed twice, a wire story on two sites) share it, and count once, so
   * that their short lines of reporting never pass for chrome that recurs across different
   * articles. A site's long licence or footer would make its articles one, until a run had
   * removed it: the next run would then count their lines apart and find more chrome.
   */
  body: number;
  lines: number[];
}

/** Across the run: in how many documents each short line occurs. */
export interface RecurrenceIndex {
  documents: number;
  counts: ReadonlyMap<number, number>;
  /** Counts at or below this were pruned to bound memory; a count may be short by this much. */
  pruned: number;
}

export function shortLineHashes(lines: readonly Line[], maxWords: number, perDocument: number, knownChrome: (line: string) => boolean): LineHashes {
  const hashes = new Set<number>();
  // The short lines as judged; a paragraph is told long before it is judged. The page's first
  // lines too, where its headline is looked for (null: a paragraph, no headline nor byline).
  const short: string[] = [];
  const top: (string | null)[] = [];
  for (const l of lines) {
    if (l.blank) continue;
    const judged = surelyLonger(l.text, maxWords) ? null : asJudged(l.text);
    const isShort = judged !== null && wordCount(judged, maxWords) <= maxWords;
    if (isShort) short.push(judged);
    if (top.length < HEAD_SEARCH_LINES) top.push(isShort ? judged : null);
  }
  // Chrome sits at the edges of a page: a long document keeps its first and last lines.
  const half = Math.floor(perDocument / 2);
  const kept = short.length <= perDocument ? short : [...short.slice(0, half), ...short.slice(-half)];
  for (const judged of kept) {
    const n = normaliseJudged(judged);
    const figures = figuresKey(judged);
    // Lines of figures alone ("78,000", "2-1") are data, and all alike once digits are folded;
    // a sentence with figures is counted as written only. A short line with figures is counted
    // as written too, beside its folded form (`ownFigures`).
    if (/\p{L}/u.test(n) && (figures === null || !endsSentence(judged))) hashes.add(keyOf(n));
    const written = figures ?? (/\p{L}/u.test(n) ? writtenKey(judged) : null);
    if (written !== null) hashes.add(written);
    // A label is counted apart from its value too (`ownValue`).
    const label = labelKey(judged);
    if (label !== null) hashes.add(label);
  }
  const kinds = new Map<number, ReturnType<typeof protectedKind>>();
  const kindOf = (i: number) => {
    const line = top[i];
    if (line === null || line === undefined) return null;
    if (!kinds.has(i)) kinds.set(i, protectedKind(line));
    return kinds.get(i);
  };
  const head = top[headlineOverByline(top.length, kindOf)];
  if (head !== undefined && head !== null) hashes.add(headlineKey(normaliseJudged(head)));
  return { body: keyOf(bodyLine(lines, knownChrome).text.trim()), lines: [...hashes] };
}

// The page's head lies among its first lines.
const HEAD_SEARCH_LINES = 40;

/**
 * The line right over the page's first byline ("By Jane Roe", "Автор: Иван Петров"), datelines
 * skipped: where the page prints its headline. Given the non-blank lines of a page, as judged,
 * from its top (`count` of them), and what each is (`protectedKind`); -1 without a byline among
 * its first lines.
 */
export function headlineOverByline(count: number, kindOf: (i: number) => string | null | undefined): number {
  for (let i = 0; i < count && i < HEAD_SEARCH_LINES; i++) {
    if (kindOf(i) !== "byline") continue;
    let h = i - 1;
    while (h >= 0 && kindOf(h) !== null) h--;
    return h;
  }
  return -1;
}

/**
 * A line counted a second time, apart, where it stands over a page's byline: in how many
 * documents of the run it is the headline. A site's line over every byline (a series' fixed
 * kicker) is one in all of them; an article's headline that the site's other pages list among
 * their teasers is one in its own page only.
 */
export function headlineKey(normalised: string): number {
  return keyOf(`headline\u0001${normalised}`);
}

/**
 * The longest line that ends a sentence and is not known chrome (a site's tag cloud or language
 * menu run into one long line is no article's, and would make all its articles one); else the
 * longest that is not known chrome; the longest line when every line is.
 */
function bodyLine(lines: readonly Line[], knownChrome: (line: string) => boolean): Line {
  const byLength = lines.filter((l) => !l.blank).sort((a, b) => b.text.length - a.text.length || a.index - b.index);
  // Telling chrome judges the line: only for the few lines that may be the answer.
  const sentence = byLength.find((l) => endsSentence(l.text) && !knownChrome(l.text));
  return sentence ?? byLength.find((l) => !knownChrome(l.text)) ?? byLength[0] ?? lines[0]!;
}

/**
 * Counts distinct articles per line hash, one document's hashes at a time, with at most
 * `maxTracked` hashes held: when the table is full, the rarest counts are dropped (lossy
 * counting), so lines that recur in many documents survive whatever the size of the corpus.
 */
export class LineCounter {
  private readonly counts = new Map<number, number>();
  private readonly bodies = new Set<number>();
  private documents = 0;
  private pruned = 0;

  constructor(private readonly maxTracked: number) {}

  add({ body, lines }: LineHashes): void {
    if (this.bodies.has(body)) return;
    this.bodies.add(body);
    this.documents++;
    for (const h of lines) this.counts.set(h, (this.counts.get(h) ?? 0) + 1);
    while (this.counts.size > this.maxTracked) {
      this.pruned++;
      for (const [h, c] of this.counts) if (c <= this.pruned) this.counts.delete(h);
    }
  }

  get index(): RecurrenceIndex {
    return { documents: this.documents, counts: this.counts, pruned: this.pruned };
  }
}

/**
 * The index as the check reads it: only lines that occur in enough documents to count as
 * recurring for this run. A count below the threshold decides nothing and is never shown, so the
 * run's rare lines (nearly all of them) need not be kept, saved or sent to every thread.
 */
export function recurringOnly(index: RecurrenceIndex, minDocs: number | "auto"): RecurrenceIndex {
  const threshold = recurrenceThreshold(index.documents, minDocs);
  return { ...index, counts: new Map([...index.counts].filter(([, n]) => n >= threshold)) };
}

/** Documents a line must occur in to count as recurring, for a run of this size. */
export function recurrenceThreshold(documents: number, minDocs: number | "auto"): number {
  if (minDocs !== "auto") return minDocs;
  // 3 in a small run; slowly more in large ones, where chance repeats of short lines grow.
  return Math.max(3, Math.ceil(Math.log2(Math.max(documents, 1))) - 2);
}

/** In how many documents of the run a line (already normalised) occurs. */
export function recurrenceOf(normalised: string, index: RecurrenceIndex | undefined): number {
  if (!index) return 0;
  return index.counts.get(keyOf(normalised)) ?? 0;
}

/**
 * In how many documents of the run a line (as judged, and normalised) occurs, with its own
 * figures where they make it each document's own (`figuresKey`).
 */
export function recurrenceOfLine(judged: string, normalised: string, index: RecurrenceIndex | undefined): number {
  if (!index) return 0;
  const figures = figuresKey(judged);
  return figures === null ? recurrenceOf(normalised, index) : (index.counts.get(figures) ?? 0);
}

// Counters ("12 comments", "Page 2 of 5", "Updated 3 hours ago") have fewer words than this.
const WORDS_WITH_FIGURES = 4;

/**
 * A line of several words with figures in it, counted as written, figures and all. Folding
 * digits makes "5 comments" and "12 comments" one line; it also makes one line of a series'
 * headlines ("Lotto results for draw 1007: jackpot rolls over again", "... draw 1014: ...")
 * and of its reports' sentences ("The index rose 0.4% to 7,412 points.") that every document
 * of the series has with its own figures: each document's own, which a run of the series took
 * for the site's. A sentence is counted so only, in place of its folded form; another line
 * both ways. Null for a line without figures, or with too few words besides its figures to be
 * more than a counter ("12 comments.", "Updated 3 hours ago").
 */
export function figuresKey(judged: string): number | null {
  if (!/\p{Nd}/u.test(judged)) return null;
  let words = 0;
  // Thai, Chinese and Japanese put no space between words: a run of their letters is several.
  for (const word of judged.split(/\s+/)) if (/\p{L}/u.test(word) && (words += wordCount(word, WORDS_WITH_FIGURES)) >= WORDS_WITH_FIGURES) break;
  if (words < WORDS_WITH_FIGURES) return null;
  return writtenKey(judged);
}

/** A line with figures as written, figures and all; null for a line without figures. */
function writtenKey(judged: string): number | null {
  if (!/\p{Nd}/u.test(judged)) return null;
  return keyOf(`figures\u0001${judged.toLowerCase().replace(/\s+/g, " ").trim()}`);
}

/**
 * A short line that recurs once its figures are folded, but as written in at most half the
 * documents that have it: its figures differ across the run, each document's own ("Arsenal 2-1
 * Chelsea", "Leeds 0-0 Wolves" in a run of results, where a common score recurs by chance), or
 * a counter's ("12 comments", "Page 2 of 5"). Which of the two, its place tells. A line whose
 * figures are the same everywhere ("© 2024 Echo Media", a phone number) is the site's.
 */
export function ownFigures(judged: string, normalised: string, index: RecurrenceIndex | undefined, minDocs: number): boolean {
  const written = figuresKey(judged) === null ? writtenKey(judged) : null;
  if (written === null) return false;
  const folded = recurrenceOf(normalised, index);
  return folded >= minDocs && 2 * (index?.counts.get(written) ?? 0) <= folded;
}

// A label and its value ("Referee: Michael Oliver", "Indice UV : modéré", "Pollen: high").
const LABELLED = /^(\p{L}[\p{L}\p{N}'’&/ -]{0,30}?) ?: +\S/u;
// A label takes a few words; more before a colon make a sentence's clause ("The answer was simple: ...").
const LABEL_WORDS = 3;
// A label's value is short: a headline run after a colon ("Police: Man arrested after 7 ...") is no value.
const LABELLED_WORDS = 6;

/** The key of a labelled line's label, counted apart from the whole line; null for a line with no label. */
function labelKey(judged: string): number | null {
  const label = LABELLED.exec(judged)?.[1];
  if (label === undefined || wordCount(label, LABEL_WORDS + 1) > LABEL_WORDS || wordCount(judged, LABELLED_WORDS + 1) > LABELLED_WORDS) return null;
  return keyOf(`label\u0001${label.toLowerCase()}`);
}

/**
 * A labelled line whose label recurs across the run but which, as written, recurs in at most half
 * the documents that have the label: a slot of a series' template that each document fills
 * ("Referee: Anthony Taylor", "UV index: moderate", "Pollen: high"), as `ownFigures` is for
 * figures. A footer's label has one value throughout the run ("Contact: newsdesk@...").
 */
export function ownValue(judged: string, normalised: string, index: RecurrenceIndex | undefined, minDocs: number): boolean {
  const label = labelKey(judged);
  if (label === null) return false;
  const labelled = index?.counts.get(label) ?? 0;
  return labelled >= minDocs && 2 * recurrenceOf(normalised, index) <= labelled;
}
