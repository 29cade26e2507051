import iconv from "iconv-lite";

/**
 * The single-byte code pages that UTF-8 text is commonly misread as, in the order a repair
 * tries them (ftfy's order: the most common misreadings first, so that an ambiguous string is
 * explained by the likeliest one). Tables come from iconv-lite.
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

function codePage(name: string, label: string, sloppy: boolean): CodePage {
  const all = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
  const chars = [...iconv.decode(all, name)].map((c, byte) => PATCHES[name]?.[byte] ?? (c === "\ufffd" ? String.fromCharCode(byte) : c));
  const forms = chars.map((c) => [c]);
  for (const [char, byte] of Object.entries(OLD_FORMS[name] ?? {})) forms[byte]!.push(String.fromCharCode(Number(char)));
  const bytes = new Map<number, number>();
  forms.forEach((these, byte) => these.forEach((c) => bytes.set(c.charCodeAt(0), byte)));
  if (sloppy) bytes.set(0xfffd, SUBSTITUTE_BYTE);
  return { name, label, chars, forms, bytes, sloppy };
}

export const CODE_PAGES: readonly CodePage[] = [
  codePage("latin1", "Latin-1", false),
  codePage("windows-1252", "Windows-1252", true),
  codePage("windows-1251", "Windows-1251", true),
  codePage("windows-1250", "Windows-1250", true),
  codePage("windows-1253", "Windows-1253", true),
  codePage("windows-1254", "Windows-1254", true),
  codePage("windows-1257", "Windows-1257", true),
  codePage("iso-8859-2", "ISO-8859-2", false),
  codePage("macintosh", "Mac Roman", false),
  codePage("cp437", "code page 437", false),
];

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
