/**
 * How much a text looks like mojibake: the number of character sequences in it that UTF-8
 * misread as a single-byte code page produces and real writing almost never does ("Ã©",
 * "â€™", "Ð¿Ñ€", "‚Äô"). Correct text in any language scores 0; a repair must lower it.
 *
 * The idea and the character categories follow ftfy's `badness` (Robyn Speer, Apache-2.0,
 * https://github.com/rspeer/python-ftfy): only a few hundred characters ever appear in
 * mojibake, and what gives it away is how they sit next to each other.
 */

import { CODE_PAGES } from "./codepages.js";

/** The characters that mojibake is made of, by the company they keep. */
const CATEGORY = {
  /** Frequent in real text too: allowed next to anything except in the Arabic pattern. */
  common: "\u00a0\u00ad\u00b7\u00b4\u2013\u2014\u2015\u2026\u2019",
  /** C1 controls: no use left outside mojibake. */
  c1: "\u0080-\u009f",
  /** Nearly always mojibake. */
  bad: "¦¤¨¬¯¸ƒˆˇ˘˛˜†‡‰⌐◊\ufffdªº",
  law: "¶§",
  currency: "¢£¥₧€",
  startPunctuation: "¡«¿©΄΅‘‚“„•‹\uf8ff",
  endPunctuation: "®»˝”›™",
  numeric: "²³¹±¼½¾×µ÷⁄∂∆∏∑√∞∩∫≈≠≡≤≥№",
  /** Letters of emoticon faces ("Ôôô", "( o¬ô )"): allowed in odd company. */
  kaomoji: "Ò-ÖÙ-Üò-öø-üŐŌŪŲ°",
  upperAccented: "À-ÑØÜÝĂĀĄĆČĎĐĘĚĒĖĞĢİĪĶĹĽŁĻŃŇŅŒŘŚŞŠŢŤŮŰŸŹŻŽҐ",
  lowerAccented: "ßà-ñăąāćčďđęěēėğģįīķĺľłļœŕśşšťüźżžґﬁﬂ",
  /** Greek and Cyrillic capitals: a whole alphabet, common at word ends. */
  upperCommon: "ÞΑ-ΩΆΈΉΊΌΎΏΪΫЁ-Я",
  lowerCommon: "α-ωάέήίΰа-џ",
  box: "│┌┐┘├┤┬┼═-╬▀▄█▌▐░▒▓",
};

type Category = keyof typeof CATEGORY;

const MAC_ROMAN = CODE_PAGES.find((p) => p.name === "macintosh")!;
/** Mac Roman's characters for UTF-8 continuation bytes, and for lead bytes of 3-byte sequences. */
const macRange = (from: number, to: number) => MAC_ROMAN.forms.slice(from, to).flat().join("");
const MAC_CONTINUATION = macRange(0x80, 0xc0);
const MAC_LEAD3 = macRange(0xe0, 0xf0);
/** What follows "¬" (0xC2) in Mac Roman mojibake of "½ ° £ © ® § ±" (not "«": "¬´" is a face). */
/** Windows-1252's characters for bytes 0x80-0x9F, and for all continuation bytes. */
const WINDOWS_1252 = CODE_PAGES.find((p) => p.name === "windows-1252")!;
const WIN_PUNCTUATION = WINDOWS_1252.chars.slice(0x80, 0xa0).join("");
const WIN_CONTINUATION = WINDOWS_1252.chars.slice(0x80, 0xc0).join("");
const MAC_AFTER_C2 = [0xbd, 0xb0, 0xa3, 0xa9, 0xae, 0xa7, 0xb1].flatMap((byte) => MAC_ROMAN.forms[byte]!).join("");

/** A character class of the union of some categories plus extra literal characters. */
function of(categories: Category[], extra = ""): string {
  return `[${categories.map((c) => CATEGORY[c]).join("")}${extra}]`;
}

const WORD = "[\\p{L}\\p{N}_]";
const LETTERS: Category[] = ["lowerAccented", "upperAccented"];
const SYMBOLS: Category[] = ["box", "startPunctuation", "endPunctuation", "currency", "numeric", "law"];

