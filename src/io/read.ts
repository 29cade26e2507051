import { readFile, stat } from "node:fs/promises";
import type { Doc } from "../core/types.js";
import { decode, type SourceFormat } from "./codec.js";
import { explain } from "./errors.js";

export type ReadResult =
  | { kind: "text"; doc: Doc; format: SourceFormat; bytes: Buffer; mode: number }
  | { kind: "binary"; reason: string }
  | { kind: "error"; reason: string };

export async function readDoc(id: string, file: string, encoding?: string): Promise<ReadResult> {
  let bytes: Buffer;
  let mode: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) return { kind: "error", reason: "is a folder; name the files in it, or the folder itself without a trailing file name" };
    bytes = await readFile(file);
    mode = info.mode;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ERR_FS_FILE_TOO_LARGE") return tooLarge();
    return { kind: "error", reason: explain(error, "read") };
  }
  return fromBytes(id, bytes, mode, encoding);
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
    reason: "is too large to hold as one document; rules that need whole documents (corpus rules) cannot clean it: run them on smaller files, or --disable them so that it is cleaned paragraph by paragraph",
  };
}
