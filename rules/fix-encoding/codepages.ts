import { readDataFile } from "../data/load.js";
import { PAGES } from "./page-list.js";

/**
 * A single-byte code page that UTF-8 text is commonly misread as (the list, in the order a
 * repair tries them, is in page-list.ts). Tables come from iconv-lite, through
 * rules/data/code-pages.json.
 */
export interface CodePage {
  /** iconv-lite's name. */
  readonly name: string;
  /** How reports name it. */
  readonly label: string;
  /** Character of each byte 0x00-0xFF. */
  readonly chars: readonly string[];
  /** Every character that stands for each byte: `chars`, and older tables' forms. */
  readonly forms: readonly (readonly string[])[];
  /** Byte of each character the page can hold. */
  readonly bytes: ReadonlyMap<number, number>;
  /**
   * Windows pages are "sloppy", as a misreading program was: an undefined byte became the C1
   * control of the same number (or U+FFFD, a lost byte, which we encode as 0x1A SUBSTITUTE).
   */
  readonly sloppy: boolean;
}

/**
 * Where iconv-lite's table differs from the one the misreading software used: Apple's current
 * Mac OS Roman (which Python's mac_roman follows) has the euro where the currency sign was
 * before 1998, the Apple logo at 0xF0, and the Greek omega, not the ohm sign, at 0xBD. The old
 * characters still encode back to their bytes, for text misread by older tables.
 */
const PATCHES: Record<string, Record<number, string>> = {
  macintosh: { 0xbd: "\u03a9", 0xdb: "\u20ac", 0xf0: "\uf8ff" },
};
const OLD_FORMS: Record<string, Record<number, number>> = {
  macintosh: { 0x2126: 0xbd, 0x00a4: 0xdb },
};

const SUBSTITUTE_BYTE = 0x1a;

/**
 * iconv-lite's decoding of every byte in each page, built by `npm run build:codepages`
 * (loading iconv-lite's own tables costs a small run more than reading these).
 */
const TABLES = JSON.parse(readDataFile("code-pages.json")) as Record<string, string>;

function codePage(name: string, label: string, sloppy: boolean): CodePage {
  const chars = [...TABLES[name]!].map((c, byte) => PATCHES[name]?.[byte] ?? (c === "\ufffd" ? String.fromCharCode(byte) : c));
  const forms = chars.map((c) => [c]);
  for (const [char, byte] of Object.entries(OLD_FORMS[name] ?? {})) forms[byte]!.push(String.fromCharCode(Number(char)));
  const bytes = new Map<number, number>();
  forms.forEach((these, byte) => these.forEach((c) => bytes.set(c.charCodeAt(0), byte)));
  if (sloppy) bytes.set(0xfffd, SUBSTITUTE_BYTE);
  return { name, label, chars, forms, bytes, sloppy };
}

export const CODE_PAGES: readonly CodePage[] = PAGES.map(([name, label, sloppy]) => codePage(name, label, sloppy));

export const WINDOWS_1252 = CODE_PAGES[1]!;

/**
 * The text as the bytes it came from, one byte per character ("binary string"), or null if
 * some character is not in the page. A text that already holds U+001A cannot take part in
 * the lossy-byte trick, so a sloppy page refuses it.
 */
export function encodeIn(text: string, page: CodePage): string | null {
  if (page.sloppy && text.includes("\u001a")) return null;
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const byte = page.bytes.get(text.charCodeAt(i));
    if (byte === undefined) return null;
    out += String.fromCharCode(byte);
  }
  return out;
}
