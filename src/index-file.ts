import { open, readFile } from "node:fs/promises";
import path from "node:path";
import { ConfigError } from "./core/configure.js";
import { explain } from "./io/errors.js";
import type { ConfiguredRule, CorpusRule } from "./core/types.js";
import { corpusRulesOf, type CorpusIndex } from "./corpus.js";
import { writeAtomic } from "./io/write.js";
import { fromTaggedJson, toTaggedJson } from "./io/tagged-json.js";
import type { RecordLocation } from "./records/location.js";

/**
 * Where a document named by the index can be read again (a rule may ask for a neighbour's
 * full text): a file path, or one field of a record in a JSON Lines or CSV file. Paths are
 * relative to the working folder of the run that wrote the index, with forward slashes.
 */
export type DocLocation = string | RecordLocation;

/** The corpus evidence of a run, as saved by `--write-index` and read by `--index`. */
export interface SavedIndex {
  index: CorpusIndex;
  documents: Map<string, DocLocation>;
}

const FORMAT = "clean-news-index";
// 2: restore-blanks keeps its context model as hashed tables (typed arrays), not maps of strings.
// 3: strip-boilerplate's line hashes are the rules' one string hash (rules/shared/hash.ts).
// 4: strip-boilerplate hashes lines as fix-spacing now leaves them (no space before a comma or
//    full stop, sentences run together parted), so some hashes changed.
// 5: strip-boilerplate hashes "word . ”" as fix-spacing leaves it (both spaces gone), and a
//    line that ends in a run-in photo credit without the credit.
// 6: strip-boilerplate hashes a line in the form no rewrite of asJudged changes further
//    ("us . U. S." as "us.U.S.").
// 7: strip-boilerplate tells a document's copies by its longest line that no pattern takes for
//    chrome, so documents that shared only a licence or footer count apart.
// 8: strip-boilerplate's body line must end a sentence (a tag cloud run into one line no longer
//    makes a site's articles one), and a line is hashed without the chrome run into its end.
// 9: strip-boilerplate also counts the line over each page's first byline apart (a headline
//    the site's other pages list among their teasers), and fix-spacing, whose rewrites the line
//    hashes follow, leaves some abbreviations and digit groups as they are.
// 10: strip-boilerplate counts a line of four words or more with figures as written too (a
//    series' headlines are each document's own).
// 11: ... and a sentence with figures as written only, in place of its folded form.
// 12: restore-blanks' context model counts a pair of neighbours once per document.
// 13: strip-boilerplate counts a short line with figures as written too, beside its folded form.
// 14: strip-boilerplate counts a labelled line's label apart ("Referee:" of "Referee: Jane Roe").
const VERSION = 14;

interface IndexFile {
  format: typeof FORMAT;
  version: number;
  rules: Record<string, { options: object; index: unknown }>;
  documents: Map<string, DocLocation>;
}

/** Each corpus rule's index as plain data (Maps and the like allowed), for a file or a worker thread. */
export function portableIndex(rules: readonly ConfiguredRule[], index: CorpusIndex): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const { rule } of corpusRulesOf(rules)) {
    const id = rule.meta.id;
    const own = index.get(id);
    const hook = (rule as CorpusRule).serializeIndex;
    out[id] = hook ? hook.call(rule, own) : own;
  }
  return out;
}

export function restoreIndex(rules: readonly ConfiguredRule[], portable: Record<string, unknown>): CorpusIndex {
  const index = new Map<string, unknown>();
  for (const { rule } of corpusRulesOf(rules)) {
    const id = rule.meta.id;
    const hook = (rule as CorpusRule).deserializeIndex;
    index.set(id, hook ? hook.call(rule, portable[id]) : portable[id]);
  }
  return index;
}

/** A file path as the index stores it: relative to the working folder, forward slashes. */
export function storedPath(file: string): string {
  return path.relative(process.cwd(), path.resolve(file)).split(path.sep).join("/");
}