// The start of a word in capitals that is no mojibake: an ASCII capital or one beyond Latin-1 ("H", "Ộ", "Ư").
const CAPITAL_WORD = "[A-Z\u0100-\u024f\u1e00-\u1eff]";

/** Each alternative is one kind of evidence; every match counts once. */
const EVIDENCE: readonly string[] = [
  of(["c1"]),
  // A mojibake-only character next to an accented letter or symbol, on either side.
  of(["bad", ...LETTERS, ...SYMBOLS]) + of(["bad"]),
  "[a-zA-Z]" + of(["lowerCommon", "upperCommon"]) + of(["bad"]),
  of(["bad"]) + of([...LETTERS, ...SYMBOLS]),
  // A capital after a small letter or symbol ("Ã©" read backwards is "é" + capital).
  of(["lowerAccented", "lowerCommon", "box", "endPunctuation", "currency", "numeric"]) + of(["upperAccented"]),
  of(["box", "endPunctuation", "currency", "numeric"]) + of(["lowerAccented"]),
  of(["lowerAccented", "box", "endPunctuation"]) + of(["currency"]),
  "\\s" + of(["upperAccented"]) + of(["currency"]),
  of(["upperAccented", "box"]) + of(["numeric", "law"]),
  of([...LETTERS, "box", "currency", "endPunctuation"]) + of(["startPunctuation"]) + of(["numeric"]),
  of([...LETTERS, "currency", "numeric", "box", "law"]) + of(["endPunctuation"]) + of(["startPunctuation"]),
  of(["currency", "numeric", "box"]) + of(["startPunctuation"]),
  "[a-z]" + of(["upperAccented"]) + of(["startPunctuation", "currency"]),
  of(["box"]) + of(["kaomoji"]),
  of([...LETTERS, "currency", "numeric", "startPunctuation", "endPunctuation", "law"]) + of(["box"]),
  of(["box"]) + of(["endPunctuation"]),
  of(LETTERS) + of(["startPunctuation", "endPunctuation"]) + WORD,
  // The ligature œ before anything but a Latin letter; a degree sign after a capital.
  "[Œœ][^A-Za-z]",
  of(["upperAccented"]) + "°",
  // Windows-1252 pairs the general patterns miss: "Â " for a no-break space, "Ã©", "â€". A
  // quote mark counts only inside a word ("ESPAÃ‘A"): after a word ending in "Ã" ("IRMÃ”") it
  // is a quote, and the same text with a straight mark, which fix-quotes curls, is no evidence.
  "[ÂÃÎÐ]" + `[${(CATEGORY.startPunctuation + CATEGORY.endPunctuation).replace(/[“”‘]/gu, "")}€œŠš¢£Ÿž\u00ad®©°·»–—´]`,
  // A no-break space after "Â", "Î", and after an "Ã" or "Ð" that does not end a word in
  // capitals: Portuguese ends capitalised words in "Ã" ("AMANHÃ", "IRMÃ"), Vietnamese too ("NGÃ
  // TƯ", "XÃ HỘI"), Icelandic in "Ð" ("FÓLKIÐ OG", "GUÐ BLESSI"), and a page may put a no-break
  // space after one; read as UTF-8, the pairs are "à" and the Cyrillic "Р". After two capitals an
  // "Ã" ends such a word; after one, an "Ã" or "Ð" does only before another word in capitals (an
  // ASCII capital or one beyond Latin-1): "LÃ -bas", "HÃ  Ná»™i", "Ð Ð¾ÑÑÐ¸Ñ" are mojibake.
  // (The lookbehinds are written after the pair, so that they are tried only where it is.)
  "[ÂÎÃÐ]\u00a0(?<!\\p{Lu}\\p{Lu}Ã\u00a0)(?!(?<=\\p{Lu}[ÃÐ]\u00a0)" + CAPITAL_WORD + ")",
  "[ÂÃÎÐ][“”‘]" + WORD,
  "×[²³]",
  // Arabic read as Windows-1252 is made of common characters: demand two pairs.
  "[ØÙ]" + of(["common", "currency", "bad", "numeric", "startPunctuation"], "ŸŠ®°µ»") +
    "[ØÙ]" + of(["common", "currency", "bad", "numeric", "startPunctuation"], "ŸŠ®°µ»"),
  // Lead bytes of Indic scripts read as Windows-1252.
  "à[²µ¹¼½¾]",
  // Mac Roman.
  "√[±∂†≠®™´≤≥¥µø]",
  "≈[°¢]",
  "‚Ä[ìîïòôúùû†°¢π]",
  "‚[âó][àä°ê]",
  // Mac Roman of a 2-byte letter after a letter ("Krankenh√§user"), of Latin-1 symbols, of
  // Cyrillic ("–ù–∞" for "На": the lead bytes are dashes) and of 3-byte scripts (Korean "ÏãúÏûë").
  "[A-Za-z\u00c0-\u024f]√[" + MAC_CONTINUATION + "]",
  "¬[" + MAC_AFTER_C2 + "]",
  "(?:[–—][" + MAC_CONTINUATION + "]){2}",
  "(?:[" + MAC_LEAD3 + "][" + MAC_CONTINUATION + "]{2}){2}",
  // Symbols from U+2000 to U+2FFF (currencies, arrows, "™", "₩": "â‚©"), whose first two
  // bytes are "â" and Windows punctuation, or "‚" and a Mac Roman letter.
  "â[" + WIN_PUNCTUATION + "][" + WIN_CONTINUATION + "]",
  "‚[" + MAC_CONTINUATION + "]{2}",
  // Mac Roman of 4-byte characters (emoji): the lead byte 0xF0 is the Apple logo.
  "\uf8ff[" + MAC_CONTINUATION + "]{3}",
  // Windows-1251: punctuation, and Latin-1 or Cyrillic in three-character runs.
  "вЂ",
  "[ВГРС]" + of(["c1", "bad", "startPunctuation", "endPunctuation", "currency"], "°µ") + "[ВГРС]",
  "ГўВЂВ.[A-Za-z ]",
  // "á" (whose second byte is "¡"; "à" is above), and a lone "Ã" or "Â".
  "Ã¡",
  // Soft hyphens and other invisible characters, which fix-spacing takes out of words, count for nothing.
  "[a-z][\\s\u00ad\u200b\u2060\ufeff]?[ÃÂ] ",
  "^[ÃÂ] ",
  "[a-z.,?!" + CATEGORY.endPunctuation + "] Â [ " + CATEGORY.startPunctuation + CATEGORY.endPunctuation + "]",
  // Windows-1253 (Greek) and Windows-1257 (Baltic).
  "β€[™\u00a0Ά\u00ad®°]",
  "[ΒΓΞΟ]" + of(["c1", "bad", "startPunctuation", "endPunctuation", "currency"], "°") + "[ΒΓΞΟ]",
  "ā€",
];

