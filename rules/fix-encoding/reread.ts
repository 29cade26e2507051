import { encodeIn, type CodePage } from "./codepages.js";
import { decodeUtf8 } from "./utf8.js";

/**
 * Byte sequences that are UTF-8 but for a 0xA0 that some program turned into a plain space
 * (a no-break space, or the second byte of "à", "Š", "Π", "Р"...). Lead bytes whose 0xA0
 * continuation leads to unlikely scripts are left out, as ftfy does. Unlike ftfy, "â€ " is not
 * read as a dagger: it is far more often a closing quote whose last byte (0x9D, which
 * Windows-1252 leaves undefined) a program dropped, and which of the two it was cannot be told.
 */
const SPACED_UTF8 =
  /[\xc2\xc3\xc5\xce\xd0\xd9] |[\xe2\xe3] [\x80-\x84\x86-\x9f\xa1-\xbf]|(?!\xe2\x80 )[\xe0-\xe3][\x80-\x84\x86-\x9f\xa1-\xbf] |\xf0 [\x80-\xbf]{2}|\xf0[\x80-\xbf] [\x80-\xbf]|\xf0[\x80-\xbf]{2} /g;
// "Ã " standing alone is nearly always "à " with its no-break space lost ("voilÃ  le"), except
// before the Portuguese contractions "às", "àquele"...
const A_GRAVE_WORD = /\xc3 (?! |quele|quela|quilo|s )/g;

/** UTF-8 sequences with a byte lost to U+FFFD (encoded as 0x1A) or to "?": one U+FFFD each. */
const LOSSY_UTF8 =
  /[\xc2-\xdf]\x1a|[\xc2-\xc3]\?|\xed[\xa0-\xaf][\x1a?]\xed[\xb0-\xbf][\x1a?\x80-\xbf]|\xed[\xa0-\xaf][\x1a?\x80-\xbf]\xed[\xb0-\xbf][\x1a?]|[\xe0-\xef][\x1a?][\x1a\x80-\xbf]|[\xe0-\xef][\x1a\x80-\xbf][\x1a?]|[\xf0-\xf4][\x1a?][\x1a\x80-\xbf]{2}|[\xf0-\xf4][\x1a\x80-\xbf][\x1a?][\x1a\x80-\xbf]|[\xf0-\xf4][\x1a\x80-\xbf]{2}[\x1a?]|\x1a/g;
const UTF8_REPLACEMENT = "\xef\xbf\xbd";

/** The text re-read as the UTF-8 it was before `page` misread it, or null. */
export function reread(text: string, page: CodePage): string | null {
  let bytes = encodeIn(text, page);
  if (bytes === null) return null;
  // In Mac Roman, 0xA0 is a dagger: an en dash before a space would look like a lost one.
  if (page.name !== "macintosh") bytes = bytes.replace(A_GRAVE_WORD, "\xc3\xa0 ").replace(SPACED_UTF8, (s) => s.replace(" ", "\xa0"));
  if (page.sloppy) bytes = bytes.replace(LOSSY_UTF8, UTF8_REPLACEMENT);
  return decodeUtf8(bytes);
}

/** How a report names the repair. */
export function misreadAs(page: CodePage): string {
  return `UTF-8 read as ${page.label}`;
}