export async function writeIndexFile(file: string, rules: readonly ConfiguredRule[], saved: SavedIndex): Promise<void> {
  const portable = portableIndex(rules, saved.index);
  const content: IndexFile = {
    format: FORMAT,
    version: VERSION,
    rules: Object.fromEntries(corpusRulesOf(rules).map(({ rule, options }) => [rule.meta.id, { options, index: portable[rule.meta.id] }])),
    documents: new Map([...saved.documents].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
  };
  // As any new file of the user's (0644 under umask 022), for the other accounts of a batch job to read; not the 0600 of a temporary file.
  await writeAtomic(file, Buffer.from(toTaggedJson(content) + "\n", "utf8"), { mode: 0o666 & ~process.umask() });
}

/**
 * --write-index replaces FILE: only an index (or nothing) may be there. `--write-index a.txt
 * a.txt`, or a slip of the argument order, wrote the index over an article, and originals are
 * never modified. Asked before the corpus pass, so that the mistake costs nothing.
 */
export async function assertIndexTarget(file: string): Promise<void> {
  let head: Buffer;
  try {
    const handle = await open(file, "r");
    try {
      if ((await handle.stat()).isDirectory()) throw new ConfigError(`--write-index ${file} is a folder; name the index file to write`);
      head = Buffer.alloc(64);
      head = head.subarray(0, (await handle.read(head, 0, head.length, 0)).bytesRead);
    } finally {
      await handle.close();
    }
  } catch (error) {
    if (error instanceof ConfigError) throw error;
    return; // nothing there (or nothing readable): the write says what is wrong
  }
  if (head.length > 0 && !head.toString("latin1").replace(/\s+/g, "").startsWith(`{"format":"${FORMAT}"`)) {
    throw new ConfigError(`--write-index ${file} exists and is not a clean-news index; clean-news does not write over it: name another file, or remove it first`);
  }
}

/**
 * Reads a saved index for the configured rules. An index built with other options for a
 * corpus rule, or without one of the run's corpus rules, would give other copies than the
 * run that wrote it: that is a usage error, not a silent difference.
 */
export async function readIndexFile(file: string, rules: readonly ConfiguredRule[]): Promise<SavedIndex> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new ConfigError(`--index ${file} ${explain(error, "find")}`);
  }
  let content: IndexFile;
  try {
    content = fromTaggedJson(text) as IndexFile;
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    if (error instanceof SyntaxError) throw new ConfigError(`--index ${file} is not valid JSON (${why}); write it again with --write-index`);
    throw damaged(file, why);
  }
  if (content?.format !== FORMAT || content.version !== VERSION) {
    throw new ConfigError(`--index ${file} is not a clean-news index (version ${VERSION})`);
  }
  // The right header over the wrong body (an edit, a file of another tool) crashed with a stack
  // trace ("internal error: TypeError: Cannot read properties of undefined") or, deeper, only
  // when the first document was cleaned.
  if (!isObject(content.rules)) throw damaged(file, "it has no rules");
  if (!(content.documents instanceof Map)) throw damaged(file, "it has no list of documents");
  const portable: Record<string, unknown> = {};
  for (const { rule, options } of corpusRulesOf(rules)) {
    const id = rule.meta.id;
    const saved = Object.hasOwn(content.rules, id) ? content.rules[id] : undefined;
    if (!saved) throw new ConfigError(`--index ${file} has no evidence for the rule ${id}; write it again with that rule on`);
    if (!isObject(saved) || !isObject(saved.index)) throw damaged(file, `the evidence for the rule ${id} is missing`);
    if (canonical(saved.options) !== canonical(options)) {
      throw new ConfigError(`--index ${file} was written with other options for the rule ${id}: ${canonical(saved.options)}`);
    }
    portable[id] = inSharedMemory(saved.index);
  }
  try {
    return { index: restoreIndex(rules, portable), documents: content.documents };
  } catch (error) {
    throw damaged(file, error instanceof Error ? error.message : String(error));
  }
}

function isObject(value: unknown): value is Record<string, any> {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

function damaged(file: string, why: string): ConfigError {
  return new ConfigError(`--index ${file} is a damaged clean-news index (${why}); write it again with --write-index`);
}

/** Typed arrays this large are worth one copy for every thread: read from a file, they move to shared memory. */
const SHARE_FROM_BYTES = 4096;

/**
 * The same data with its large typed arrays over SharedArrayBuffers, which worker threads
 * receive without a copy (as a run that builds its own index has them).
 */
export function inSharedMemory(value: unknown): unknown {
  if (ArrayBuffer.isView(value) && !(value instanceof DataView)) {
    if (value.buffer instanceof SharedArrayBuffer || value.byteLength < SHARE_FROM_BYTES) return value;
    const Typed = value.constructor as new (buffer: SharedArrayBuffer) => ArrayBufferView & { set(from: ArrayBufferView): void };
    const copy = new Typed(new SharedArrayBuffer(value.byteLength));
    copy.set(value);
    return copy;
  }
  if (value instanceof Map) return new Map([...value].map(([k, v]) => [k, inSharedMemory(v)]));
  if (Array.isArray(value)) return value.map(inSharedMemory);
  if (value !== null && typeof value === "object" && !(value instanceof Set)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, inSharedMemory(v)]));
  }
  return value;
}

function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v) =>
    v && typeof v === "object" && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1))) : v,
  );
}
