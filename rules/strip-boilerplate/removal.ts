import type { Finding } from "../../src/core/types.js";
import type { Line } from "./lines.js";

const COLLAPSED = "collapsed the blank lines left by removed boilerplate";

/**
 * Findings that take the removed lines out. Where lines went, the kept lines around them end
 * up one paragraph break apart if a blank line stood anywhere in between, one line break if
 * not; removed lines at the start or end leave nothing, and the text ends with a line break
 * only if it did before.
 */
export function removalFindings(text: string, lines: readonly Line[], reasons: ReadonlyMap<number, string>): Finding[] {
  const kept = lines.filter((l) => !l.blank && !reasons.has(l.index));
  if (reasons.size === 0 || kept.length === 0) return [];
  const findings: Finding[] = [];
  const firstKept = kept[0]!.index;
  const lastKept = kept[kept.length - 1]!.index;
  const endsWithBreak = text.endsWith("\n");

  // The whole of each gone line with its own line break; in a tail with no final break, the
  // break before it instead.
  const cut = (l: Line, message: string) => {
    const tailWithoutBreak = l.index > lastKept && !endsWithBreak;
    findings.push(
      tailWithoutBreak
        ? { start: l.start - 1, end: l.end, fix: "", message }
        : { start: l.start, end: Math.min(l.end + 1, text.length), fix: "", message },
    );
  };

  let gapHasRemoval = false;
  let gapBlanks: Line[] = [];
  const closeGap = (edge: boolean) => {
    // Inside the article one blank line stays (a paragraph break); at either edge, none.
    const extra = edge ? gapBlanks : gapBlanks.slice(1);
    if (gapHasRemoval) for (const b of extra) cut(b, COLLAPSED);
    gapHasRemoval = false;
    gapBlanks = [];
  };

  for (const l of lines) {
    const reason = reasons.get(l.index);
    if (reason !== undefined) {
      cut(l, reason);
      gapHasRemoval = true;
    } else if (l.blank) {
      gapBlanks.push(l);
    } else {
      closeGap(l.index === firstKept);
    }
  }
  closeGap(true);
  return findings;
}
