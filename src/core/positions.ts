/** Offsets to 1-based lines and code-point columns, and back through rewrites. */

export interface Position {
  line: number;
  column: number;
}

/** Resolves offsets of one text to lines and columns; built once per text. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.starts.push(i + 1);
  }

  at(offset: number): Position {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    const lineStart = this.starts[lo]!;
    // Columns count code points so that astral characters (emoji, rare CJK) count once.
    let column = 1;
    for (let i = lineStart; i < offset; i++) {
      const code = this.text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < offset) i++;
      column++;
    }
    return { line: lo + 1, column };
  }
}

/** One replacement, in the coordinates of the text before and after it. */
interface Span {
  oldStart: number;
  oldEnd: number;
  newStart: number;
  newEnd: number;
}

/**
 * Maps offsets in the latest text back to the original, through every rewrite so far.
 * Rules see the previous rule's output; reports must speak of the input the user has.
 */
export class OffsetTrail {
  private readonly steps: Span[][] = [];

  /** Records replacements applied to the current text (sorted, non-overlapping). */
  push(replacements: readonly { start: number; end: number; text: string }[]): void {
    if (replacements.length === 0) return;
    let delta = 0;
    const spans = replacements.map((r) => {
      const span = {
        oldStart: r.start,
        oldEnd: r.end,
        newStart: r.start + delta,
        newEnd: r.start + delta + r.text.length,
      };
      delta += r.text.length - (r.end - r.start);
      return span;
    });
    this.steps.push(spans);
  }

  /** An offset of the current text in the original; inside a replacement it snaps to an edge. */
  toOriginal(offset: number, edge: "start" | "end" = "start"): number {
    let p = offset;
    for (let s = this.steps.length - 1; s >= 0; s--) p = mapBack(this.steps[s]!, p, edge);
    return p;
  }
}

function mapBack(spans: readonly Span[], p: number, edge: "start" | "end"): number {
  let delta = 0;
  for (const span of spans) {
    if (p <= span.newStart) return p - delta;
    if (p < span.newEnd) return edge === "start" ? span.oldStart : span.oldEnd;
    if (p === span.newEnd) return span.oldEnd;
    delta = span.newEnd - span.oldEnd;
  }
  return p - delta;
}
