import type { CorpusRule, Doc, Finding } from "../src/core/types.js";
import { classifyLines } from "./strip-boilerplate/classify.js";
import type { Verdict } from "./strip-boilerplate/facts.js";
import { asJudged, splitLines } from "./strip-boilerplate/lines.js";
import { compilePacks, loadPacks, matchChrome, mayBeChrome } from "./strip-boilerplate/packs.js";
import { LineCounter, recurrenceThreshold, recurringOnly, shortLineHashes, type LineHashes, type RecurrenceIndex } from "./strip-boilerplate/recurrence.js";
import { removalFindings } from "./strip-boilerplate/removal.js";
import { withoutRunIns } from "./strip-boilerplate/run-in-credit.js";

export interface StripBoilerplateOptions {
  /** Documents a short line must occur in to count as recurring chrome; "auto" scales with the run. */
  minDocs: number | "auto";
  /** Lines with more words are never removed for recurring (a shared wire paragraph stays). */
  maxChromeWords: number;
  /** A sentence of reporting this long marks the article body; chrome sits outside or among chrome. */
  bodyWords: number;
  /** Share of known chrome that makes a stretch of short lines chrome as a whole. */
  chromeShare: number;
  /** Lines kept above the article's first paragraph when the top of the page is chrome. */
  headLines: number;
  /** Short lines hashed per document in the corpus pass. */
  linesPerDocument: number;
  /** Distinct line hashes held while counting; the rarest are dropped beyond this. */
  maxTracked: number;
}

const PATTERNS = compilePacks(loadPacks());

function describe(v: Verdict): string {
  switch (v.by) {
    case "pattern":
      return `removed boilerplate: ${v.kind} (pattern "${v.id}" of the ${v.pack} pack)`;
    case "recurrence":
      return v.alone
        ? `removed boilerplate: the site promoting itself, a line that recurs in ${v.documents} of ${v.of} documents`
        : `removed boilerplate: a short line that recurs in ${v.documents} of ${v.of} documents`;
    case "recurring-top":
      return `removed boilerplate: a sentence that recurs in ${v.documents} of ${v.of} documents, in the top the site prints above every article`;
    case "section":
      return `removed boilerplate: below the heading "${v.heading}" (line ${v.line}), which opens a section of chrome`;
    case "outside":
      return `removed boilerplate: outside the article, among ${v.lines} lines of which ${v.chrome} are known chrome`;
    case "tail":
      return `removed boilerplate: below the article, past ${v.chrome} pieces of chrome (the first on line ${v.line}) and before any further paragraph`;
    case "title":
      return `removed boilerplate: the headline of line ${v.line} again, in the page's own title or breadcrumb`;
    case "above-headline":
      return `removed boilerplate: above the headline of line ${v.line}, which the page's window title names: the page's own top`;
    case "capitals":
      return `removed boilerplate: a line of ${v.words} words in capitals and no sentence between two paragraphs, a link to another story`;
    case "menu":
      return `removed boilerplate: above the article, a menu of ${v.words} words run into one line`;
    case "gallery":
      return `removed boilerplate: a caption of a gallery of ${v.total} photos, opened by its counter`;
    case "excerpt":
      return `removed boilerplate: beyond the article, one of ${v.excerpts} long lines cut short by the page: the excerpts of a list of teasers`;
    case "copy":
      return `removed boilerplate: ${v.paragraphs} paragraphs of the page again, run together into one line (the page's summary for feeds)`;
    case "bio":
      return `removed boilerplate: a note on the author ("${v.name}"), whom the page names in a line of their own`;
    case "stretch":
      return `removed boilerplate: in a run of ${v.lines} short lines without reporting, ${v.chrome} of them known chrome`;
  }
}

const stripBoilerplate: CorpusRule<StripBoilerplateOptions, LineHashes, RecurrenceIndex> = {
  meta: {
    id: "strip-boilerplate",
    description: "Removes page chrome: known prompts, share bars, credits and captions by pattern, unknown chrome by recurrence across the run.",
    fixable: true,
    defaultOptions: { minDocs: "auto", maxChromeWords: 30, bodyWords: 8, chromeShare: 0.5, headLines: 6, linesPerDocument: 400, maxTracked: 1_000_000 },
    validateOptions(o) {
      if (o.minDocs !== "auto" && !(Number.isInteger(o.minDocs) && o.minDocs >= 2)) return 'minDocs must be "auto" or an integer >= 2';
      if (!(o.chromeShare > 0 && o.chromeShare <= 1)) return "chromeShare must be in (0, 1]";
      for (const key of ["maxChromeWords", "bodyWords", "headLines", "linesPerDocument", "maxTracked"] as const) {
        if (!(Number.isInteger(o[key]) && o[key] > 0)) return `${key} must be a positive integer`;
      }
      return null;
    },
  },
  collect(doc: Doc, o) {
    return shortLineHashes(withoutRunIns(splitLines(doc.text), PATTERNS).lines, o.maxChromeWords, o.linesPerDocument, (line) => mayBeChrome(line) && matchChrome(asJudged(line), PATTERNS) !== null);
  },
  fold(o) {
    const counter = new LineCounter(o.maxTracked);
    return { add: (_id, hashes) => counter.add(hashes), finish: () => recurringOnly(counter.index, o.minDocs) };
  },
  check(doc: Doc, ctx): Finding[] {
    const { options: o, index } = ctx;
    const lines = splitLines(doc.text);
    const judged = withoutRunIns(lines, PATTERNS);
    const minDocs = recurrenceThreshold(index?.documents ?? 0, o.minDocs);
    const verdicts = classifyLines(judged.lines, PATTERNS, index, { ...o, minDocs });
    const reasons = new Map([...verdicts].map(([i, v]) => [i, describe(v)]));
    // A line that goes takes the credit or chrome run into its end with it.
    const runIns = [...judged.runIns].flatMap(([i, runIn]) => (reasons.has(i) ? [] : [runIn]));
    return [...removalFindings(doc.text, lines, reasons), ...runIns];
  },
};

export default stripBoilerplate;
