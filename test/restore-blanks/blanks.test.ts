import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { blanksBySpacing, detectBlanks, showsBlanks, showsCertainBlanks, spacingRuns } from "../../rules/restore-blanks/blanks.js";
import { simulateDamage } from "../../rules/restore-blanks/damage.js";

/** The text of each blank with a few characters either side, to read failures at a glance. */
function blanksIn(text: string, certainty = "certain") {
  return detectBlanks(text)
    .filter((b) => b.certainty === certainty)
    .map((b) => text.slice(Math.max(0, b.start - 6), b.end + 6));
}

describe("detectBlanks", () => {
  it("tells the blank before a word from the spacing around a dateline dash", () => {
    const text = "PARIS  —   France chose an idealistic, traditional   candidate on Sunday.";
    expect(blanksIn(text)).toEqual(["tional   candid"]);
    const [blank, ...others] = detectBlanks(text).filter((b) => b.certainty === "certain");
    expect(others).toEqual([]);
    expect(text.slice(blank!.start, blank!.end)).toBe("   ");
    expect(blank!.start).toBe(text.indexOf("traditional") + "traditional".length);
  });

  it("finds a blank before a possessive and between words", () => {
    expect(blanksIn("Kang found fault with Kim  ’s autopsy.")).toEqual(["th Kim  ’s aut"]);
    expect(blanksIn("begging for a   day or   hour, very hard")).toEqual([" for a   day or", "day or   hour, "]);
  });

  it("finds an empty quote pair and a blank at the edge of a quoted span", () => {
    expect(blanksIn("as the first “  ” meetings of")).toEqual(["irst “  ” meet"]);
    expect(blanksIn("a “virulently  ” revolutionary")).toEqual(["lently  ” revo"]);
    expect(blanksIn("against “  aggression by others")).toEqual(["inst “  aggres"]);
  });

  it("lets an empty pair of brackets hold as many tokens as its width allows", () => {
    expect(detectBlanks("The Eagles (   ) snapped a streak; Kamala Harris ( ) said").map((b) => b.lost)).toEqual([
      { min: 1, max: 2 },
      { min: 1, max: 1 },
    ]);
  });

  it("finds an empty pair of single width in a text with no wider spacing, and nothing in a single-spaced text", () => {
    for (const pair of ["( )", "[ ]", "“ ”", "‘ ’", '" "', "' '"]) {
      expect(blanksIn(`Kamala Harris ${pair} said. Then (he) left.`)).toEqual([`rris ${pair} said`]);
    }
    expect(detectBlanks("Kamala Harris (the senator) said: “We won.” Then ‘he’ left (quickly).")).toEqual([]);
  });

  it("takes sentence spacing and joined paragraphs for spacing, not blanks", () => {
    // Two spaces after a sentence are at most a possible blank, which only a twin can confirm.
    expect(blanksIn("sequential of internal factors.  The two Russian revolutions of 1917")).toEqual([]);
    expect(blanksIn("He said it was “over. ”  Then he left.  The end.")).toEqual([]);
  });

  it("learns a document's dash spacing: single-spaced dashes make three spaces a blank", () => {
    const text = "He said - and meant it - that the plan - as drafted - failed, and the   - long - vote too.";
    expect(blanksIn(text)).toEqual(["nd the   - long"]);
  });

  it("finds nothing in a text that still holds a hyphenated token", () => {
    expect(detectBlanks("A well-known   man said so.")).toEqual([]);
  });

  it("sees every blank the SPEC's damage leaves, and only those", () => {
    const clean = "The so-called “two-plus-two” talks, led by Moon Jae-in, began.\n\nKim Jong-nam’s death shocked the 12-nation bloc (and its e-mail users).";
    const damaged = simulateDamage(clean);
    const blanks = detectBlanks(damaged.text).filter((b) => b.certainty === "certain");
    expect(blanks).toHaveLength(damaged.lost.length);
    for (const [i, lost] of damaged.lost.entries()) {
      expect(lost.at).toBeGreaterThanOrEqual(blanks[i]!.start);
      expect(lost.at + lost.width).toBeLessThanOrEqual(blanks[i]!.end);
    }
  });
});

describe("simulateDamage", () => {
  it("deletes hyphenated tokens with their punctuation, joins paragraphs and splits abbreviations", () => {
    const damaged = simulateDamage("Choi Jong-kun, an adviser to the “two-plus-two” talks.\n\nThe U.S. said “no.”");
    expect(damaged.text).toBe("Choi   an adviser to the “  ” talks. The U. S. said “no. ”");
    expect(damaged.lost.map((l) => [l.token, damaged.text.slice(l.at, l.at + l.width)])).toEqual([
      ["Jong-kun,", " "],
      ["two-plus-two", "  "],
    ]);
  });
});

describe("the spacing shortcuts", () => {
  const piece = fc.constantFrom("word", "Kim", " ", "  ", "   ", "    ", "\n", ".", "!", "?", "“", "”", "‘", "’", '"', "'", "(", ")", "[", "]", "—", "–", "―", "-", ",", ":", "\u00a0");
  const spacing = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(""));

  it("showsBlanks answers whether blanksBySpacing finds any blank, on random spacing around words, marks and line ends", () => {
    fc.assert(
      fc.property(spacing, (text) => {
        expect(showsBlanks(text)).toBe(blanksBySpacing(text).length > 0);
      }),
      { numRuns: 5000 },
    );
  });

  it("showsCertainBlanks answers whether blanksBySpacing finds a certain blank", () => {
    fc.assert(
      fc.property(spacing, (text) => {
        expect(showsCertainBlanks(text)).toBe(blanksBySpacing(text).some((b) => b.certainty === "certain"));
      }),
      { numRuns: 10000 },
    );
  });

  it("spacingRuns finds the runs the spacing pattern finds", () => {
    // The pattern the scan stands for: spaces after a mark, spaces before a closing mark or dash, two spaces or more.
    const pattern = /[.!?”’"')\]—–―(\[“‘-]( +)|( +)(?=[—–―)\]”’"'-])|( {2,})/g;
    const byPattern = (text: string) =>
      [...text.matchAll(pattern)].map((m) => {
        const spaces = m[1] ?? m[2] ?? m[3]!;
        const start = m.index + (m[1] === undefined ? 0 : m[0].length - spaces.length);
        return [start, start + spaces.length];
      });
    fc.assert(
      fc.property(spacing, (text) => {
        expect(spacingRuns(text).map((r) => [r.start, r.end])).toEqual(byPattern(text));
      }),
      { numRuns: 5000 },
    );
  });
});
