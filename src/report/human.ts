import pc from "picocolors";
import { commandFor, type FixCommand, CONTROL, countByRule, needsWork, whatIsWrong, type FileReport, type RunReport } from "./model.js";

export interface HumanOptions {
  color: boolean;
  quiet: boolean;
  /** Every edit and unresolved problem, with its reason. */
  explain: boolean;
  /** The command that writes a copy, named in --check's advice. */
  fixCommand: FixCommand;
}

const visible = (s: string) => JSON.stringify(s).slice(1, -1).replace(/\u00a0/g, "\\u00a0");

/** The summary people read on a terminal; written to stderr so stdout stays for data. */
export function toHuman(report: RunReport, options: HumanOptions): string {
  const c = pc.createColors(options.color);
  const out: string[] = [];
  const line = (s: string) => out.push(s);

  for (const note of report.notes) if (!options.quiet) line(c.dim(`${printable(note.path)}: ${note.reason}`));
  for (const w of report.warnings ?? []) line(`${c.yellow("warning")} ${printable(w.path)}: ${printable(w.reason)}`);
  for (const f of report.files) {
    if (f.error !== null) {
      line(`${c.red("error")} ${printable(f.path)}: ${printable(f.error)}`);
      continue;
    }
    if (f.skipped !== null) {
      line(`${c.yellow("warning")} ${printable(f.path)}: skipped, ${f.skipped}`);
      continue;
    }
    if (f.record) {
      // A field of a record stream: its stream's line says what was written.
      if (options.explain && f.edits.length > 0) line(c.dim(printable(f.path)));
    } else if (report.check) describeCheck(f, options, c, line);
    else if (!options.quiet && (f.changed || f.written)) {
      const what = f.changed ? f.tally || countByRule(f.edits) || "re-encoded" : "already clean";
      // No output: --diff, which writes nothing and shows what a copy would hold.
      const verb = f.written ? c.green("wrote") : f.output === null ? c.yellow("would change") : c.dim("unchanged");
      line(`${verb} ${printable(f.output ?? f.path)}  ${c.dim(`(${what})`)}`);
    }
    if (options.explain) for (const e of f.edits) line(c.dim(`  ${e.line}:${e.column} ${e.rule} ${e.kind}${e.applied ? "" : " (not applied)"}: "${visible(e.before)}" -> "${visible(e.after)}", ${e.reason}`));
    const suggestions = f.edits.filter((e) => !e.applied);
    if (!options.quiet && suggestions.length > 0 && !options.explain) {
      line(`${c.yellow("warning")} ${printable(f.path)}: ${suggestions.length} suggestion(s) not applied (--apply-suggestions applies them; --explain lists them)`);
    }
    for (const u of f.unresolved) {
      if (!options.quiet || options.explain) line(`${c.yellow("warning")} ${printable(f.path)}:${u.line}:${u.column} ${u.rule}: ${u.message}: "${u.context}"`);
    }
  }
  // A run that looked at no file (--write-index, a folder with nothing to clean) has said why in its notes: "0 file(s) cleaned" would only mislead.
  if (!options.quiet && (report.files.length > 0 || report.notes.length === 0)) line(summary(report, c));
  return out.length > 0 ? out.join("\n") + "\n" : "";
}

function describeCheck(f: FileReport, options: HumanOptions, c: ReturnType<typeof pc.createColors>, line: (s: string) => void) {
  if (needsWork(f)) {
    line(`${c.red("dirty")} ${printable(f.path)}: ${printable(whatIsWrong(f))}; run: ${commandFor(options.fixCommand, f.path)}`);
  } else if (f.changed && !options.quiet) {
    line(`${c.green("ok")} ${printable(f.path)}: its clean copy ${printable(f.output ?? "")} is current`);
  }
}

function summary(report: RunReport, c: ReturnType<typeof pc.createColors>): string {
  const files = report.files.filter((f) => !f.record);
  const errors = files.filter((f) => f.error !== null).length;
  const skipped = files.filter((f) => f.skipped !== null).length;
  const parts = [`${files.length - errors - skipped} file(s) ${report.check ? "checked" : "cleaned"}`];
  if (report.check) parts.push(`${files.filter(needsWork).length} need a clean copy`);
  // A file whose copy could not be written is an error, not one of the files changed ("0 cleaned, 0 written, 6 changed, 6 error(s)"),
  // nor one written when its copy could not be staged ("0 cleaned, 2 written, 0 changed, 2 error(s)"): its error says so.
  else parts.push(`${files.filter((f) => f.written && f.error === null).length} written`, `${files.filter((f) => f.changed && f.error === null).length} changed`);
  if (skipped) parts.push(c.yellow(`${skipped} skipped`));
  if (errors) parts.push(c.red(`${errors} error(s)`));
  return parts.join(", ");
}

/** File names may hold newlines or terminal escapes: shown escaped, one report line each. */
function printable(s: string): string {
  return s.replace(CONTROL, (ch) => JSON.stringify(ch).slice(1, -1));
}
