/**
 * Strict UTF-8 decoding of a "binary string" (one character per byte), plus the two variants
 * real software writes: CESU-8 (a character above U+FFFF written as two encoded UTF-16
 * surrogates, as Java and old MySQL do) and Java's 0xC0 0x80 for U+0000.
 */
const strict = new TextDecoder("utf-8", { fatal: true });

const CESU_PAIR = /\xed([\xa0-\xaf])([\x80-\xbf])\xed([\xb0-\xbf])([\x80-\xbf])/g;

function cesuToUtf8(_: string, h1: string, h2: string, l1: string, l2: string): string {
  const high = 0xd000 | ((h1.charCodeAt(0) & 0x3f) << 6) | (h2.charCodeAt(0) & 0x3f);
  const low = 0xd000 | ((l1.charCodeAt(0) & 0x3f) << 6) | (l2.charCodeAt(0) & 0x3f);
  const point = 0x10000 + ((high - 0xd800) << 10) + (low - 0xdc00);
  return Buffer.from(String.fromCodePoint(point), "utf8").toString("latin1");
}

/** The text the bytes spell in UTF-8, or null if they are not UTF-8. */
export function decodeUtf8(bytes: string): string | null {
  const normal = bytes.replace(CESU_PAIR, cesuToUtf8).replace(/\xc0\x80/g, "\x00");
  try {
    return strict.decode(Buffer.from(normal, "latin1"));
  } catch {
    return null;
  }
}
