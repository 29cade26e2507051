import type { AnyRule } from "../src/core/types.js";
import fixEncoding from "./fix-encoding.js";
import stripBoilerplate from "./strip-boilerplate.js";
import fixSpacing from "./fix-spacing.js";
import restoreApostrophes from "./restore-apostrophes.js";
import restoreBlanks from "./restore-blanks.js";
import fixQuotes from "./fix-quotes.js";

/**
 * The built-in rules, in pipeline order: each runs on the previous one's output. Encodings come
 * first (every later rule needs real characters), then boilerplate (less text for the rest),
 * spacing, the restorers of deleted words and apostrophes (which need "U.S." and "region.”"
 * already mended and quote pairs as the scraper left them), and quotes last, so that restored
 * words are styled too.
 */
export const BUILT_IN_RULES: readonly AnyRule[] = [fixEncoding, stripBoilerplate, fixSpacing, restoreApostrophes, restoreBlanks, fixQuotes];
