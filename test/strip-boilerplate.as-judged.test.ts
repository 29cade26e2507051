/**
 * asJudged runs each Unicode rewrite only where a cheaper plain pattern found a chance of it
 * (docs/performance.md). The shortcut must never change a line: on lines made of the characters
 * the rewrites look at, it gives what the plain chain of rewrites gives.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { asJudged, surelyLonger, surelyLongerInChars } from "../rules/strip-boilerplate/lines.js";
import { wordCount } from "../rules/strip-boilerplate/shape.js";

/** The definition: every rewrite on every line, in order, again until none changes the line (four rounds at most). */
function everyRewrite(line: string): string {
  let judged = oneRound(line);
  for (let round = 1; round < 4 && judged !== line; round++) [line, judged] = [judged, oneRound(judged)];
  return judged;
}

function oneRound(line: string): string {
  return line
    .replace(/[\u200B\u2060\uFEFF\u00AD]/gu, "")
    .replace(/[\u00A0\u202F\u2007]/gu, " ")
    .replace(/[‘’]/gu, "'")
    .replace(/[“”]/gu, '"')
    .replace(/(?<![\p{L}\p{N}.])(\p{L}{1,2}\.) (?=\p{L}{1,2}\.)/gu, "$1")
    .replace(/(?<=\p{L}) (?=(?:s|t|m|re|ve|ll|d)(?![\p{L}\p{N}]))/gu, "'")
    .replace(/(?<=\S) (?=[.,](?:\s|$|["')\]]))/gu, "")
    .replace(/(?<=[^\s][.!?,…]) (?=['"](?:\s|$|[)\].,;:!?]))/gu, "")
    .replace(/(?<=\p{L}[.!?]["')]?|\d{4})(?=\p{Lu}\p{Ll})/gu, " ");
}

// Letters (ASCII, accented, astral), the fragments after a lost apostrophe, and the marks,
// spaces and invisible characters the rewrites act on; a few pieces of the damage itself, so
// that its rarer shapes (split abbreviations of astral letters) come up.
const PIECES = ["U", "S", "É", "a", "é", "𝐀", "7", "s", "t", "m", "re", "ve", "ll", "d", "don", ".", ",", "!", "…", " ", " ", "\u00A0", "\u200B", "'", '"', "’", "‘", "“", "”", ")", "\t"];
const DAMAGE = ["U. ", "𝐀𝐀. ", "é. ", "S.", "𝐀𝐀.", "n t", " s ", ". ”", ', "', "a .", "a ,", "a.Ua", "a.”Éa", "2017", "2017Éa"];
const line = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.constantFrom(...DAMAGE)), { maxLength: 24 }).map((parts) => parts.join(""));

describe("asJudged", () => {
  it("gives what every rewrite in turn gives", () => {
    fc.assert(
      fc.property(line, (l) => {
        expect(asJudged(l)).toBe(everyRewrite(l));
      }),
      { numRuns: 20_000 },
    );
  });

  it("judges a judged line as it is: the clean line gets the verdict of the line it came from", () => {
    fc.assert(
      fc.property(line, (l) => {
        expect(asJudged(asJudged(l))).toBe(asJudged(l));
      }),
      { numRuns: 20_000 },
    );
    // A full stop whose space goes makes "us." one more part of a split abbreviation.
    expect(asJudged("the us . U. S. said")).toBe(asJudged("the us. U.S. said"));
  });

  it("mends the damage it is for", () => {
    expect(asJudged("The U. S. said it couldn t. ”")).toBe('The U.S. said it couldn\'t."');
    expect(asJudged("Plain text, nothing to do.")).toBe("Plain text, nothing to do.");
    expect(asJudged("Visit AmmoLand.com . It said so.Then left , later")).toBe("Visit AmmoLand.com. It said so. Then left, later");
    expect(asJudged("Featured image via . ” ")).toBe('Featured image via." ');
  });

  it("counts only words that judging cannot join: surelyLonger never says more words than the judged line has", () => {
    // Words of one to four letters (and "re", "ll", "don t"), so that the spaces it counts sit beside the damage.
    const words = fc.array(fc.oneof({ arbitrary: fc.constantFrom(...PIECES, ...DAMAGE), weight: 2 }, { arbitrary: fc.constantFrom(" abc", " Word", "tree", " re", " ll", "ve", "don t", " sss", "é.", "2017", "A."), weight: 3 }), { maxLength: 40 }).map((p) => p.join(""));
    let told = 0;
    fc.assert(
      fc.property(words, fc.integer({ min: 0, max: 8 }), (l, limit) => {
        if (!surelyLonger(l, limit)) return;
        told++;
        expect(wordCount(asJudged(l), limit)).toBeGreaterThan(limit);
      }),
      { numRuns: 20_000 },
    );
    expect(told).toBeGreaterThan(1000);
    expect(surelyLonger("The cat sat on the mat and then left the room.", 5)).toBe(true);
    expect(surelyLonger("The U. S. said it couldn t.", 3)).toBe(false);
  });

  it("counts only characters that judging cannot take away: surelyLongerInChars never says more than the judged, trimmed line has", () => {
    let told = 0;
    fc.assert(
      fc.property(line, fc.integer({ min: 0, max: 30 }), (l, limit) => {
        if (!surelyLongerInChars(l, limit)) return;
        told++;
        expect(asJudged(l).trim().length).toBeGreaterThan(limit);
      }),
      { numRuns: 20_000 },
    );
    expect(told).toBeGreaterThan(1000);
    expect(surelyLongerInChars("U. S. said", 7)).toBe(true);
    expect(surelyLongerInChars(" a\u200B b\u00A0c\uFEFF ", 3)).toBe(false);
  });
});
