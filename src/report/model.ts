import type { Edit, Unresolved } from "../core/types.js";

/** What happened to one input: the single source of every report format. */
export interface FileReport {
  path: string;
  /** Where its clean copy is (or would be) written; null when none is. */
  output: string | null;
  /** The clean text differs from the input. */
  changed: boolean;
  /** With --check: an up-to-date clean copy already exists. */
  copyCurrent: boolean;
  /** The copy was written in this run (false when an identical one was already there). */
  written: boolean;
  skipped: string | null;
  error: string | null;
  edits: Edit[];
  unresolved: Unresolved[];
  /** A unified diff of input and clean text, only with --diff. */
  patch?: string;
  /** What the rules did where edits are not kept one by one (a record stream): "fix-spacing 2". */
  tally?: string;
  /**
   * Set on the report of one field of a record stream (`path` is then "data.csv:12 1234/text"):
   * its edits and problems are at lines and columns of the field's text, and its stream has a
   * report of its own, which is the one that is written and checked.
   */
  record?: RecordPlace;
}

/** A field of a record stream: the stream, the line its record starts on, and the field's document id. */
export interface RecordPlace {
  path: string;
  line: number;
  id: string;
}

/** A path and what the run has to say of it: a note, a warning or an error outside any file's report. */
export interface PathNote {
  path: string;
  reason: string;
}

export interface RunReport {
  files: FileReport[];
  /** Paths named on the command line and passed over, with why (our own copies). */
  notes: PathNote[];
  /** What the run did less well than asked, for all its files (evidence a saved index names and that is not there). */
  warnings?: PathNote[];
  check: boolean;
}

/**
 * What a file's report must keep for the report printed: a run over 100,000 files holds every
 * report until the end, and the human summary without --explain prints each file's edits only
 * as counts, and with --quiet neither its unresolved problems nor how many suggestions it
 * left (16,000 suggestions on the bench tree: without them, and without the workers' copies
 * of each path, a 100,000-file run peaks at 340 MB instead of 400).
 */
export interface ReportDetail {
  edits: boolean;
  unresolved: boolean;
  /** The suggestions not applied, which the summary counts file by file. */
  suggestions: boolean;
}

export function keepOnly(file: FileReport, detail: ReportDetail): FileReport {
  const tally = detail.edits ? file.tally : (file.tally ?? countByRule(file.edits));
  return {
    ...file,
    tally,
    edits: detail.edits ? file.edits : detail.suggestions ? file.edits.filter((e) => !e.applied) : [],
    unresolved: detail.unresolved ? file.unresolved : [],
  };
}

export function emptyReport(path: string, output: string | null): FileReport {
  return { path, output, changed: false, copyCurrent: false, written: false, skipped: null, error: null, edits: [], unresolved: [] };
}

/** --check fails for a dirty input that has no up-to-date clean copy. */
export function needsWork(file: FileReport): boolean {
  return file.changed && !file.copyCurrent && file.error === null && file.skipped === null && !file.record;
}

export function exitCode(report: RunReport): 0 | 1 | 2 {
  if (report.files.some((f) => f.error !== null)) return 2;
  if (report.check && report.files.some(needsWork)) return 1;
  return 0;
}

/** "fix-spacing 2, fix-quotes 1": what the applied edits of a file did, rule by rule. */
export function countByRule(edits: readonly Edit[]): string {
  const counts = new Map<string, number>();
  for (const e of edits) if (e.applied) counts.set(e.rule, (counts.get(e.rule) ?? 0) + 1);
  return [...counts].map(([rule, n]) => `${rule} ${n}`).join(", ");
}

/**
 * The command --check names for a file: `prefix` (clean-news with the flags that shape the
 * copy) and the file, or `paths` where the copy's place depends on every path of the run
 * (--out-dir mirrors the tree below the folder they share).
 */
export interface FixCommand {
  prefix: string;
  paths?: readonly string[];
}

/** The command that writes (and, with --staged, stages) the clean copy of one file. */
export function commandFor(fix: FixCommand, file: string): string {
  return [fix.prefix, ...(fix.paths ?? [file]).map(pathArgument)].join(" ");
}

/** A path as an argument: "-dash.txt" would be read as a flag, "./-dash.txt" is not. */
function pathArgument(p: string): string {
  return shellQuote(p.startsWith("-") && p !== "-" ? `./${p}` : p);
}

export const CONTROL = /[\u0000-\u001f\u007f]/g;

export function shellQuote(s: string): string {
  if (/^[\w./@%+=:,-]+$/.test(s)) return s;
  // ANSI-C quoting keeps a name with a newline on one line and still pastes into bash.
  if (s.search(CONTROL) !== -1) return `$'${s.replace(/[\\']/g, "\\$&").replace(CONTROL, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, "0")}`)}'`;
  return `'${s.replace(/'/g, `'\\''`)}'`;
}


/** Why --check fails for a file that needs work: what the rules would do and where the copy is. */
export function whatIsWrong(file: FileReport): string {
  const work = `needs ${file.tally || countByRule(file.edits) || "re-encoding"}`;
  return file.output && file.output !== file.path ? `${work}; its clean copy ${file.output} is missing or not current` : work;
}
