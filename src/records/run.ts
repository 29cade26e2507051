import { createReadStream, createWriteStream } from "node:fs";
import { mkdtemp, open as openFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { ConfigError } from "../core/configure.js";
import { collectSummaries, corpusFold, corpusRulesOf, type CorpusIndex } from "../corpus.js";
import { referenceLibrary, type Library, type RunOptions } from "../engine.js";
import { storedPath, writeIndexFile } from "../index-file.js";
import { savedEvidence } from "../saved-evidence.js";
import { discover, displayPath, type Input } from "../io/discover.js";
import { explain } from "../io/errors.js";
import { fromBytes } from "../io/read.js";
import { byteDigest, holdsBytes } from "../io/stream.js";
import { assertWritablePath } from "../io/write.js";
import { locatedIn } from "./location.js";
import { emptyReport, type FileReport, type RunReport } from "../report/model.js";
import type { FieldPool } from "../pool/pool.js";
import { ruleSpecs } from "../pool/specs.js";
import { cleanField, listsFields, type CleanedField, type FieldItem } from "./clean-field.js";
import { cleanIntoCopy, streamSink, type RecordSink } from "./copy.js";
import { recordDocId, type RecordReader, type StreamRecord } from "./formats.js";

export interface RecordOptions {
  format: "jsonl" | "csv";
  fields: readonly string[];
  idField: string;
  /** --write-index: only the corpus pass, saved to this file. */
  writeIndex?: string;
}

export interface RecordStreams {
  stdin: NodeJS.ReadableStream;
  stdout: NodeJS.WritableStream;
}

/** Bad records listed one by one in the report; the rest are counted. */
const LISTED_BAD_RECORDS = 100;

async function readerFor(format: RecordOptions["format"]): Promise<RecordReader> {
  // The CSV parser is loaded only by a run that reads CSV.
  return format === "csv" ? (await import("./csv.js")).readCsv : (await import("./jsonl.js")).readJsonl;
}

/**
 * `--format jsonl|csv`: cleans the named fields of every record of one stream (a file, or
 * standard input to standard output) and passes everything else through. Corpus rules need
 * the whole stream before the first record is cleaned: a file is read twice; standard input
 * is first copied to a temporary file (disk, not memory), unless `--index` gives the evidence.
 */
export async function runRecords(paths: readonly string[], options: RunOptions, records: RecordOptions, io: RecordStreams): Promise<RunReport> {
  if (paths.length !== 1) throw new ConfigError("--format reads one stream: name one file, or - for standard input");
  if (records.fields.length === 0) throw new ConfigError("--format needs at least one --field to clean");
  if (options.shard) throw new ConfigError("--shard applies to files; a record stream is split by the engine that runs it (docs/scale.md)");
  if (options.mode === "diff") throw new ConfigError("--diff does not apply to record streams");
  if (options.encoding && !/^utf-?8$/i.test(options.encoding)) throw new ConfigError("--encoding applies to files: record streams are read as UTF-8 (convert the stream first, for example with iconv)");
  const fromStdin = paths[0] === "-";
  if (fromStdin && records.writeIndex) throw new ConfigError("--write-index needs the stream as a file, so that the index can name where each record is");

  const { library, errors } = await referenceLibrary(options);
  const { saved, warnings } = await savedEvidence(options, library);
  const corpusPass = !saved && corpusRulesOf(options.rules).length > 0;

  let source: string | null = null;
  let target: FileReport;
  let input: Input | undefined;
  let spool: string | null = null;
  if (fromStdin) {
    target = emptyReport("-", options.mode === "write" ? "-" : null);
    if (corpusPass) {
      spool = await mkdtemp(path.join(tmpdir(), "clean-news-"));
      source = path.join(spool, "stdin");
      await pipeline(io.stdin, createWriteStream(source));
    }
  } else {
    const found = await discover(paths, [], options.naming);
    input = found.inputs[0];
    // A folder: "no file to clean in this folder (looked for ; --ext widens the search)" said
    // nothing true of a stream (--ext does not apply to one).
    const folder = !input && found.errors.length === 0 && (await stat(paths[0]!).then((info) => info.isDirectory(), () => false));
    if (folder) throw new ConfigError(`${paths[0]}: is a folder; --format reads one stream: name its file, or - for standard input`);
    if (!input) throw new ConfigError(`${paths[0]}: ${found.errors[0]?.reason ?? found.notes[0]?.reason ?? "not a file"}`);
    source = input.path;
    // --check names the copy it compared, as for a file.
    target = emptyReport(input.id, displayPath(input.output));
  }

  const read = await readerFor(records.format);
  const open = (): Readable => (source ? createReadStream(source) : (io.stdin as Readable));
  const index = async () => saved?.index ?? (corpusPass ? await corpusIndex(read(open(), records), source!, options, records, library) : new Map());
  // Opened only once the corpus pass is done: a stream opened before it (an argument evaluated
  // ahead of `await index()`) had no reader during that pass, and its 'error' (EACCES) crashed
  // the process with a stack trace, leaving the copy's temporary file behind.
  const cleanInto = async (sink: RecordSink | null) => {
    const built = await index();
    return cleanStream(read(open(), records), sink, options, built, library, target.path);
  };
  // A stream that cannot be read is that file's error (exit 2), as for any other input.
  if (source && input) {
    try {
      await (await openFile(source, "r")).close();
    } catch (error) {
      return { files: [{ ...target, output: null, error: explain(error, "read") }, ...errors], notes: [], check: false };
    }
  }
  try {
    if (records.writeIndex) {
      // The corpus pass first: it records where each record is.
      const built = await index();
      const documents = library.locations();
      await writeIndexFile(records.writeIndex, options.rules, { index: built, documents });
      return { files: errors, notes: [{ path: records.writeIndex, reason: `index of ${documents.size} document(s) written` }], check: false };
    }
    let outcome: StreamOutcome;
    let written = false;
    if (options.mode === "write" && input) {
      const copied = await cleanIntoCopy(input, cleanInto);
      if ("error" in copied) return { files: [{ ...target, output: null, error: copied.error }, ...errors], notes: [], check: false };
      outcome = copied.outcome;
      written = copied.written;
    } else if (options.mode === "check" && input && !options.naming.inPlace) {
      // As for a file: a dirty stream whose copy beside it already holds its clean bytes passes.
      const digest = byteDigest();
      outcome = await cleanInto({ write: async (bytes) => digest.update(bytes) });
      target.copyCurrent = await holdsBytes(input.output, await assertWritablePath(input.output).catch(() => null), digest);
    } else outcome = await cleanInto(options.mode === "write" ? streamSink(io.stdout) : null);
    target.changed = outcome.changed > 0;
    target.tally = outcome.tally;
    target.written = written;
    const notes = [{ path: target.path, reason: outcome.summary }];
    if (outcome.bad.length > LISTED_BAD_RECORDS) notes.push({ path: target.path, reason: `${outcome.bad.length - LISTED_BAD_RECORDS} more records passed through as they were` });
    // A record, not a file: the summary counts files, and an annotation points at the stream's line.
    const bad = outcome.bad.slice(0, LISTED_BAD_RECORDS).map((b) => ({ ...emptyReport(`${target.path}:${b.line}`, null), skipped: `record passed through: ${b.reason}`, record: { path: target.path, line: b.line, id: `line-${b.line}` } }));
    return { files: [target, ...outcome.fieldReports, ...bad, ...errors], notes, warnings, check: options.mode === "check" };
  } finally {
    if (spool) await rm(spool, { recursive: true, force: true });
  }
}

/** Pass 1 over the references, then the stream in its order: each summary folded into the index as it comes. */
async function corpusIndex(stream: AsyncIterable<StreamRecord>, file: string, options: RunOptions, records: RecordOptions, library: Library): Promise<CorpusIndex> {
  const corpusRules = corpusRulesOf(options.rules);
  const fold = corpusFold(corpusRules);
  // Neighbours are read back from the stream by byte range; only worth remembering if asked for.
  const locate = Boolean(records.writeIndex) || corpusRules.some(({ rule }) => "neighbors" in rule && rule.neighbors);
  // One string for the file of every location, not one per record.
  const stored = storedPath(file);
  for (const id of library.ids()) {
    const doc = await library.read(id);
    if (doc) fold.add(id, collectSummaries(doc, corpusRules));
  }
  for await (const record of stream) {
    if (record.kind !== "record") continue;
    for (const field of record.fields) {
      const id = recordDocId(record.key, field.field);
      const read = fromBytes(id, Buffer.from(field.text, "utf8"), 0o644);
      if (read.kind !== "text") continue;
      fold.add(id, collectSummaries(read.doc, corpusRules));
      if (locate) library.addLocation(id, locatedIn(stored, field.location));
    }
  }
  return fold.finish();
}

interface StreamOutcome {
  changed: number;
  /** Applied edits by rule, over every record: "fix-spacing 2, fix-quotes 1". */
  tally: string;
  bad: { line: number; reason: string }[];
  summary: string;
  /** The fields whose edits or problems the report keeps, in stream order. */
  fieldReports: FileReport[];
}

// A stream this short is cleaned in this thread: starting workers would cost more (start-up).
const POOL_AFTER_RECORDS = 200;
const BATCH_RECORDS = 64;
const BATCH_CHARS = 1 << 19;

/**
 * Pass 2: records are cleaned in batches, in this thread at first and in worker threads once
 * the stream proves long; a few batches are in flight at a time and are written in order, so
 * that memory stays bounded and the output does not depend on the number of threads.
 */
async function cleanStream(
  stream: AsyncIterable<StreamRecord>,
  sink: RecordSink | null,
  options: RunOptions,
  index: CorpusIndex,
  library: Library,
  streamPath: string,
): Promise<StreamOutcome> {
  const jobs = options.jobs ?? 1;
  const poolable = jobs > 1 && ruleSpecs(options.rules) !== null;
  let pool: FieldPool | null = null;
  const inFlight: { records: StreamRecord[]; results: Promise<(CleanedField | null)[]> }[] = [];
  const bad: { line: number; reason: string }[] = [];
  const fieldReports: FileReport[] = [];
  const byRule = new Map<string, number>();
  let [count, fields, changed, unresolved] = [0, 0, 0, 0];

  const cleanHere = async (items: FieldItem[]) => {
    const out = [];
    for (const item of items) out.push(await cleanField(item, options.rules, options.settings, index, library.read, listsFields(options.detail)));
    return out;
  };
  const write = async () => {
    const { records, results } = inFlight.shift()!;
    const cleaned = await results;
    const out: Buffer[] = [];
    let at = 0;
    for (const record of records) {
      if (record.kind === "other") out.push(record.raw);
      else if (record.kind === "bad") {
        bad.push({ line: record.line, reason: record.reason });
        out.push(record.raw);
      } else {
        const replaced = new Map<string, string>();
        for (const field of record.fields) {
          const result = cleaned[at++];
          if (!result) continue;
          fields++;
          unresolved += result.unresolved;
          for (const [rule, n] of Object.entries(result.applied)) byRule.set(rule, (byRule.get(rule) ?? 0) + n);
          if (result.text !== field.text) changed++;
          if (result.detail) fieldReports.push(fieldReport(streamPath, record.line, recordDocId(record.key, field.field), result.text !== field.text, result.detail));
          replaced.set(field.field, result.text);
        }
        out.push(record.render(replaced));
      }
    }
    const bytes = Buffer.concat(out);
    if (sink && bytes.length > 0) await sink.write(bytes);
    options.onProgress?.(count, 0);
  };
  let batch: StreamRecord[] = [];
  let chars = 0;
  const dispatch = async () => {
    const items = batch.flatMap((r) => (r.kind === "record" ? r.fields.map((f): FieldItem => [recordDocId(r.key, f.field), f.text]) : []));
    if (!pool && poolable && count > POOL_AFTER_RECORDS) pool = await (await import("../pool/pool.js")).startFieldPool(options, library, index);
    inFlight.push({ records: batch, results: pool ? pool.clean(items) : cleanHere(items) });
    [batch, chars] = [[], 0];
    while (inFlight.length > (pool ? 2 * jobs : 0)) await write();
  };
  try {
    for await (const record of stream) {
      batch.push(record);
      if (record.kind === "record") {
        count++;
        chars += record.fields.reduce((n, f) => n + f.text.length, 0);
      }
      if (batch.length >= BATCH_RECORDS || chars >= BATCH_CHARS) await dispatch();
    }
    if (batch.length > 0) await dispatch();
    while (inFlight.length > 0) await write();
  } finally {
    await (pool as FieldPool | null)?.close();
  }
  const edits = [...byRule].map(([rule, n]) => `${rule} ${n}`).join(", ");
  const unlisted = unresolved > 0 && !listsFields(options.detail) ? " (--explain lists them)" : "";
  const summary = `${count} records, ${fields} fields cleaned, ${changed} changed${edits ? ` (${edits})` : ""}, ${unresolved} unresolved problem(s)${unlisted}, ${bad.length} passed through as they were`;
  return { changed, bad, summary, tally: edits, fieldReports };
}

/** The report of one field: what the rules did to its text, kept as `ReportDetail` asks. */
function fieldReport(stream: string, line: number, id: string, changed: boolean, detail: Pick<FileReport, "edits" | "unresolved">): FileReport {
  return { ...emptyReport(`${stream}:${line} ${id}`, null), changed, ...detail, record: { path: stream, line, id } };
}
