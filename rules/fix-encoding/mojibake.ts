import { badness, isBad } from "./badness.js";
import { CODE_PAGES, encodeIn, type CodePage, WINDOWS_1252 } from "./codepages.js";
import { decodeUtf8 } from "./utf8.js";

/**
 * Mojibake repair after ftfy's `fix_encoding`: text that is UTF-8 misread as a single-byte
 * code page is encoded back to those bytes and decoded as UTF-8, whole or span by span, as
 * long as it keeps looking like mojibake (double mojibake takes two rounds). A repair is kept
 * only if the bytes decode strictly and the result scores lower on `badness`, so correct text
 * in any language, which scores 0, is never touched.
 */
export interface Repair {
  text: string;
  /** What was repaired, round by round ("UTF-8 read as Windows-1252"). */
  steps: string[];
}

// Double mojibake is two rounds; more than a few means we are chasing our own tail.
const MAX_ROUNDS = 4;

const NON_ASCII = /[^\x00-\x7f]/;
const C1 = /[\u0080-\u009f]/g;

/**
 * Byte sequences that are UTF-8 but for a 0xA0 that some program turned into a plain space
 * (a no-break space, or the second byte of "à", "Š", "Π", "Р"...). Lead bytes whose 0xA0
 * continuation leads to unlikely scripts are left out, as ftfy does.
 */
const SPACED_UTF8 =
  /[\xc2\xc3\xc5\xce\xd0\xd9] |[\xe2\xe3] [\x80-\x84\x86-\x9f\xa1-\xbf]|[\xe0-\xe3][\x80-\x84\x86-\x9f\xa1-\xbf] |\xf0 [\x80-\xbf]{2}|\xf0[\x80-\xbf] [\x80-\xbf]|\xf0[\x80-\xbf]{2} /g;
// "Ã " standing alone is nearly always "à " with its no-break space lost ("voilÃ  le"), except
// before the Portuguese contractions "às", "àquele"...
const A_GRAVE_WORD = /\xc3 (?! |quele|quela|quilo|s )/g;

/** UTF-8 sequences with a byte lost to U+FFFD (encoded as 0x1A) or to "?": one U+FFFD each. */
const LOSSY_UTF8 =
  /[\xc2-\xdf]\x1a|[\xc2-\xc3]\?|\xed[\xa0-\xaf][\x1a?]\xed[\xb0-\xbf][\x1a?\x80-\xbf]|\xed[\xa0-\xaf][\x1a?\x80-\xbf]\xed[\xb0-\xbf][\x1a?]|[\xe0-\xef][\x1a?][\x1a\x80-\xbf]|[\xe0-\xef][\x1a\x80-\xbf][\x1a?]|[\xf0-\xf4][\x1a?][\x1a\x80-\xbf]{2}|[\xf0-\xf4][\x1a\x80-\xbf][\x1a?][\x1a\x80-\xbf]|[\xf0-\xf4][\x1a\x80-\xbf]{2}[\x1a?]|\x1a/g;
const UTF8_REPLACEMENT = "\xef\xbf\xbd";

export function repairMojibake(text: string): Repair {
  let current = text;
  const steps: string[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const next = oneRound(current);
    if (next === null) break;
    current = next.text;
    steps.push(...next.steps);
  }
  // A chain may pass through text that looks no better (double mojibake half undone); where it
  // ends must look better than where it started.
  if (steps.length === 0 || badness(current) >= badness(text)) return { text, steps: [] };
  return { text: current, steps };
}

function oneRound(text: string): Repair | null {
  if (!NON_ASCII.test(text) || !isBad(text)) return null;
  const before = badness(text);
  let level: Repair | null = null;
  for (const page of CODE_PAGES) {
    const fixed = reread(text, page);
    if (fixed === null || fixed === text) continue;
    const after = badness(fixed);
    if (after < before) return { text: fixed, steps: [`UTF-8 read as ${page.label}`] };
    // No better yet, but shorter: one layer of several peeled off.
    if (after === before && fixed.length < text.length) level ??= { text: fixed, steps: [`UTF-8 read as ${page.label}`] };
  }
  return level ?? repairSpans(text) ?? readC1AsWindows1252(text);
}

/** The text re-read as the UTF-8 it was before `page` misread it, or null. */
function reread(text: string, page: CodePage): string | null {
  let bytes = encodeIn(text, page);
  if (bytes === null) return null;
  // In Mac Roman, 0xA0 is a dagger: an en dash before a space would look like a lost one.
  if (page.name !== "macintosh") bytes = bytes.replace(A_GRAVE_WORD, "\xc3\xa0 ").replace(SPACED_UTF8, (s) => s.replace(" ", "\xa0"));
  if (page.sloppy) bytes = bytes.replace(LOSSY_UTF8, UTF8_REPLACEMENT);
  return decodeUtf8(bytes);
}

