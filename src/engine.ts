import pLimit from "p-limit";
import { clean } from "./core/clean.js";
import type { ConfiguredRule, Doc, Settings } from "./core/types.js";
import { bindRules, buildCorpusIndex, type CorpusIndex, type DocSource } from "./corpus.js";
import { encode } from "./io/codec.js";
import { discover, displayPath, type Discovery, type DiscoveryHooks, type Input, type OutputNaming } from "./io/discover.js";
import { explain, InputChanged, OutputInTheWay } from "./io/errors.js";
import { fromBytes, readDoc, type ReadResult } from "./io/read.js";
import { cleanLargeFile, streamAbove } from "./large-file.js";
import { inputUnchanged, ownerOf, readIfFile, writeAtomic } from "./io/write.js";
import { emptyReport, type FileReport, type RunReport } from "./report/model.js";

export type Mode = "write" | "check" | "diff";

/** The rules and settings one file is cleaned with (configuration can differ per file). */
export interface Profile {
  rules: readonly ConfiguredRule[];
  settings: Settings;
}

export interface RunOptions {
  paths: readonly string[];
  references: readonly string[];
  extensions: readonly string[];
  naming: OutputNaming;
  mode: Mode;
  encoding?: string;
  rules: readonly ConfiguredRule[];
  settings: Settings;
  concurrency: number;
  /** Per-file configuration by input path; `rules` and `settings` above when absent. */
  profileFor?: (file: string) => Profile;
  /** Per-file choices made while folders are walked (ignore files, output suffix). */
  discovery?: DiscoveryHooks;
}

/** The run's documents by id: inputs and references, read again whenever a rule asks. */
class Library {
  private readonly files = new Map<string, string>();
  private readonly inMemory = new Map<string, Doc>();

  constructor(private readonly encoding: string | undefined) {}

  addFile(id: string, file: string): void {
    if (!this.files.has(id)) this.files.set(id, file);
  }

  addDoc(doc: Doc): void {
    this.inMemory.set(doc.id, doc);
  }

  ids(): string[] {
    return [...new Set([...this.files.keys(), ...this.inMemory.keys()])].sort();
  }

  readonly read: DocSource = async (id) => {
    const doc = this.inMemory.get(id);
    if (doc) return doc;
    const file = this.files.get(id);
    if (!file) return null;
    const result = await readDoc(id, file, this.encoding);
    return result.kind === "text" ? result.doc : null;
  };
}

async function referenceLibrary(options: RunOptions): Promise<{ library: Library; errors: FileReport[] }> {
  const library = new Library(options.encoding);
  const errors: FileReport[] = [];
  if (options.references.length > 0) {
    // References are evidence only: never written, so no output naming applies to them.
    const found = await discover(options.references, options.extensions, { suffix: options.naming.suffix, inPlace: false });
    for (const input of found.inputs) library.addFile(input.id, input.path);
    for (const e of found.errors) errors.push({ ...emptyReport(e.path, null), error: `reference ${e.reason}` });
  }
  return { library, errors };
}

/** Cleans every input named by `options.paths`, writing copies unless checking or diffing. */
export async function run(options: RunOptions): Promise<RunReport> {
  return runFound(await discover(options.paths, options.extensions, options.naming, options.discovery), options);
}

/** Cleans inputs already discovered, so that a caller can configure them before any is read. */
export async function runFound(found: Discovery, options: RunOptions): Promise<RunReport> {
  const { library, errors } = await referenceLibrary(options);
  for (const input of found.inputs) library.addFile(input.id, input.path);
  const index = await buildCorpusIndex(options.rules, library.ids(), library.read, options.concurrency);

  const limit = pLimit(options.concurrency);
  const files = await Promise.all(found.inputs.map((input) => limit(() => processInput(input, options, index, library))));
  for (const e of found.errors) files.push({ ...emptyReport(e.path, null), error: e.reason });
  files.push(...errors);
  return { files, notes: found.notes, check: options.mode === "check" };
}

/** A document given as bytes rather than read from its path (standard input, the git index). */
export interface MemoryInput {
  id: string;
  /** The file it stands for, which chooses its configuration. */
  path: string;
  bytes: Buffer;
  /** Where its copy goes, as reported; null when none is written. */
  output: string | null;
  /** With --check: the clean copy it is compared with (null: there is none). */
  copy?: Buffer | null;
}

/**
 * Cleans documents given as bytes, with each other and the references as evidence. Nothing is
 * written: the caller stores each output (standard output, the work tree). What cannot be
 * cleaned passes through unchanged, so that standard input is always answered.
 */
