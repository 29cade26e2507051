import { decodeHTMLStrict } from "entities";
import type { Change } from "./changes.js";
import { isQuotedExample, standsAlone } from "./examples.js";

/**
 * HTML character references left in text by scrapers ("&#8217;", "&amp;", "&nbsp;"), decoded
 * with the HTML5 table of the `entities` package; only the unambiguous form that ends in a
 * semicolon, so that "this&not that" stays. A scraper that escaped twice leaves "&amp;#8217;":
 * the chain is decoded whole.
 */
const REFERENCE = /&(?:amp;)*(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/g;

/** Code or markup on the line: its references are code, not text. */
const MARKUP_LINE = /<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?\/?>|<!--|`[^`]*&[^`]*`/;

// Characters no article means to contain: a reference to one is damage, not text.
const UNWANTED = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ufffd\ud800-\udfff]/;

/** `aboutCharacters`: the document names the characters references are written for (see examples.ts). */
export function entityChanges(line: string, aboutCharacters = false): Change[] {
  if (!line.includes("&") || MARKUP_LINE.test(line)) return [];
  const changes: Change[] = [];
  for (const m of line.matchAll(REFERENCE)) {
    const start = m.index;
    const end = start + m[0].length;
    if (isQuotedExample(line, start, end) || (aboutCharacters && standsAlone(line, start, end))) continue;
    const decoded = decodeHTMLStrict(m[0].replace(/^&(?:amp;)+/, "&"));
    const undecoded = decoded.startsWith("&") && decoded.length > 1;
    if (undecoded || UNWANTED.test(decoded)) continue;
    changes.push({ start, end, after: decoded });
  }
  return changes;
}
