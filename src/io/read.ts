import { readFile } from "./fs.js";
import type { Doc } from "../core/types.js";
import { decode, type SourceFormat } from "./codec.js";
import { explain } from "./errors.js";
import { statStamped, type Stamp } from "./stamp.js";

export type ReadResult =
  | { kind: "text"; doc: Doc; format: SourceFormat; bytes: Buffer; mode: number; stamp?: Stamp }
  | { kind: "binary"; reason: string }
  | { kind: "error"; reason: string };

/**
 * `streamAbove`: a file larger than this is not read but answered with "large", for the
 * caller to clean in chunks (src/large-file.ts); the same stat decides, so it costs nothing.
 */
export async function readDoc(id: string, file: string, encoding?: string, streamAbove?: number): Promise<ReadResult | { kind: "large" }> {
  let bytes: Buffer;
  let found: Awaited<ReturnType<typeof statStamped>>;
  try {
    found = await statStamped(file);
    if (found.info.isDirectory()) return { kind: "error", reason: "is a folder now, not the file it was when the run started; run clean-news again" };
    // Replaced by a pipe or a device since it was found: reading it could block for ever.
    if (!found.info.isFile()) return { kind: "error", reason: "is no longer a regular file (a pipe or a device now); run clean-news again" };
    if (streamAbove !== undefined && found.info.size > streamAbove) return { kind: "large" };
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_FS_FILE_TOO_LARGE") return tooLarge();
    return { kind: "error", reason: explain(error, "read") };
  }
  const read = fromBytes(id, bytes, Number(found.info.mode), encoding);
  return read.kind === "text" ? { ...read, stamp: found.stamp } : read;
}

export function fromBytes(id: string, bytes: Buffer, mode: number, encoding?: string): ReadResult {
  let decoded;
  try {
    decoded = decode(bytes, encoding);
  } catch (error) {
    // A JavaScript string holds at most about 512 million characters.
    if ((error as NodeJS.ErrnoException).code === "ERR_STRING_TOO_LONG" || error instanceof RangeError) return tooLarge();
    throw error;
  }
  if (decoded.kind === "binary") return decoded;
  return { kind: "text", doc: { id, text: decoded.text }, format: decoded.format, bytes, mode };
}

function tooLarge(): ReadResult {
  return {
    kind: "error",
    reason: "is too large to hold as one document (over about 512 million characters); clean it as a file without --diff, so that it is cleaned paragraph by paragraph",
  };
}
