import { readFile, stat } from "./fs.js";
import type { Doc } from "../core/types.js";
import { decode, type SourceFormat } from "./codec.js";
import { reasonOf } from "./discover.js";

export type ReadResult =
  | { kind: "text"; doc: Doc; format: SourceFormat; bytes: Buffer; mode: number }
  | { kind: "binary"; reason: string }
  | { kind: "error"; reason: string };

export async function readDoc(id: string, file: string, encoding?: string): Promise<ReadResult> {
  let bytes: Buffer;
  let mode: number;
  try {
    const info = await stat(file);
    if (info.isDirectory()) return { kind: "error", reason: "is a folder" };
    bytes = await readFile(file);
    mode = info.mode;
  } catch (error) {
    return { kind: "error", reason: `cannot be read: ${reasonOf(error)}` };
  }
  return fromBytes(id, bytes, mode, encoding);
}

export function fromBytes(id: string, bytes: Buffer, mode: number, encoding?: string): ReadResult {
  const decoded = decode(bytes, encoding);
  if (decoded.kind === "binary") return decoded;
  return { kind: "text", doc: { id, text: decoded.text }, format: decoded.format, bytes, mode };
}