const BADNESS = new RegExp(EVIDENCE.join("|"), "gu");
const ANY_BADNESS = new RegExp(BADNESS.source, "u");
/**
 * Every kind of evidence needs two non-ASCII characters side by side or one of these: a quick
 * test that lets most lines of real text (one "£" here, one "é" there) skip the long one.
 */
const MAYBE_BAD = /[\u0080-\u009fŒœÃÂ]|[^\x00-\x7f]{2}/;

export function badness(text: string): number {
  return MAYBE_BAD.test(text) ? (text.match(BADNESS)?.length ?? 0) : 0;
}

export function isBad(text: string): boolean {
  return MAYBE_BAD.test(text) && ANY_BADNESS.test(text);
}

// Wide enough for every kind of evidence, which spans at most four characters around a change.
export const AROUND = 4;

/**
 * Whether replacing `text.slice(start, end)` by `replacement` makes evidence of mojibake appear
 * around it. Rules after fix-encoding ask, so that what they write ("Ã\u202fthe" with a plain
 * space, 'Ã"U' with a curly quote) is not repaired by fix-encoding on the next run.
 */
export function makesMojibake(text: string, start: number, end: number, replacement: string): boolean {
  // fix-encoding judges each line on its own ("^Ã " is evidence at the start of a line).
  const before = text.slice(Math.max(0, start - AROUND), start).replace(/^[^]*\n/, "");
  const after = text.slice(end, end + AROUND).replace(/\n[^]*$/, "");
  return badness(before + replacement + after) > badness(before + text.slice(start, end) + after);
}
