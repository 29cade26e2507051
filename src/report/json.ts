import type { RunReport } from "./model.js";

/** The --json report; `schema/report.schema.json` is its contract. */
export function toJson(report: RunReport): string {
  const files = report.files.map((f) => ({
    path: f.path,
    output: f.output,
    changed: f.changed,
    skipped: f.skipped,
    error: f.error,
    edits: f.edits.map((e) => ({
      rule: e.rule,
      kind: e.kind,
      line: e.line,
      column: e.column,
      before: e.before,
      after: e.after,
      reason: e.reason,
      applied: e.applied,
    })),
    unresolved: f.unresolved.map((u) => ({ rule: u.rule, line: u.line, column: u.column, context: u.context, message: u.message })),
    ...(f.record ? { record: f.record } : {}),
  }));
  const warnings = report.warnings ?? [];
  return JSON.stringify({ version: 1, files, ...(warnings.length > 0 ? { warnings } : {}) }, null, 2) + "\n";
}
