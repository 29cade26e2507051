import { LineIndex, OffsetTrail } from "./positions.js";
import type { CleanResult, Doc, Edit, Finding, Settings, Unresolved } from "./types.js";

/** A rule bound to its options and evidence, ready to run on one document. */
export interface BoundRule {
  id: string;
  run(doc: Doc): Iterable<Finding>;
}

export interface CleanOptions {
  settings: Settings;
  /**
   * Tests run strict: a rule that breaks the finding contract (out of range, overlapping)
   * throws, naming the rule. A real run reports such findings as unresolved and goes on.
   */
  strict?: boolean;
  /**
   * What the caller keeps of the report once the document is done (all when absent). An
   * unresolved finding not kept is not made (its line, column and context cost more than the
   * rule's finding); edits not kept are still made, for the caller's counts, but not copied.
   */
  keep?: { edits: boolean; unresolved: boolean };
}

export class RuleContractError extends Error {
  constructor(rule: string, detail: string) {
    super(`rule ${rule} broke the finding contract: ${detail}`);
    this.name = "RuleContractError";
  }
}

const CONTEXT_CHARS = 40;

/**
 * The pure core: runs each rule on the previous rule's output, applies its fixes, and
 * reports every edit and unresolved problem in the coordinates of the input document.
 */
export function clean(doc: Doc, rules: readonly BoundRule[], options: CleanOptions): CleanResult {
  const input = doc.text;
  const lines = new LineIndex(input);
  const trail = new OffsetTrail();
  const edits: Edit[] = [];
  const unresolved: Unresolved[] = [];
  let text = input;

  const toInput = (start: number, end: number) => {
    const s = trail.toOriginal(start, "start");
    return { start: s, end: Math.max(s, trail.toOriginal(end, "end")) };
  };
  const keepUnresolved = options.keep?.unresolved ?? true;
  const leave = (rule: string, start: number, end: number, message: string) => {
    if (!keepUnresolved) return;
    const at = toInput(start, end);
    unresolved.push({ rule, ...at, ...lines.at(at.start), context: contextOf(input, at.start, at.end), message });
  };

  for (const rule of rules) {
    const findings = [...rule.run({ id: doc.id, text })].sort((a, b) => a.start - b.start || a.end - b.end);
    const replacements: { start: number; end: number; text: string }[] = [];
    let lastEnd = -1;
    for (const finding of findings) {
      const problem = contractProblem(finding, text.length, lastEnd);
      if (problem) {
        if (options.strict) throw new RuleContractError(rule.id, `${problem} (${JSON.stringify(finding)})`);
        leave(rule.id, clamp(finding.start, text.length), clamp(finding.end, text.length), `not applied: ${problem}`);
        continue;
      }
      if (finding.fix === undefined) {
        leave(rule.id, finding.start, finding.end, finding.message);
        continue;
      }
      const before = text.slice(finding.start, finding.end);
      if (before === finding.fix) continue;
      const kind = finding.kind ?? "fix";
      const applied = kind === "fix" || options.settings.applySuggestions;
      const at = toInput(finding.start, finding.end);
      edits.push({
        rule: rule.id,
        kind,
        ...at,
        ...lines.at(at.start),
        before,
        after: finding.fix,
        reason: finding.message,
        applied,
      });
      // Only applied fixes claim their span; an offered suggestion leaves room for others.
      if (applied) {
        replacements.push({ start: finding.start, end: finding.end, text: finding.fix });
        lastEnd = finding.end;
      }
    }
    if (replacements.length > 0) {
      text = applyReplacements(text, replacements);
      trail.push(replacements);
    }
  }
  // Reports outlive documents: "before", "after" and "context" are slices that would keep every
  // intermediate text of the document (and a neighbour's, for a fix taken from it) alive as long
  // as the report. A structured clone copies just their characters.
  // (Most documents have neither, and a clone of nothing still costs a call.)
  const copyEdits = edits.length > 0 && (options.keep?.edits ?? true);
  return { text, edits: copyEdits ? structuredClone(edits) : edits, unresolved: unresolved.length === 0 ? [] : structuredClone(unresolved) };
}

function contractProblem(f: Finding, length: number, lastEnd: number): string | null {
  if (!Number.isInteger(f.start) || !Number.isInteger(f.end) || f.start < 0 || f.end < f.start || f.end > length) {
    return `range ${f.start}-${f.end} is outside the text (length ${length})`;
  }
  if (f.fix !== undefined && (f.start < lastEnd || (f.start === lastEnd && f.start === f.end))) {
    return `range ${f.start}-${f.end} overlaps another fix`;
  }
  return null;
}

function applyReplacements(text: string, replacements: readonly { start: number; end: number; text: string }[]): string {
  const parts: string[] = [];
  let cursor = 0;
  for (const r of replacements) {
    parts.push(text.slice(cursor, r.start), r.text);
    cursor = r.end;
  }
  parts.push(text.slice(cursor));
  return parts.join("");
}

function clamp(n: number, max: number): number {
  return Number.isFinite(n) ? Math.min(Math.max(0, Math.trunc(n)), max) : 0;
}

function contextOf(text: string, start: number, end: number): string {
  const from = Math.max(0, start - CONTEXT_CHARS);
  const to = Math.min(text.length, end + CONTEXT_CHARS);
  return text.slice(from, to).replace(/\s*\n\s*/g, " ⏎ ");
}
