/** Offsets to 1-based lines and code-point columns, and back through rewrites. */

export interface Position {
  line: number;
  column: number;
}

/** Resolves offsets of one text to lines and columns; one per text. */
export class LineIndex {
  /** Where each line starts; found on the first lookup, since most documents need none. */
  private starts: number[] | null = null;
  /** The last offset resolved and its column: edits come in order, often many on one line. */
  private last = { offset: 0, line: 0, column: 1 };

  constructor(private readonly text: string) {}

  private lineStarts(): number[] {
    if (this.starts === null) {
      this.starts = [0];
      for (let i = this.text.indexOf("\n"); i !== -1; i = this.text.indexOf("\n", i + 1)) this.starts.push(i + 1);
    }
    return this.starts;
  }

  at(offset: number): Position {
    const starts = this.lineStarts();
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    // Counting on from the last offset keeps a document with one 1 MB line linear, not
    // quadratic, in its number of edits.
    const resume = this.last.line === lo && this.last.offset <= offset && !this.splitsPair(this.last.offset);
    let i = resume ? this.last.offset : starts[lo]!;
    // Columns count code points so that astral characters (emoji, rare CJK) count once.
    let column = resume ? this.last.column : 1;
    for (; i < offset; i++) {
      const code = this.text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff && i + 1 < offset) i++;
      column++;
    }
    this.last = { offset: i, line: lo, column };
    return { line: lo + 1, column };
  }

  /** True between the two halves of a surrogate pair, where counting cannot resume. */
  private splitsPair(offset: number): boolean {
    const code = this.text.charCodeAt(offset - 1);
    return code >= 0xd800 && code <= 0xdbff;
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
  // The first span that ends at or after p (spans are sorted): a binary search, so that a
  // document with many edits maps each one in logarithmic time.
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid]!.newEnd < p) lo = mid + 1;
    else hi = mid;
  }
  const previous = spans[lo - 1];
  const delta = previous ? previous.newEnd - previous.oldEnd : 0;
  const span = spans[lo];
  if (!span || p <= span.newStart) return p - delta;
  if (p < span.newEnd) return edge === "start" ? span.oldStart : span.oldEnd;
  return span.oldEnd;
}
