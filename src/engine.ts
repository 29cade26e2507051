import path from "node:path";
import { mapBounded } from "./bounded.js";
import { clean } from "./core/clean.js";
import type { ConfiguredRule, Doc, Settings } from "./core/types.js";
import { bindRules, buildCorpusIndex, type CorpusIndex, type DocSource } from "./corpus.js";
import { asWritten, encode } from "./io/codec.js";
import { discover, displayPath, type Discovery, type DiscoveryHooks, type Input, type OutputNaming } from "./io/discover.js";
import { explain, InputChanged, OutputInTheWay } from "./io/errors.js";
import { fromBytes, readDoc, type ReadResult } from "./io/read.js";
import { cleanLargeFile, STREAM_ABOVE_BYTES, streamAbove } from "./large-file.js";
import { inputUnchanged, ownerOf, readIfFile, writeAtomic } from "./io/write.js";
import { storedPath, writeIndexFile, type DocLocation, type SavedIndex } from "./index-file.js";
import { readRecordField, type RecordLocation } from "./records/location.js";
import { savedEvidence } from "./saved-evidence.js";
import { inShard, type Shard } from "./shard.js";
import { ruleSpecs } from "./pool/specs.js";
import { emptyReport, keepOnly, type FileReport, type ReportDetail, type RunReport } from "./report/model.js";

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
  /** Worker threads that clean (--jobs); 1 cleans in this thread. */
  jobs?: number;
  /** --index: a saved corpus index, used instead of a corpus pass. */
  indexFile?: string;
  /** --shard: clean only this share of the inputs (the corpus pass still sees them all). */
  shard?: Shard;
  /** Called as each input is done (the progress line). */
  onProgress?: (done: number, total: number) => void;
  /** Fewest documents worth starting worker threads for; tests lower it. */
  poolMinFiles?: number;
  /**
   * What each file's report keeps until the end of the run, where the report printed needs
   * less than every edit (see `ReportDetail`); all of it when absent.
   */
  detail?: ReportDetail;
}

/** Below this many documents, starting worker threads (each loads every rule) costs more than it saves. */
const POOL_MIN_FILES = 200;

/** The run's documents by id: inputs and references, read again whenever a rule asks. */
export class Library {
  private readonly files = new Map<string, string>();
  private readonly inMemory = new Map<string, Doc>();
  private readonly records = new Map<string, RecordLocation>();

  constructor(private readonly encoding: string | undefined) {}

  addFile(id: string, file: string): void {
    if (!this.files.has(id)) this.files.set(id, file);
  }

  addDoc(doc: Doc): void {
    this.inMemory.set(doc.id, doc);
  }

  /** A document named by a saved index, unless the run has its own by that id. */
  addLocation(id: string, location: DocLocation): void {
    if (typeof location === "string") this.addFile(id, path.resolve(location));
    else if (!this.files.has(id)) this.records.set(id, location);
  }

  has(id: string): boolean {
    return this.files.has(id) || this.inMemory.has(id) || this.records.has(id);
  }

  ids(): string[] {
    return [...new Set([...this.files.keys(), ...this.inMemory.keys(), ...this.records.keys()])].sort();
  }

  /** Every document by where it is, to save in an index or hand to worker threads. */
  locations(): Map<string, DocLocation> {
    const all = new Map<string, DocLocation>(this.records);
    for (const [id, file] of this.files) all.set(id, storedPath(file));
    return all;
  }

  readonly read: DocSource = async (id) => {
    const doc = this.inMemory.get(id);
    if (doc) return doc;
    const record = this.records.get(id);
    if (record) {
      const text = await readRecordField(record);
      const read = text === null ? null : fromBytes(id, Buffer.from(text, "utf8"), 0o644);
      return read?.kind === "text" ? read.doc : null;
    }
    const file = this.files.get(id);
    if (!file) return null;
    // A file too large for one document is cleaned in chunks and gives no evidence.
    const result = await readDoc(id, file, this.encoding, STREAM_ABOVE_BYTES);
    return result.kind === "text" ? result.doc : null;
  };
}

export async function referenceLibrary(options: RunOptions): Promise<{ library: Library; errors: FileReport[] }> {
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
  const { saved, warnings } = await savedEvidence(options, library);
  const inputs = found.inputs.filter((input) => inShard(input.id, options.shard));
  const files = await cleanInputs(inputs, options, library, saved);
  for (const e of found.errors) files.push({ ...emptyReport(e.path, null), error: e.reason });
  files.push(...errors);
  return { files, notes: found.notes, warnings, check: options.mode === "check" };
}

