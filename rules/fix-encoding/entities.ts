import { decodeHTMLStrict } from "entities";
import type { Change } from "./changes.js";

/**
 * HTML character references left in text by scrapers ("&#8217;", "&amp;", "&nbsp;"), decoded
 * with the HTML5 table of the `entities` package; only the unambiguous form that ends in a
 * semicolon, so that "this&not that" stays. A scraper that escaped twice leaves "&amp;#8217;":
 * the chain is decoded whole.
 */
const REFERENCE = /&(?:amp;)*(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/** A reference shown as itself: quoted, bracketed or in backticks ("write “&amp;” for"). */
const OPENERS: Record<string, string> = { '"': '"', "'": "'", "“": "”", "‘": "’", "`": "`", "(": ")", "«": "»" };
/** Code or markup on the line: its references are code, not text. */
const MARKUP_LINE = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<!--|`[^`]*&[^`]*`/;
/**
 * A document that talks about markup: its references may be the subject, so all stay. The
 * names are matched in capitals, never inside a link or file name ("story.html"), and
 * "markup" only as a language (a price markup is news).
 */
const ABOUT_MARKUP = [
  /(?<![\w./-])(?:X?HTML5?|XML|SGML)\b/,
  /\bmarkup languages?\b|\b(?:character|named|numeric) (?:entit(?:y|ies)|references?)\b|\bescape (?:sequences?|characters?|codes?)\b/i,
];

// Characters no article means to contain: a reference to one is damage, not text.
const UNWANTED = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd\ud800-\udfff]/;

export function isAboutMarkup(text: string): boolean {
  return ABOUT_MARKUP.some((pattern) => pattern.test(text));
}

export function entityChanges(line: string): Change[] {
  if (!line.includes("&") || MARKUP_LINE.test(line)) return [];
  const changes: Change[] = [];
  for (const m of line.matchAll(REFERENCE)) {
    const start = m.index;
    const end = start + m[0].length;
    const closer = OPENERS[line[start - 1] ?? ""];
    if (closer !== undefined && closer === line[end]) continue;
    const decoded = decodeHTMLStrict(m[0].replace(/^&(?:amp;)+/, "&"));
    const undecoded = decoded.startsWith("&") && decoded.length > 1;
    if (undecoded || UNWANTED.test(decoded)) continue;
    changes.push({ start, end, after: decoded });
  }
  return changes;
}
