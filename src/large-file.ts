import { clean } from "./core/clean.js";
import { isCorpusRule, type Edit, type Unresolved } from "./core/types.js";
import { bindRules, corpusRulesOf } from "./corpus.js";
import { encode } from "./io/codec.js";
import type { Input } from "./io/discover.js";
import { explain, InputChanged } from "./io/errors.js";
import { writeAll } from "./io/fs.js";
import { BinaryContent, byteDigest, decodePieces, hashFile, holdsBytes, paragraphChunks, scanFile } from "./io/stream.js";
import { provenUnchanged, statStamped } from "./io/stamp.js";
import { assertWritablePath, ownerOf, writeThrough, type Guard } from "./io/write.js";
import type { FileReport } from "./report/model.js";
import type { RunOptions } from "./engine.js";

/**
 * Files above this size are cleaned paragraph by paragraph in bounded memory, when the run
 * allows it (see `streamAbove`). Articles are a few kilobytes; a file this large is a corpus
 * dump, where whole-document statistics over one chunk of a few megabytes are as good.
 * CLEAN_NEWS_STREAM_ABOVE (bytes) moves the threshold: lower for a machine short of memory,
 * and the tests use it to stream small files.
 */
export const STREAM_ABOVE_BYTES = Number(process.env.CLEAN_NEWS_STREAM_ABOVE) || 32 * 1024 * 1024;
const CHUNK_CHARS = 4 * 1024 * 1024;
/** Edits listed per file at most, so that the report of a 1 GB file stays small too. */
export const MAX_LISTED_EDITS = 10_000;

/**
 * Above what size the run cleans a file in chunks, or undefined when it never does: not for
 * a diff, which needs both whole texts. Rules that need whole documents (corpus rules) do not
 * run on a file this large: it gives them no evidence (`Library.read`) and its report says
 * which were not applied, since a chunk's edges are not an article's.
 */
export function streamAbove(options: RunOptions): number | undefined {
  return options.mode === "diff" ? undefined : STREAM_ABOVE_BYTES;
}

/**
 * Cleans a large file chunk by chunk (see `paragraphChunks`) into a temporary file beside its
 * output, then renames it into place, with the same guarantees as a small file: the input is
 * hashed when scanned and again while decoded, and checked once more just before the rename
 * (a stat, or failing proof a third hash); its copy is written only if all agree.
 */
export async function cleanLargeFile(input: Input, options: RunOptions, file: FileReport, chunkChars = CHUNK_CHARS): Promise<FileReport> {
  // Stamped before the scan, so that a change during the scan shows too.
  const scan = await statStamped(input.path)
    .then(async ({ info, stamp }) => ({ stamp, mode: Number(info.mode), ...(await scanFile(input.path, options.encoding)) }))
    .catch((error) => ({ kind: "error" as const, reason: explain(error, "read") }));
  if (scan.kind === "error") return { ...file, output: null, error: scan.reason };
  if (scan.kind === "binary") return { ...file, output: null, skipped: scan.reason };
  if (scan.kind === "unsupported") return { ...file, output: null, error: "is a UTF-16 file too large to clean in one piece; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8) and run again" };
  const documentRules = options.rules.filter((r) => !isCorpusRule(r.rule));
  const rules = await bindRules({ id: input.id, text: "" }, documentRules, options.settings, new Map(), async () => null);
  const notApplied: Unresolved[] = corpusRulesOf(options.rules).map((r) => ({ rule: r.rule.meta.id, start: 0, end: 0, line: 1, column: 1, context: "", message: "not applied: this file is cleaned paragraph by paragraph, and this rule needs whole documents; split the file into articles to apply it" }));

  const output = byteDigest();
  const edits: Edit[] = [];
  const unresolved: Unresolved[] = [];
  let unlisted = 0;
  const decoded: { digest?: string } = {};

  /** Cleans every chunk, handing its bytes to `sink` (a temporary file, or nothing). */
  const cleanAll = async (sink: (bytes: Buffer) => void) => {
    let line = 0;
    for await (const chunk of paragraphChunks(decodePieces(input.path, scan.format, decoded), chunkChars)) {
      const result = clean({ id: input.id, text: chunk }, rules, { settings: options.settings });
      for (const e of result.edits) {
        if (edits.length < MAX_LISTED_EDITS) edits.push({ ...e, line: e.line + line });
        else unlisted++;
      }
      for (const u of result.unresolved) if (unresolved.length < MAX_LISTED_EDITS) unresolved.push({ ...u, line: u.line + line });
      line += countLines(chunk);
      const bytes = encode(result.text, { ...scan.format, bom: scan.format.bom && output.size === 0 });
      output.update(bytes);
      sink(bytes);
    }
    if (decoded.digest !== scan.hash) throw new InputChanged("changed");
  };

  const report = (): FileReport => {
    const notes: Unresolved[] = unlisted > 0 ? [{ rule: "clean-news", start: 0, end: 0, line: 1, column: 1, context: "", message: `${unlisted} more edits were applied but are not listed, to keep the report of a large file small` }] : [];
    return { ...file, edits, unresolved: [...notApplied, ...unresolved, ...notes] };
  };

  try {
    if (options.mode === "check") {
      await cleanAll(() => {});
      file.changed = output.hex() !== scan.hash;
      const copy = options.naming.inPlace ? null : await assertWritablePath(input.output).catch(() => null);
      file.copyCurrent = await holdsBytes(input.output, copy, output);
      return report();
    }
    const guard: Guard = async () => {
      const now = await statStamped(input.path).catch(() => null);
      if (now === null) throw new InputChanged("disappeared");
      // Hashing 1 GB again is skipped when a stat proves the file untouched since the scan.
      if (!provenUnchanged(scan.stamp, now.stamp) && (await hashFile(input.path)) !== scan.hash) throw new InputChanged("changed");
      file.changed = output.hex() !== scan.hash;
      if (options.naming.inPlace) return file.changed ? "write" : "skip";
      return (await holdsBytes(input.output, await assertWritablePath(input.output), output)) ? "skip" : "write";
    };
    await assertWritablePath(input.output);
    const outcome = await writeThrough(input.output, (fd) => cleanAll((bytes) => writeAll(fd, bytes)), { mode: scan.mode, guard, replacing: options.naming.inPlace ? await ownerOf(input.path) : undefined });
    file.written = outcome === "written";
    return report();
  } catch (error) {
    if (error instanceof BinaryContent) return { ...file, output: null, skipped: error.message };
    throw error;
  }
}

function countLines(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