export async function runMemory(
  inputs: readonly MemoryInput[],
  options: RunOptions,
): Promise<{ report: RunReport; outputs: (Buffer | null)[] }> {
  const { library, errors } = await referenceLibrary(options);
  const reads = inputs.map((input) => fromBytes(input.id, input.bytes, 0o644, options.encoding));
  for (const read of reads) if (read.kind === "text") library.addDoc(read.doc);
  const index = await buildCorpusIndex(options.rules, library.ids(), library.read, options.concurrency);
  const files: FileReport[] = [];
  const outputs: (Buffer | null)[] = [];
  for (const [i, input] of inputs.entries()) {
    const read = reads[i]!;
    const file = emptyReport(input.id, input.output);
    if (read.kind !== "text") {
      if (read.kind === "binary") file.skipped = read.reason;
      else file.error = read.reason;
      outputs.push(input.bytes);
    } else {
      const { bytes } = await cleanRead(read, profileOf(input.path, options), options.mode, index, library, file);
      if (options.mode === "check") file.copyCurrent = input.copy != null && input.copy.equals(bytes);
      outputs.push(bytes);
    }
    files.push(file);
  }
  return { report: { files: [...files, ...errors], notes: [], check: options.mode === "check" }, outputs };
}

/** Cleans one document given as bytes (standard input); the caller writes `output`. */
export async function runBytes(
  bytes: Buffer,
  id: string,
  options: RunOptions,
): Promise<{ report: RunReport; output: Buffer | null }> {
  const { report, outputs } = await runMemory([{ id, path: id, bytes, output: options.mode === "write" ? "-" : null }], options);
  return { report, output: outputs[0] ?? null };
}

function profileOf(file: string, options: RunOptions): Profile {
  return options.profileFor?.(file) ?? options;
}

async function cleanRead(
  read: Extract<ReadResult, { kind: "text" }>,
  profile: Profile,
  mode: Mode,
  index: CorpusIndex,
  library: Library,
  file: FileReport,
): Promise<{ text: string; bytes: Buffer }> {
  const bound = await bindRules(read.doc, profile.rules, profile.settings, index, library.read);
  const result = clean(read.doc, bound, { settings: profile.settings });
  const bytes = encode(result.text, read.format);
  file.edits = result.edits;
  file.unresolved = result.unresolved;
  file.changed = !bytes.equals(read.bytes);
  if (mode === "diff" && result.text !== read.doc.text) {
    // Loaded only for --diff: it is a large module and a hook run should not pay for it.
    const { createTwoFilesPatch } = await import("diff");
    file.patch = createTwoFilesPatch(file.path, file.output ?? file.path, read.doc.text, result.text, "", "");
  }
  return { text: result.text, bytes };
}

async function processInput(input: Input, options: RunOptions, index: CorpusIndex, library: Library): Promise<FileReport> {
  const file = emptyReport(input.id, options.mode === "diff" ? null : displayPath(input.output));
  const read = await readDoc(input.id, input.path, options.encoding, streamAbove(options));
  if (read.kind === "large") {
    return cleanLargeFile(input, options, file).catch((error) => ({ ...file, output: null, error: writeFailure(input, options.naming.inPlace, error) }));
  }
  if (read.kind === "binary") return { ...file, output: null, skipped: read.reason };
  if (read.kind === "error") return { ...file, output: null, error: read.reason };
  const { bytes } = await cleanRead(read, profileOf(input.path, options), options.mode, index, library, file);

  if (options.mode === "check") {
    const copy = options.naming.inPlace ? null : await readIfFile(input.output);
    file.copyCurrent = copy !== null && copy.equals(bytes);
  } else if (options.mode === "write" && (file.changed || !options.naming.inPlace)) {
    const inPlace = options.naming.inPlace;
    // The input is read again just before the rename: a copy of bytes it no longer holds
    // would be stale, and with --in-place it would overwrite someone else's edit.
    const guard = inputUnchanged(input.path, read.stamp, (now) => now.equals(read.bytes), inPlace ? (now) => now.equals(bytes) : undefined);
    try {
      file.written = (await writeAtomic(input.output, bytes, { mode: read.mode, guard, replacing: inPlace ? await ownerOf(input.path) : undefined })) === "written";
    } catch (error) {
      file.error = writeFailure(input, inPlace, error);
      file.output = null;
    }
  }
  return file;
}

/** What went wrong writing `input`'s copy (or, with --in-place, rewriting it), and what to do. */
export function writeFailure(input: Input, inPlace: boolean, error: unknown): string {
  if (error instanceof InputChanged) return error.message;
  const subject = inPlace ? "it" : `its clean copy ${displayPath(input.output)}`;
  if (error instanceof OutputInTheWay) return `${subject}: ${error.message}`;
  return `${subject} ${explain(error, "write")}`;
}
