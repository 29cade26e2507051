import type { Line } from "./lines.js";
import { matchChrome, type CompiledPattern } from "./packs.js";
import { recurrenceOf, type RecurrenceIndex } from "./recurrence.js";
import { isQuoted, isReportingSentence, protectedKind, wordCount } from "./shape.js";

export interface ClassifyOptions {
  /** Documents a line must recur in (already resolved for the run's size). */
  minDocs: number;
  /** Longer lines are never removed for recurring: they are reporting, even when shared. */
  maxChromeWords: number;
  /** A line of reporting this long anchors the article body. */
  bodyWords: number;
}

/** Why a line goes. */
export type Verdict =
  | { by: "pattern"; pack: string; id: string; kind: string }
  | { by: "recurrence"; documents: number; of: number };

interface LineFacts {
  line: Line;
  words: number;
  keep: boolean;
  body: boolean;
  chromeShape: boolean;
  recurs: number;
}

function factsOf(lines: readonly Line[], index: RecurrenceIndex | undefined, o: ClassifyOptions): LineFacts[] {
  const content = lines.filter((l) => !l.blank);
  const kinds = content.map((l) => protectedKind(l.text));
  return content.map((line, i) => {
    const words = wordCount(line.text);
    const kind = kinds[i];
    // A bare name is a byline only beside a dateline; alone it may be a menu entry.
    const besideDateline = kinds[i - 1] === "dateline" || kinds[i + 1] === "dateline";
    const isProtected = kind !== null && (kind !== "name" || besideDateline);
    const keep = isProtected || isQuoted(line.text);
    const reporting = isReportingSentence(line.text);
    return {
      line,
      words,
      keep,
      body: !keep && ((reporting && words >= o.bodyWords) || words >= 2 * o.bodyWords),
      chromeShape: !keep && !reporting && words <= o.maxChromeWords,
      recurs: recurrenceOf(line, index),
    };
  });
}

/**
 * Decides which lines of a document are chrome. Pattern packs name the chrome we know.
 * A line that recurs in many documents of the run is chrome only if it has the shape of
 * chrome and sits where chrome sits: before the first or after the last paragraph of
 * reporting, or next to other chrome.
 */
export function classifyLines(
  lines: readonly Line[],
  patterns: readonly CompiledPattern[],
  index: RecurrenceIndex | undefined,
  o: ClassifyOptions,
): Map<number, Verdict> {
  const facts = factsOf(lines, index, o);
  const verdicts = new Map<number, Verdict>();
  facts.forEach((f) => {
    if (f.keep) return;
    const match = matchChrome(f.line.text, patterns);
    if (match) {
      verdicts.set(f.line.index, { by: "pattern", ...match[0]! });
      f.body = false;
    }
  });

  const firstBody = facts.findIndex((f) => f.body);
  const lastBody = facts.length - 1 - [...facts].reverse().findIndex((f) => f.body);
  const atEdge = (i: number) => firstBody === -1 || i < firstBody || i > lastBody;
  const candidate = (f: LineFacts) => f.chromeShape && f.recurs >= o.minDocs && !verdicts.has(f.line.index);
  const removed = (i: number) => i >= 0 && i < facts.length && verdicts.has(facts[i]!.line.index);
  const total = index?.documents ?? 0;

  for (let changed = true; changed; ) {
    changed = false;
    facts.forEach((f, i) => {
      if (!candidate(f)) return;
      if (atEdge(i) || removed(i - 1) || removed(i + 1) || (i > 0 && candidate(facts[i - 1]!)) || (i + 1 < facts.length && candidate(facts[i + 1]!))) {
        verdicts.set(f.line.index, { by: "recurrence", documents: f.recurs, of: total });
        changed = true;
      }
    });
  }
  return verdicts;
}
