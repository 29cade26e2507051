import type { Finding } from "../../src/core/types.js";
import type { Line } from "./lines.js";

const COLLAPSED = "removed boilerplate: the blank lines it left";

/** A line (or blank line) that goes, as the span of text it takes with it. */
interface Cut {
  start: number;
  end: number;
  reason: string | null;
}

/**
 * Findings that take the removed lines out, one per line, each with its reason and the blank
 * lines it leaves behind. Where lines went, the kept lines around them end up one paragraph
 * break apart if a blank line stood anywhere in between, one line break if not; removed lines
 * at the start or end leave nothing, and the text ends with a line break only if it did.
 */
export function removalFindings(text: string, lines: readonly Line[], reasons: ReadonlyMap<number, string>): Finding[] {
  const kept = lines.filter((l) => !l.blank && !reasons.has(l.index));
  if (reasons.size === 0 || kept.length === 0) return [];
  const lastKept = kept[kept.length - 1]!.index;
  const endsWithBreak = text.endsWith("\n");
  // A line takes its own line break; in a tail with no final break, the break before it.
  const cutOf = (l: Line, reason: string | null): Cut =>
    l.index > lastKept && !endsWithBreak ? { start: l.start - 1, end: l.end, reason } : { start: l.start, end: Math.min(l.end + 1, text.length), reason };

  const cuts: Cut[] = [];
  let gap: Line[] = [];
  const closeGap = (inside: boolean) => {
    if (gap.some((l) => reasons.has(l.index))) {
      // Inside the article one blank line stays (the last, so that the others join a removed line).
      const blanks = gap.filter((l) => l.blank);
      const stays = inside ? blanks[blanks.length - 1] : undefined;
      for (const l of gap) if (l !== stays) cuts.push(cutOf(l, reasons.get(l.index) ?? null));
    }
    gap = [];
  };
  for (const l of lines) {
    if (l.blank || reasons.has(l.index)) gap.push(l);
    else closeGap(l.index !== kept[0]!.index);
  }
  closeGap(false);
  return findingsOf(cuts);
}

/** Adjacent cuts become one finding per removed line; blank lines go with the line before them (or after, at the start). */
function findingsOf(cuts: readonly Cut[]): Finding[] {
  const findings: Finding[] = [];
  let open: Finding | null = null;
  let hasLine = false;
  for (const cut of cuts) {
    const joins = open !== null && open.end === cut.start && !(hasLine && cut.reason !== null);
    if (open && joins) {
      open.end = cut.end;
      if (cut.reason !== null) open.message = cut.reason;
    } else {
      if (open) findings.push(open);
      open = { start: cut.start, end: cut.end, fix: "", message: cut.reason ?? COLLAPSED };
      hasLine = false;
    }
    hasLine ||= cut.reason !== null;
  }
  if (open) findings.push(open);
  return findings;
}
