import { commandFor, type FixCommand, needsWork, whatIsWrong, type RunReport } from "./model.js";

/** Workflow-command escaping: the message, and (more strictly) each property. */
const data = (s: string) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const property = (s: string) => data(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

function annotation(level: "error" | "warning", file: string, message: string, at?: { line: number; column: number }, title?: string): string {
  const props = [`file=${property(file)}`];
  if (at) props.push(`line=${at.line}`, `col=${at.column}`);
  if (title) props.push(`title=${property(title)}`);
  return `::${level} ${props.join(",")}::${data(message)}`;
}

/**
 * GitHub Actions workflow commands: files that fail --check and files that cannot be read are
 * errors, at the first edit of each dirty file; skipped files and unresolved problems are
 * warnings at their line and column, and so are the run's own warnings (on the file they name).
 */
export function toGithub(report: RunReport, fixCommand: FixCommand): string {
  const out = (report.warnings ?? []).map((w) => annotation("warning", w.path, w.reason, undefined, "clean-news"));
  for (const f of report.files) {
    if (f.error !== null) out.push(annotation("error", f.path, f.error, undefined, "clean-news"));
    // A record passed through is annotated at its line of the stream.
    else if (f.skipped !== null) out.push(annotation("warning", f.record?.path ?? f.path, `skipped: ${f.skipped}`, f.record && { line: f.record.line, column: 1 }, "clean-news"));
    else if (report.check && needsWork(f)) {
      const first = f.edits.find((e) => e.applied);
      out.push(annotation("error", f.path, `${whatIsWrong(f)}; run: ${commandFor(fixCommand, f.path)}`, first, "clean-news: dirty article"));
    }
    for (const u of f.unresolved) {
      // A field's problem is shown on its record's line of the stream, with its place in the field.
      if (f.record) out.push(annotation("warning", f.record.path, `${f.record.id} ${u.line}:${u.column}: ${u.message}: "${u.context}"`, { line: f.record.line, column: 1 }, `clean-news ${u.rule}`));
      else out.push(annotation("warning", f.path, `${u.message}: "${u.context}"`, u, `clean-news ${u.rule}`));
    }
  }
  return out.length > 0 ? out.join("\n") + "\n" : "";
}
