/**
 * Damage shown on purpose: an article about markup or text encodings shows references and
 * mojibake as its examples ("write “&amp;” for", "é becomes Ã©"). Repairing them would change
 * what it says, so these are left as they are.
 */

/**
 * A reference shown as itself: quoted, bracketed or in backticks, and nothing else inside. Not
 * for mojibake: a word garbled whole stands in brackets or quotes as often as any other.
 */
const OPENERS: Record<string, string> = { '"': '"', "'": "'", "“": "”", "‘": "’", "`": "`", "(": ")", "«": "»" };

export function isQuotedExample(line: string, start: number, end: number): boolean {
  const closer = OPENERS[line[start - 1] ?? ""];
  return closer !== undefined && closer === line[end];
}

/**
 * A document that talks about markup. The names are matched in capitals, never inside a link
 * or file name ("story.html"), and "markup" only as a language (a price markup is news).
 */
const ABOUT_MARKUP = [
  /(?<![\w./-])(?:X?HTML5?|XML|SGML)\b/,
  /\bmarkup languages?\b|\b(?:character|named|numeric) (?:entit(?:y|ies)|references?)\b|\bescape (?:sequences?|characters?|codes?)\b/i,
];

export function isAboutMarkup(text: string): boolean {
  return ABOUT_MARKUP.some((pattern) => pattern.test(text));
}

/**
 * A document that names, as characters, those that references stand in for (the ampersand, the
 * less-than sign): a reference standing alone as a word there is how it is written ("to put
 * one on a page you type &amp; in the source"). One inside a word ("Q&amp;A") is still damage.
 */
const ABOUT_CHARACTERS = /\bampersands?\b|\b(?:less|greater)[- ]than (?:signs?|symbols?)\b/i;

export function isAboutCharacters(text: string): boolean {
  return ABOUT_CHARACTERS.test(text);
}

/** A reference standing alone as a word: white space or the line's edge before it, and after it too, or punctuation. */
export function standsAlone(line: string, start: number, end: number): boolean {
  return /^\s?$/u.test(line[start - 1] ?? "") && /^[\s.,;:!?]?$/u.test(line[end] ?? "");
}

/**
 * A document that talks about text encodings: it names mojibake, or names an encoding and
 * speaks of encoding or decoding. A page's "charset=UTF-8" alone says nothing of its subject.
 * In other languages too: mojibake is 文字化け in Japanese, 乱码 in Chinese, кракозябры in
 * Russian; an encoding is 编码, 文字コード, кодировка, кодування, 인코딩.
 */
const MOJIBAKE = /\bmojibake\b|文字化け|乱码|亂碼|кракозябр/iu;
const ENCODING_NAME = /(?<![\w.-])(?:UTF-?(?:8|16)|Windows-125\d|cp ?125\d|Latin-1|ISO[- ]?8859(?:-\d{1,2})?|Mac ?Roman)(?![\w-])/i;
const ENCODING_TALK = /\b(?:en|de)cod(?:e|es|ed|ing|ings|er|ers)\b|编码|編碼|文字コード|エンコード|кодировк|кодуванн|인코딩/iu;

export function isAboutEncodings(text: string): boolean {
  return MOJIBAKE.test(text) || (ENCODING_NAME.test(text) && ENCODING_TALK.test(text));
}
