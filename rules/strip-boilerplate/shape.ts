/**
 * What a line looks like, independent of where it came from: how long, whether it carries a
 * sentence of reporting, and whether it is one of the lines of an article's head and foot
 * (byline, dateline, attribution) that look like chrome but belong to the article.
 */

const WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*/gu;
// Scripts written without spaces: two characters count as a word.
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu;

export function wordCount(line: string): number {
  if (!/[^\x00-\x7f]/.test(line)) return asciiWordCount(line);
  const unspaced = line.match(UNSPACED)?.length ?? 0;
  const spaced = line.replace(UNSPACED, " ").match(WORD)?.length ?? 0;
  return spaced + Math.ceil(unspaced / 2);
}

/** Runs of letters and digits, counted without building strings: most lines are ASCII. */
function asciiWordCount(line: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i) | 0x20; // folds A-Z onto a-z
    const wordChar: boolean = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (inWord && (c === 0x27 || c === 0x2e || c === 0x2d));
    if (wordChar && !inWord) count++;
    inWord = wordChar;
  }
  return count;
}

const SENTENCE_END = /[.!?。！？…](?:["'”’)\]]+)?\s*$/u;
const TITLE_WORD = /^[\p{Lu}\p{N}]/u;
const MINOR_WORD = /^(?:a|an|the|and|or|of|in|on|at|to|for|by|with|from|as|is|vs\.?|de|la|le|et)$/iu;

/** Most words capitalised: a headline, a menu entry, a link to another story. */
export function isTitleCase(line: string): boolean {
  const words = line.match(WORD) ?? [];
  const major = words.filter((w) => !MINOR_WORD.test(w));
  if (major.length < 2) return false;
  return major.filter((w) => TITLE_WORD.test(w)).length / major.length >= 0.8;
}

/**
 * A headline run into its summary ("Customers Leave Without Paying $690 Bill At Troy
 * Steakhouse A party of six left..."): a teaser, however long. Prose reaches a lowercase word
 * within a few words, even after a name.
 */
export function isTeaser(line: string): boolean {
  const words = new RegExp(WORD.source, "gu");
  let capitalised = 0;
  let minor = 0;
  for (let m = words.exec(line); m; m = words.exec(line)) {
    if (MINOR_WORD.test(m[0])) minor++;
    else if (TITLE_WORD.test(m[0])) capitalised++;
    else return capitalised >= TEASER_TITLE_WORDS;
  }
  return capitalised >= TEASER_TITLE_WORDS && minor > 0;
}

const TEASER_TITLE_WORDS = 6;
const LONG_LINE_WORDS = 30;

// The page speaking to its reader or about itself, rather than reporting.
const ADDRESS = /\b(?:you|your|you're|we'd|our|click|tap|subscribe|subscribers?|sign(?:ed)? up|sign in|log(?:ged)? in|register|newsletters?|follow us|share (?:this|on)|comments?|cookies?|advertisements?|browser|app|download|copyright|all rights reserved|read more|continue reading|https?:|www\.)\b|©/iu;
const REPORTING = /\b(?:said|says|told|according to|reported|announced|stated|added|declared|explained)\b/iu;

function addressesReader(line: string): boolean {
  return ADDRESS.test(line) && !REPORTING.test(line);
}

// The site selling itself: memberships, apps, deliveries, commissions, tips.
const PROMOTION = /\b(?:you|your|our|us|subscribe|subscribers?|subscription|members?|membership|join|support|newsletters?|inbox|delivered|download|app|commission|sign up|register|tell a friend|tips?|bookmark|favourites?|follow)\b/iu;

/** A line in which the site speaks to its reader about itself. */
export function promotes(line: string): boolean {
  return PROMOTION.test(line) && !REPORTING.test(line);
}

/** A sentence of reporting: several words, a sentence ending, not a headline or a prompt. */
export function isReportingSentence(line: string): boolean {
  const words = wordCount(line);
  if (words < 3 || !SENTENCE_END.test(line)) return false;
  // Headlines are short: a long line is not tested for one.
  return (words > LONG_LINE_WORDS || !isTitleCase(line)) && !addressesReader(line);
}

// A quotation of a few words or more: speech is article text even when short and repeated.
const QUOTED = /["“«„][^"“”«»„]{12,}["”»]|^['‘][^'‘’]{12,}['’]/u;

export function isQuoted(line: string): boolean {
  return QUOTED.test(line);
}

const MONTH = "(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const DAY = "(?:mon|tues|wednes|thurs|fri|satur|sun)day";
const DATE = `(?:${DAY},? )?(?:\\d{1,2}(?:st|nd|rd|th)? ${MONTH},? \\d{4}|${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})`;
const TIME = "(?:,? (?:at )?\\d{1,2}[:.]\\d{2}(?: ?[ap]\\.?m\\.?)?(?: [a-z]{2,4})?)?";
// "Posted March 20, 2017", "Friday 24 November 2017 16:26 GMT", "Updated: 2019-11-18 10:00".
const DATELINE = new RegExp(`^(?:(?:posted|published|updated|last updated|first published)(?: on)?:? )?${DATE}${TIME}(?: \\| .{0,40})?$`, "iu");
// "By Caroline Mortimer", "By Jane Doe and John Roe, Reuters".
const BYLINE = /^(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or)\s+\p{Lu}[\p{L}.'’-]*(?:[ ,]+(?:and |&\s)?\p{Lu}[\p{L}.'’-]*){0,6}$/u;
// "Caroline Mortimer": a byline when it stands beside a dateline.
const BARE_NAME = /^\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}\.?)? \p{Lu}[\p{Ll}'’-]+(?:-\p{Lu}\p{Ll}+)?$/u;
// "Additional reporting by Reuters", "(Reporting by ...; editing by ...)", "Source: AP",
// "Contributed by ... of www...", "Originally published at ...".
const ATTRIBUTION = /^\(?(?:additional |with )?(?:reporting|writing|editing|research|contributions?) (?:by|from)\b|^(?:contributed|written|reported|republished(?: with permission)?|originally published|first published)(?: by| from| at| on| in)\b|^\(?(?:source|sources|via|courtesy of|with files from)\b\s*:?/iu;

/** Head and foot lines of the article itself, kept whatever the evidence against them. */
export function protectedKind(line: string): "dateline" | "byline" | "name" | "attribution" | null {
  const t = line.trim();
  if (DATELINE.test(t)) return "dateline";
  if (BYLINE.test(t)) return "byline";
  if (ATTRIBUTION.test(t)) return "attribution";
  if (BARE_NAME.test(t)) return "name";
  return null;
}
