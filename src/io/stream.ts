import type { Hash } from "node:crypto";
import { createReadStream } from "node:fs";
import { isUtf8 } from "node:buffer";
import { createRequire } from "node:module";
import iconv from "iconv-lite";
import { decodeWindows1252, type SourceFormat } from "./codec.js";

/**
 * Reading a file too large to hold as one string (V8 stops near 512 million characters), in
 * two passes over its bytes: a scan that settles how it is stored (the same decisions as
 * `decode` makes for a whole file) and hashes it, then a decoding pass that yields its text
 * in pieces. Only ASCII-compatible encodings stream; UTF-16 files take the whole-file path.
 */

const PIECE_BYTES = 1 << 20;

export type Scan =
  | { kind: "text"; format: SourceFormat; hash: string; size: number }
  | { kind: "binary"; reason: string }
  | { kind: "unsupported" };

/** Raised when a decoded piece holds NUL characters: the file is binary after all. */
export class BinaryContent extends Error {}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const sixteenBit = (encoding: string) => /^(utf-?16|ucs-?2|utf-?32)/i.test(encoding);

const require = createRequire(import.meta.url);

/**
 * A SHA-256 hasher. Only files large enough to be streamed are hashed: node:crypto (about 6 ms to
 * load) is loaded by the first of them, not by every run. Required, not imported: the command
 * line's bundle runs from V8's code cache, where import() has no loader (src/code-cache.ts).
 */
export function sha256(): Hash {
  return (require("node:crypto") as typeof import("node:crypto")).createHash("sha256");
}

/**
 * Bytes as they go by, counted and hashed: enough to tell whether a file already holds them
 * (`holdsBytes`) without keeping them.
 */
export interface ByteDigest {
  update(bytes: Uint8Array): void;
  readonly size: number;
  /** The SHA-256 of the bytes so far, in hex; more may follow. */
  hex(): string;
}

export function byteDigest(): ByteDigest {
  const hash = sha256();
  let size = 0;
  return {
    update(bytes) {
      hash.update(bytes);
      size += bytes.length;
    },
    get size() {
      return size;
    },
    hex: () => hash.copy().digest("hex"),
  };
}

/**
 * Whether `file` holds exactly the bytes `digest` saw: a copy already current. `existing` is
 * what assertWritablePath found there (null: nothing, or nothing to compare).
 */
export async function holdsBytes(file: string, existing: { size: number } | null, digest: ByteDigest): Promise<boolean> {
  return existing !== null && existing.size === digest.size && (await hashFile(file)) === digest.hex();
}

export async function hashFile(file: string): Promise<string> {
  const hash = sha256();
  for await (const chunk of createReadStream(file, { highWaterMark: PIECE_BYTES })) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

export async function scanFile(file: string, forced?: string, pieceBytes = PIECE_BYTES): Promise<Scan> {
  const hash = sha256();
  let first = true;
  let bom = false;
  let utf8 = true;
  let carry = Buffer.alloc(0);
  let nul = false;
  let crlf = 0;
  let lf = 0;
  let lastByte = -1;
  let size = 0;
  for await (const data of createReadStream(file, { highWaterMark: pieceBytes })) {
    let chunk = data as Buffer;
    hash.update(chunk);
    size += chunk.length;
    if (first) {
      first = false;
      if (chunk[0] === 0xff && chunk[1] === 0xfe) return { kind: "unsupported" };
      if (chunk[0] === 0xfe && chunk[1] === 0xff) return { kind: "unsupported" };
      bom = chunk.subarray(0, 3).equals(UTF8_BOM);
      if (bom) chunk = chunk.subarray(3);
    }
    if (!forced && chunk.includes(0)) nul = true;
    for (let i = chunk.indexOf(0x0a); i !== -1; i = chunk.indexOf(0x0a, i + 1)) {
      lf++;
      if ((i > 0 ? chunk[i - 1] : lastByte) === 0x0d) crlf++;
    }
    if (chunk.length > 0) lastByte = chunk[chunk.length - 1]!;
    if (utf8 && !forced) {
      const joined = carry.length > 0 ? Buffer.concat([carry, chunk]) : chunk;
      const cut = completeUtf8Prefix(joined);
      utf8 = isUtf8(joined.subarray(0, cut));
      carry = Buffer.from(joined.subarray(cut));
    }
  }
  if (forced && sixteenBit(forced)) return { kind: "unsupported" };
  if (nul) return { kind: "binary", reason: "binary file (contains NUL bytes)" };
  if (carry.length > 0) utf8 = false;
  const encoding = forced ?? (utf8 ? "utf-8" : "windows-1252");
  return { kind: "text", format: { encoding, bom, eol: crlf > 0 && crlf === lf ? "\r\n" : "\n" }, hash: hash.digest("hex"), size };
}

/** The length of `bytes` without a UTF-8 sequence cut off at its end. */
function completeUtf8Prefix(bytes: Buffer): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const b = bytes[bytes.length - back]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const needed = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return needed > back ? bytes.length - back : bytes.length;
  }
  return bytes.length;
}