/**
 * Runs of characters that, in one family of code pages, are the bytes of UTF-8 sequences
 * (a lead byte and its continuation bytes). A space stands in for a lost 0xA0. A run may
 * not follow a continuation character, so that a fragment of a larger garble is not
 * "repaired" into something worse; punctuation that usually stands for itself (quotes,
 * dashes, bullets, ellipses) does not count, so that "l’Ã©galité" is repaired after its
 * apostrophe.
 */
function spanDetector(pages: readonly CodePage[]): RegExp {
  const range = (from: number, to: number, except = "") => {
    const chars = new Set<string>();
    for (const page of pages) for (let b = from; b <= to; b++) if (!except.includes(page.chars[b]!)) chars.add(page.chars[b]!);
    return [...chars].map((c) => (/[\\\]\[^-]/.test(c) ? `\\${c}` : c)).join("");
  };
  const cont = range(0x80, 0xbf);
  const strict = range(0x80, 0xbf, STANDS_FOR_ITSELF);
  const [lead2, lead3, lead4] = [range(0xc2, 0xdf), range(0xe0, 0xef), range(0xf0, 0xf4)];
  return new RegExp(`(?<![${strict}])(?:[${lead2}][${cont} ]|[${lead3}][${cont} ]{2}|[${lead4}][${cont} ]{3})+`, "gu");
}

const STANDS_FOR_ITSELF = "\u2013\u2014\u2015\u2018\u2019\u201a\u201c\u201d\u201e\u2022\u2026";

const byName = (...names: string[]) => CODE_PAGES.filter((p) => names.includes(p.name));
// Accented Latin letters and punctuation: what English and European news is made of.
const LATIN_AND_PUNCTUATION = /^[\u00a0-\u024f\u2000-\u214f]+$/;

/**
 * The Latin-like pages share most of their upper halves and are trusted as ftfy trusts them.
 * Mac Roman and code page 437 have accented letters where those have punctuation, so that
 * correct text often reads as a lead byte and continuations ("¬å" is U+008C in Mac Roman):
 * inside correct text, theirs must decode, in one layer, to Latin letters and punctuation.
 */
interface SpanDetector {
  pattern: RegExp;
  pages: readonly CodePage[];
  yields?: RegExp;
}

const LATIN_LIKE = CODE_PAGES.filter((p) => p.name !== "macintosh" && p.name !== "cp437");
const SPAN_DETECTORS: readonly SpanDetector[] = [
  { pattern: spanDetector(LATIN_LIKE), pages: LATIN_LIKE },
  ...byName("macintosh", "cp437").map((page) => ({ pattern: spanDetector([page]), pages: [page], yields: LATIN_AND_PUNCTUATION })),
];

/**
 * Text where mojibake is embedded in correct text: each span repaired on its own. A span that
 * is bad on its own gets the whole repair, layers and all. One that needs its neighbours to
 * look bad ("BÄ›lohlávek": a capital, then a closing quote before a letter) is repaired only
 * beside spans of the first kind, which show that this line did go through a misreading.
 */
function repairSpans(text: string): Repair | null {
  for (const detector of SPAN_DETECTORS) {
    const steps: string[] = [];
    let evident = false;
    const fixed = text.replace(detector.pattern, (span: string, offset: number) => {
      if (span.length === text.length) return span;
      const alone = !detector.yields && isBad(span);
      const repair = alone ? repairMojibake(span) : rereadInContext(span, text[offset - 1] ?? "", text[offset + span.length] ?? "", detector);
      if (alone && repair.steps.length > 0) evident = true;
      steps.push(...repair.steps);
      return repair.text;
    });
    // Without a span bad on its own, only the strictly checked Mac Roman and cp437 re-reads stand.
    if (fixed !== text && (evident || detector.yields) && badness(fixed) < badness(text)) return { text: fixed, steps };
  }
  return null;
}

function rereadInContext(span: string, before: string, after: string, detector: SpanDetector): Repair {
  const inContext = (s: string) => badness(before + s + after);
  const was = inContext(span);
  if (was > 0) {
    for (const page of detector.pages) {
      const fixed = reread(span, page);
      if (fixed === null || (detector.yields && !detector.yields.test(fixed))) continue;
      if (inContext(fixed) < was) return { text: fixed, steps: [`UTF-8 read as ${page.label}`] };
    }
  }
  return { text: span, steps: [] };
}

/**
 * C1 controls left over are Windows-1252 characters read as Latin-1 ("\x93" for "“"), the
 * way browsers read them. The five bytes Windows-1252 leaves undefined stay as they are.
 */
function readC1AsWindows1252(text: string): Repair | null {
  const fixed = text.replace(C1, (c) => WINDOWS_1252.chars[c.charCodeAt(0)]!);
  return fixed === text ? null : { text: fixed, steps: ["C1 controls read as Windows-1252"] };
}
