/**
 * fix-spacing's screens stand for patterns: each must answer exactly as its pattern's test,
 * astral letters, lone surrogates and the rare characters included.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { holdsAny, holdsSplitAbbreviationPart } from "../rules/fix-spacing/screens.js";

const unit = fc.constantFrom("a", "U", "S", "é", "ß", "Ω", "\ud835\udc00", "\ud83d\ude00", "\ud800", "ª", "1", ".", ". ", " ", "\n", "\r", "\u2028", "\u00a0", "\u202f", "\u200b", "\u00ad", "”", "’", "-");
const text = fc.array(unit, { maxLength: 30 }).map((units) => units.join(""));

describe("fix-spacing's screens", () => {
  it("find a split abbreviation's part where /\\. \\p{L}{1,2}\\./u does", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(holdsSplitAbbreviationPart(t)).toBe(/\. \p{L}{1,2}\./u.test(t));
      }),
      { numRuns: 20000 },
    );
  });

  it("find any of a few characters where a class of them does", () => {
    fc.assert(
      fc.property(text, fc.constantFrom("\r\u2028\u2029", "\u200B\u2060\uFEFF\u00AD", "\u00A0\u202F\u2007"), (t, chars) => {
        expect(holdsAny(t, chars)).toBe(new RegExp(`[${chars}]`).test(t));
      }),
      { numRuns: 5000 },
    );
  });
});
