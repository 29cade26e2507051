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
// Vietnamese writes "à" inside syllables ("chào", "làm", "thành"), where the space is only the
// lost 0xA0: after a consonant and before what may close a syllable after "à" (m, n, ng, nh, o,
// i, u, y, then no more letters), in text holding a letter only Vietnamese writes (đ, ơ, ư,
// ạ...), "Ã " is "à" alone. "lÃ ngÆ°á»i" ("là người" with its two spaces collapsed) stays two
// words, and French "voilÃ un", Catalan "estÃ i" are never read so.
const A_GRAVE_IN_SYLLABLE = /(?<=[A-Za-z]|\xc4[\x90\x91])\xc3 (?=(?:n[gh]?|[moiuy])(?![A-Za-z\xc3-\xc6\xcc\xe1]))/g;
const VIETNAMESE_LETTER = /\xc4[\x90\x91]|\xc6[\xa0\xa1\xaf\xb0]|\xe1\xba[\xa0-\xbf]|\xe1\xbb[\x80-\xb9]/;

/** UTF-8 sequences with a byte lost to U+FFFD (encoded as 0x1A) or to "?": one U+FFFD each. */
const LOSSY_UTF8 =
  /[\xc2-\xdf]\x1a|[\xc2-\xc3]\?|\xed[\xa0-\xaf][\x1a?]\xed[\xb0-\xbf][\x1a?\x80-\xbf]|\xed[\xa0-\xaf][\x1a?\x80-\xbf]\xed[\xb0-\xbf][\x1a?]|[\xe0-\xef][\x1a?][\x1a\x80-\xbf]|[\xe0-\xef][\x1a\x80-\xbf][\x1a?]|[\xf0-\xf4][\x1a?][\x1a\x80-\xbf]{2}|[\xf0-\xf4][\x1a\x80-\xbf][\x1a?][\x1a\x80-\xbf]|[\xf0-\xf4][\x1a\x80-\xbf]{2}[\x1a?]|\x1a/g;
const UTF8_REPLACEMENT = "\xef\xbf\xbd";

/** The text re-read as the UTF-8 it was before `page` misread it, or null. */
export function reread(text: string, page: CodePage): string | null {
  let bytes = encodeIn(text, page);
  if (bytes === null) return null;
  // In Mac Roman, 0xA0 is a dagger: an en dash before a space would look like a lost one.
  if (page.name !== "macintosh") bytes = withLostA0(bytes);
  if (page.sloppy) bytes = bytes.replace(LOSSY_UTF8, UTF8_REPLACEMENT);
  return decodeUtf8(bytes);
}

/** The bytes with each 0xA0 that became a space put back. */
function withLostA0(bytes: string): string {
  const vietnamese = bytes.includes("\xc3 ") && VIETNAMESE_LETTER.test(bytes);
  if (vietnamese) bytes = bytes.replace(A_GRAVE_IN_SYLLABLE, "\xc3\xa0");
  return bytes.replace(A_GRAVE_WORD, "\xc3\xa0 ").replace(SPACED_UTF8, (s) => s.replace(" ", "\xa0"));
}

/** How a report names the repair. */
export function misreadAs(page: CodePage): string {
  return `UTF-8 read as ${page.label}`;
}
