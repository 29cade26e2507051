import iconv from "iconv-lite";

/** How a file was stored, remembered so that its clean copy is stored the same way. */
export interface SourceFormat {
  encoding: string;
  bom: boolean;
  eol: "\n" | "\r\n";
}

export type Decoded =
  | { kind: "text"; text: string; format: SourceFormat }
  | { kind: "binary"; reason: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];
// Longest first: the UTF-32 LE mark begins with the UTF-16 LE one.
const BOMS: readonly { encoding: string; bytes: readonly number[] }[] = [
  { encoding: "utf-8", bytes: UTF8_BOM },
  { encoding: "utf-32le", bytes: [0xff, 0xfe, 0x00, 0x00] },
  { encoding: "utf-32be", bytes: [0x00, 0x00, 0xfe, 0xff] },
  { encoding: "utf-16le", bytes: [0xff, 0xfe] },
  { encoding: "utf-16be", bytes: [0xfe, 0xff] },
];
const strictUtf8 = new TextDecoder("utf-8", { fatal: true });

export function isKnownEncoding(name: string): boolean {
  return iconv.encodingExists(name);
}

// iconv-lite also "decodes" bytes into their Base64 or hexadecimal spelling: no character set.
const BYTE_CODINGS = new Set(["base64", "hex"]);

/** Whether `name` is one of those codings, spelt as iconv-lite reads names (case and punctuation aside). */
export function isByteCoding(name: string): boolean {
  return BYTE_CODINGS.has(name.toLowerCase().replace(/[^0-9a-z]/g, ""));
}

/**
 * Bytes to text: a BOM (UTF-8, UTF-16 or UTF-32) wins, then strict UTF-8, then Windows-1252
 * for bytes that are not UTF-8 (the way browsers read unlabelled Western pages; UTF-8 mixed
 * into such a file reads as mojibake, which fix-encoding repairs). `forced` overrides the guess.
 */
export function decode(bytes: Uint8Array, forced?: string): Decoded {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const mark = BOMS.find((b) => startsWith(buffer, b.bytes));
  let encoding = mark?.encoding ?? "utf-8";
  const bom = mark !== undefined;
  const body = mark ? buffer.subarray(mark.bytes.length) : buffer;
  if (forced) encoding = forced;
  else if (!/^utf-(16|32)/.test(encoding) && body.includes(0)) {
    return { kind: "binary", reason: "binary file (contains NUL bytes)" };
  }

  let text: string;
  if (encoding === "utf-8" && !forced) {
    try {
      text = strictUtf8.decode(body);
    } catch {
      encoding = "windows-1252";
      text = decodeWindows1252(body);
    }
  } else {
    text = iconv.decode(body, encoding, { stripBOM: false });
  }
  if (text.includes("\0")) return { kind: "binary", reason: `binary file (NUL characters when read as ${encoding})` };

  const { normalized, eol } = normalizeLineEndings(text);
  return { kind: "text", text: normalized, format: { encoding, bom, eol } };
}

/** Clean copies are UTF-8, with the BOM and line endings the input had. */
export function encode(text: string, format: SourceFormat): Buffer {
  return Buffer.from(asWritten(text, format), "utf8");
}

/** The text as its copy spells it: the source's byte order mark and line breaks put back. */
export function asWritten(text: string, format: SourceFormat): string {
  return (format.bom ? "\uFEFF" : "") + (format.eol === "\r\n" ? text.replace(/\n/g, "\r\n") : text);
}

/**
 * CRLF is folded to LF only when every line break is CRLF, so that encoding restores the
 * file exactly; a file with mixed breaks keeps its CRs as they are.
 */
function normalizeLineEndings(text: string): { normalized: string; eol: "\n" | "\r\n" } {
  const crlf = text.match(/\r\n/g)?.length ?? 0;
  if (crlf === 0) return { normalized: text, eol: "\n" };
  const lf = text.match(/\n/g)?.length ?? 0;
  return lf === crlf ? { normalized: text.replace(/\r\n/g, "\n"), eol: "\r\n" } : { normalized: text, eol: "\n" };
}

/**
 * iconv-lite turns the five bytes Windows-1252 leaves undefined into U+FFFD; browsers (and the
 * mojibake repairer after us) expect the C1 control of the same number, which loses nothing.
 */
export function decodeWindows1252(body: Buffer): string {
  const text = iconv.decode(body, "windows-1252");
  if (!text.includes("\uFFFD") || text.length !== body.length) return text;
  let out = "";
  for (let i = 0; i < text.length; i++) out += text[i] === "\uFFFD" ? String.fromCharCode(body[i]!) : text[i];
  return out;
}

function startsWith(buffer: Buffer, prefix: readonly number[]): boolean {
  return buffer.length >= prefix.length && prefix.every((b, i) => buffer[i] === b);
}
