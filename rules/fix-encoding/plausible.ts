/**
 * Whether a re-reading brings in only letters that real text is made of. A few punctuation
 * marks and accented letters, re-read in another code page, can spell a letter nobody writes:
 * "”é" is Mac Roman for the bytes of the Cyrillic "ӎ", a no-break space and "â€™" those of
 * "ʉ۪"; "ŒÄ" those of an unassigned code point. A wrong letter is worse than mojibake left
 * alone, so a repair may bring in only letters of the alphabets in common use, as their
 * languages write them.
 */

/** Letters and marks of the alphabets in common use: the ranges their languages write with. */
const COMMON_LETTER = new RegExp(
  "[" +
    [
      "A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u024f\\u1e00-\\u1eff\\ufb00-\\ufb06ʻʼˆˇ˘˙˚˛˜˝", // Latin, ligatures ("ﬁ"), the modifiers of the code pages
      "\\u0300-\\u036f\\u20d0-\\u20ff\\ufe00-\\ufe0f", // combining accents, marks of symbols and emoji ("⬇️")
      "\\u0386-\\u03ce", // Greek
      "\\u0400-\\u045f\\u0490\\u0491", // Cyrillic
      // The letters Kazakh, Kyrgyz, Tatar, Bashkir, Tajik and Mongolian add to it (әғқңөұүһ, җ, ҙҫҡ, ӣӯҳҷ), and Azerbaijani's ə
      "\\u0492\\u0493\\u0496-\\u0499\\u049a\\u049b\\u04a0-\\u04a3\\u04aa\\u04ab\\u04ae-\\u04b3\\u04b6\\u04b7\\u04ba\\u04bb\\u04d8\\u04d9\\u04e2\\u04e3\\u04e8\\u04e9\\u04ee\\u04ef\\u0259",
      "\\u0531-\\u0556\\u0561-\\u0587", // Armenian
      "\\u05b0-\\u05c7\\u05d0-\\u05ea", // Hebrew
      "\\u0621-\\u0652\\u0670-\\u06d3\\ufb50-\\ufdff\\ufe70-\\ufefc", // Arabic, Persian, Urdu, presentation forms
      "\\u0900-\\u0dff", // Indic scripts
      "\\u0e01-\\u0e5b", // Thai
      "\\u10d0-\\u10fa", // Georgian
      "\\u1100-\\u11ff\\u3131-\\u318e\\uac00-\\ud7a3", // Hangul
      "\\u3005-\\u3007\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\uff10-\\uffef", // kana, Han, full and half width forms
    ].join("") +
    "]",
  "u",
);
/** What is checked: letters, marks, the spacing modifiers ("˃", not a letter) and code points no text holds. */
const CHECKED = /[\p{L}\p{M}\u02b0-\u02ff\p{Cn}\p{Co}]/u;

/** Whether `after`, a re-reading of `before`, brings in only letters of common alphabets. */
export function isPlausible(before: string, after: string): boolean {
  let had: Set<string> | undefined;
  for (const c of new Set(after)) {
    if (!CHECKED.test(c) || COMMON_LETTER.test(c)) continue;
    had ??= new Set(before);
    if (!had.has(c)) return false;
  }
  return true;
}