/** --write-index: the corpus pass alone, over inputs and references, saved to `file`. */
export async function writeIndex(found: Discovery, options: RunOptions, file: string): Promise<RunReport> {
  const { library, errors } = await referenceLibrary(options);
  for (const input of found.inputs) library.addFile(input.id, input.path);
  const index = usePool(options, library.ids().length)
    ? await (await import("./pool/pool.js")).indexInPool(options, library)
    : await buildCorpusIndex(options.rules, library.ids(), library.read, options.concurrency);
  const documents = library.locations();
  await writeIndexFile(file, options.rules, { index, documents });
  const files = [...found.errors.map((e) => ({ ...emptyReport(e.path, null), error: e.reason })), ...errors];
  return { files, notes: [...found.notes, { path: file, reason: `index of ${documents.size} document(s) written` }], check: false };
}

/** Worker threads get the run's rules by id and options: per-file profiles (configs with overrides) stay in one thread. */
function usePool(options: RunOptions, documents: number): boolean {
  const portable = !options.profileFor && ruleSpecs(options.rules) !== null;
  return portable && (options.jobs ?? 1) > 1 && documents >= (options.poolMinFiles ?? POOL_MIN_FILES);
}

async function cleanInputs(inputs: readonly Input[], options: RunOptions, library: Library, saved: SavedIndex | null): Promise<FileReport[]> {
  const corpusPass = saved ? 0 : library.ids().length;
  if (usePool(options, Math.max(inputs.length, corpusPass))) {
    return (await import("./pool/pool.js")).cleanInPool(inputs, options, library, saved?.index ?? null);
  }
  const index = saved?.index ?? (await buildCorpusIndex(options.rules, library.ids(), library.read, options.concurrency));
  let done = 0;
  return mapBounded(inputs, options.concurrency, async (input) => {
    const file = await processInput(input, options, index, library);
    options.onProgress?.(++done, inputs.length);
    return file;
  });
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
  // A hook run sees the three staged articles; a saved index gives it the corpus's evidence.
  const { saved, warnings } = await savedEvidence(options, library);
  const index = saved?.index ?? (await buildCorpusIndex(options.rules, library.ids(), library.read, options.concurrency));
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
  return { report: { files: [...files, ...errors], notes: [], warnings, check: options.mode === "check" }, outputs };
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
  detail?: ReportDetail,
): Promise<{ text: string; bytes: Buffer }> {
  const bound = await bindRules(read.doc, profile.rules, profile.settings, index, library.read);
  const keep = detail && { edits: detail.edits || detail.suggestions, unresolved: detail.unresolved };
  const result = clean(read.doc, bound, { settings: profile.settings, keep });
  const bytes = encode(result.text, read.format);
  file.edits = result.edits;
  file.unresolved = result.unresolved;
  file.changed = !bytes.equals(read.bytes);
  if (mode === "diff" && result.text !== read.doc.text) {
    // Loaded only for --diff: it is a large module and a hook run should not pay for it.
    const { createTwoFilesPatch } = await import("diff");
    // As the files spell it (line breaks, byte order mark): `patch` applies it to a CRLF file.
    file.patch = createTwoFilesPatch(file.path, file.output ?? file.path, asWritten(read.doc.text, read.format), asWritten(result.text, read.format), "", "");
  }
  return { text: result.text, bytes };
}

export async function processInput(input: Input, options: RunOptions, index: CorpusIndex, library: Library): Promise<FileReport> {
  const file = await cleanInput(input, options, index, library);
  return options.detail ? keepOnly(file, options.detail) : file;
}

async function cleanInput(input: Input, options: RunOptions, index: CorpusIndex, library: Library): Promise<FileReport> {
  const file = emptyReport(input.id, options.mode === "diff" ? null : displayPath(input.output));
  const read = await readDoc(input.id, input.path, options.encoding, streamAbove(options));
  if (read.kind === "large") {
    return cleanLargeFile(input, options, file).catch((error) => ({ ...file, output: null, error: writeFailure(input, options.naming.inPlace, error) }));
  }
  if (read.kind === "binary") return { ...file, output: null, skipped: read.reason };
  if (read.kind === "error") return { ...file, output: null, error: read.reason };
  // processInput keeps only `options.detail` of the report: what it drops need not be made.
  const { bytes } = await cleanRead(read, profileOf(input.path, options), options.mode, index, library, file, options.detail);

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
  // With --in-place the thing "in the way" is the input itself, named through a link: the
  // advice about --suffix and --out-dir (and "it: a symbolic link is in the way") fit no case.
  if (error instanceof OutputInTheWay && inPlace) {
    return `cannot be rewritten in place: it is ${error.what}; --in-place replaces a file by a rename and never writes through a link or a special file: name the file itself, or clean a copy without --in-place`;
  }
  if (error instanceof OutputInTheWay) return `${subject}: ${error.message}`;
  return `${subject} ${explain(error, "write")}`;
}
