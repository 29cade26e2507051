/**
 * The word scanners of restore-blanks stand for `slice` and `split(/\s+/)`: they must find
 * exactly the words those would, window edges and Unicode white space included.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bare, hasBare } from "../../rules/restore-blanks/lexicon-data.js";
import { contextWord, isSpaceUnit, piecesOf, wordsAfter, wordsBefore } from "../../rules/restore-blanks/words.js";

const split = (s: string) => s.split(/\s+/).filter(Boolean);
/**
 * The pieces as /\S+/g finds them from `from`, cut at `to`; a full stop or comma (and closing
 * marks) one space after a piece joins it.
 */
const piecesByRegExp = (text: string, from: number, to: number) =>
  [...text.matchAll(/\S+/g)]
    .filter((m) => m.index + m[0].length > from && Math.max(m.index, from) < to)
    .map((m) => {
      const start = Math.max(m.index, from);
      const end = Math.min(m.index + m[0].length, to);
      return { text: text.slice(start, end), start, end };
    })
    .reduce<{ text: string; start: number; end: number }[]>((pieces, p) => {
      const last = pieces.at(-1);
      if (last && p.start === last.end + 1 && text[last.end] === " " && /^[.,]["'”’)\]]*$/.test(p.text)) pieces[pieces.length - 1] = { ...last, text: text.slice(last.start, p.end), end: p.end };
      else pieces.push(p);
      return pieces;
    }, []);
const byRegExp = {
  before: (text: string, offset: number, n: number, window: number) => split(text.slice(Math.max(0, offset - window), offset)).slice(-n),
  after: (text: string, offset: number, n: number, window: number) => split(text.slice(offset, offset + window)).slice(0, n),
};

describe("restore-blanks' word scanners", () => {
  it("take for white space every code unit \\s matches, and no other", () => {
    for (let c = 0; c <= 0xffff; c++) expect(isSpaceUnit(c), c.toString(16)).toBe(/\s/.test(String.fromCharCode(c)));
  });

  it("find the words split(/\\s+/) and /\\S+/g find in the same window", () => {
    const unit = fc.constantFrom("a", "Kim", "“", "”", ".", ",", ")", "-", " ", "  ", "\n", "\t", "\u00a0", "\u2009", "\u3000", "\ufeff", "\u200b", "é", "\ud83d\ude00");
    const text = fc.array(unit, { maxLength: 60 }).map((units) => units.join(""));
    fc.assert(
      fc.property(text, fc.nat(80), fc.integer({ min: 1, max: 16 }), fc.integer({ min: 1, max: 40 }), (t, at, n, window) => {
        const offset = Math.min(at, t.length);
        expect(wordsBefore(t, offset, n, window)).toEqual(byRegExp.before(t, offset, n, window));
        expect(wordsAfter(t, offset, n, window)).toEqual(byRegExp.after(t, offset, n, window));
        const to = Math.min(t.length, offset + window);
        expect(piecesOf(t, offset, to)).toEqual(piecesByRegExp(t, offset, to));
      }),
      { numRuns: 2000 },
    );
  });
});

describe("restore-blanks' ASCII shortcuts", () => {
  // The general rules, as they stand for any text: NFKC, Unicode letters and digits.
  const generalContextWord = (w: string) => {
    const bare = w.normalize("NFKC").toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "").replace(/['’]s$/u, "");
    return bare.length > 3 && bare.endsWith("s") && !bare.endsWith("ss") ? bare.slice(0, -1) : bare;
  };
  const generalBare = (w: string) => w.replace(/[’'](?:s)?$/u, "").replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
  const asciiWord = fc.array(fc.constantFrom("a", "S", "s", "Z", "0", "9", "'", "\"", ".", ",", "-", "(", ")", "_", "`", "~"), { maxLength: 8 }).map((cs) => cs.join(""));

  it("make the same context words and bare words as the general rules", () => {
    fc.assert(
      fc.property(asciiWord, (w) => {
        expect(contextWord(w)).toBe(generalContextWord(w));
        expect(bare(w)).toBe(generalBare(w));
        expect(hasBare(w)).toBe(generalBare(w) !== "");
        expect(hasBare(`${w}’`)).toBe(generalBare(`${w}’`) !== "");
      }),
      { numRuns: 5000 },
    );
  });
});
