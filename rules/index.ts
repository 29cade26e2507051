import type { AnyRule } from "../src/core/types.js";
import fixSpacing from "./fix-spacing.js";
import restoreApostrophes from "./restore-apostrophes.js";
import restoreBlanks from "./restore-blanks.js";

/**
 * The built-in rules, in pipeline order: each runs on the previous one's output. The order is
 * encodings first (every later rule needs real characters), then boilerplate (less text for
 * the rest), spacing, blank restoration (which needs "U.S." and "region.”" already mended and
 * quote pairs as the scraper left them), and quotes last (so restored words are styled too):
 * fix-encoding, strip-boilerplate, fix-spacing, restore-apostrophes, restore-blanks, fix-quotes.
 * Apostrophes come back before blanks are read, so "Kim  ’s" and "don t" are words again.
 */
export const BUILT_IN_RULES: readonly AnyRule[] = [fixSpacing, restoreApostrophes, restoreBlanks];
