/**
 * Scans that stand for regular expressions in strip-boilerplate (docs/performance.md): each must
 * say what its pattern says, on random lines made of the characters the pattern looks at.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normaliseJudged } from "../rules/strip-boilerplate/lines.js";
import { endsSentence, wordCount } from "../rules/strip-boilerplate/shape.js";

const piecesOf = (...pieces: string[]) => fc.array(fc.constantFrom(...pieces), { maxLength: 16 }).map((p) => p.join(""));

describe("endsSentence", () => {
  const SENTENCE_END = /[.!?。！？…।॥։؟۔။።፧།](?:["'”’)\]»›」』“]+)?\s*$/u;
  const line = piecesOf("a", "É", "𝐀", "7", ".", "!", "?", "。", "！", "？", "…", "।", "։", "»", "」", '"', "'", "”", "’", ")", "]", "“", "(", " ", "\t", "\n", "\u00A0", "\u3000", "\uFEFF", "\u2028", "\uD835", "\uDC00");

  it("is the sentence-end pattern read from the end", () => {
    fc.assert(
      fc.property(line, (l) => {
        expect(endsSentence(l)).toBe(SENTENCE_END.test(l));
      }),
      { numRuns: 30_000 },
    );
  });

  it("agrees on every BMP code unit at the end, after a stop and a closing mark", () => {
    const wrong: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const u = String.fromCharCode(c);
      for (const l of [`a${u}`, `a.${u}`, `a.)${u}`, `a${u} `, `a${u}) `]) if (endsSentence(l) !== SENTENCE_END.test(l)) wrong.push(l);
    }
    expect(wrong).toEqual([]);
  });
});

describe("wordCount", () => {
  // The definition the character table stands for (chars.ts): a word starts with a letter or
  // digit and runs on over word characters; two characters of a script without spaces are a word.
  function byPattern(line: string): number {
    const unspaced = line.match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu)?.length ?? 0;
    const rest = line.replace(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}]/gu, " ");
    return (rest.match(/[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*/gu)?.length ?? 0) + Math.ceil(unspaced / 2);
  }
  const line = piecesOf("a", "Z", "7", "é", "𝐀", "\u0301", "漢", "タ", "'", "’", ".", "-", ",", " ", "\t", "$", "_", "\x00", "\x7f", "£");

  it("counts the words the patterns find", () => {
    fc.assert(
      fc.property(line, (l) => {
        expect(wordCount(l)).toBe(byPattern(l));
      }),
      { numRuns: 30_000 },
    );
  });

  it("with a limit, says whether the words are within it", () => {
    fc.assert(
      fc.property(line, fc.integer({ min: 0, max: 6 }), (l, limit) => {
        expect(wordCount(l, limit) <= limit).toBe(byPattern(l) <= limit);
      }),
      { numRuns: 10_000 },
    );
  });

  it("counts every ASCII character as the patterns class it", () => {
    for (let c = 0; c < 0x80; c++) {
      const u = String.fromCharCode(c);
      for (const l of [u, `a${u}b`, `${u}a`, `a${u}`]) expect([l, wordCount(l)]).toEqual([l, byPattern(l)]);
    }
  });
});

describe("normaliseJudged", () => {
  // The definition: NFKC (where there is anything beyond ASCII), lower case, trimmed of white
  // space, punctuation and symbols, each run of digits "0" and of white space one space.
  function byPattern(line: string): string {
    const folded = (/[^\x00-\x7f]/.test(line) ? line.normalize("NFKC") : line).toLowerCase();
    return folded
      .replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, "")
      .replace(/\p{N}+/gu, "0")
      .replace(/\s+/gu, " ");
  }
  const line = piecesOf("a", "Z", "é", "𝐀", "𝟘", "7", "٣", "½", " ", "  ", "\t", "\u00A0", "\u3000", ".", "|", "•", "→", "$", "😀", "\uD835", "\uDC00", "ﬁ", "Ⅻ");

  it("is the normal form the patterns describe", () => {
    fc.assert(
      fc.property(line, (l) => {
        expect(normaliseJudged(l)).toBe(byPattern(l));
      }),
      { numRuns: 30_000 },
    );
  });
});