/**
 * The file's text in pieces, decoded as the scan decided (CRLF folded to LF when every break
 * is CRLF), and the hash of the bytes actually read, to compare with the scan's.
 */
export async function* decodePieces(file: string, format: SourceFormat, hash: { digest?: string }, pieceBytes = PIECE_BYTES): AsyncGenerator<string> {
  const hasher = sha256();
  const utf8 = format.encoding === "utf-8" ? new TextDecoder("utf-8") : null;
  const other = !utf8 && format.encoding !== "windows-1252" ? iconv.getDecoder(format.encoding) : null;
  let skip = format.bom ? 3 : 0;
  let pendingCr = false;
  for await (const data of createReadStream(file, { highWaterMark: pieceBytes })) {
    hasher.update(data as Buffer);
    let chunk = data as Buffer;
    if (skip > 0) {
      const dropped = Math.min(skip, chunk.length);
      chunk = chunk.subarray(dropped);
      skip -= dropped;
    }
    let text = utf8 ? utf8.decode(chunk, { stream: true }) : other ? other.write(chunk) : decodeWindows1252(chunk);
    if (text.includes("\0")) throw new BinaryContent(`binary file (NUL characters when read as ${format.encoding})`);
    if (format.eol === "\r\n") {
      if (pendingCr) text = "\r" + text;
      pendingCr = text.endsWith("\r");
      if (pendingCr) text = text.slice(0, -1);
      text = text.replace(/\r\n/g, "\n");
    }
    if (text) yield text;
  }
  const rest = (utf8 ? utf8.decode() : other ? other.end() ?? "" : "") + (pendingCr ? "\r" : "");
  if (rest) yield rest;
  hash.digest = hasher.digest("hex");
}

/**
 * Regroups pieces of text into chunks of about `target` characters that end at a paragraph
 * break (a run of blank lines, kept whole), so that each chunk starts at the start of a line
 * and rules that work within paragraphs see whole ones. A text with no paragraph break for
 * `4 * target` characters is cut at a line break, failing that at white space, failing that
 * anywhere but inside a surrogate pair.
 */
export async function* paragraphChunks(pieces: AsyncIterable<string>, target: number): AsyncGenerator<string> {
  let buffer = "";
  for await (const piece of pieces) {
    buffer += piece;
    while (buffer.length >= target) {
      const cut = cutPoint(buffer, target);
      if (cut === null) break;
      yield buffer.slice(0, cut);
      buffer = buffer.slice(cut);
    }
  }
  if (buffer) yield buffer;
}

function cutPoint(text: string, target: number): number | null {
  // After the last complete run of line breaks that is not at the very end (it may go on).
  for (let at = text.lastIndexOf("\n\n"); at > 0; at = text.lastIndexOf("\n\n", at - 1)) {
    let end = at + 2;
    while (end < text.length && text[end] === "\n") end++;
    if (end < text.length) return end;
    while (at > 0 && text[at - 1] === "\n") at--;
  }
  if (text.length < 4 * target) return null;
  // Never inside the run of line breaks the text ends with: it may go on, and is kept whole.
  let last = text.length - 1;
  while (last >= 0 && text[last] === "\n") last--;
  if (last < 0) return null;
  const line = text.lastIndexOf("\n", last);
  if (line > 0) return line + 1;
  const space = text.slice(0, last + 1).search(/\s\S*$/);
  if (space > 0) return space + 1;
  if (target > last) return last + 1;
  const code = text.charCodeAt(target - 1);
  return code >= 0xd800 && code <= 0xdbff ? target + 1 : target;
}
