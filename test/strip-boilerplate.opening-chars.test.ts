/**
 * strip-boilerplate's packs try each place of a line with the patterns whose match can open with
 * the character there (opening-chars.ts), once a run has looked at enough lines to pay for
 * reading them: the answers are those of trying every pattern. (A file of its own: the count of
 * lines looked at is the module's.)
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SAMPLES } from "./helpers/cli.js";
import { openingTest } from "../rules/strip-boilerplate/opening-chars.js";
import { compilePacks, loadPacks, matchChrome, opensWithOneOf } from "../rules/strip-boilerplate/packs.js";

const PACKS = loadPacks();
const PATTERNS = compilePacks(PACKS);
const opening = (source: string) => openingTest(source, "iu");

const samples = readdirSync(SAMPLES)
  .filter((f) => f.endsWith(".txt") && !f.endsWith(".clean.txt"))
  .flatMap((f) => readFileSync(path.join(SAMPLES, f), "utf8").split("\n"));
const cases = PACKS.flatMap((p) => p.patterns.flatMap((s) => [...s.examples, ...s.keeps]));
// Pieces fused with and without separators, an acronym that counts only in capitals, and lines
// opening with a curly quote, a long s (a case partner of "s") and an astral character.
const lines = [...cases, ...samples, `${cases[0]} | ${cases[1]}`, `${cases[2]}${cases[3]}`, "Die elektronische Patientenakte (ePA)", `“${cases[4]}`, `ſ${cases[5]}`, `🙂 ${cases[6]}`];

/** Whether `opens` accepts the first character of every match of `regex` in `line`, at every place. */
function opensEveryMatch(regex: RegExp, opens: RegExp | null, line: string): boolean {
  for (let at = 0; at < line.length; at++) {
    regex.lastIndex = at;
    const m = regex.exec(line);
    if (m && m[0] !== "" && opens && !opens.test(String.fromCodePoint(line.codePointAt(at)!))) return false;
  }
  return true;
}

describe("the characters a pattern's match opens with", () => {
  it("gives matchChrome and opensWithOneOf the answers of trying every pattern", () => {
    expect(lines.length).toBeLessThan(5000);
    const some = PATTERNS.filter((_, i) => i % 3 === 0);
    const before = lines.map((l) => [matchChrome(l, PATTERNS), opensWithOneOf(l, some)]);
    for (let i = 0; i < 5000; i++) matchChrome("Filler line of an article, read to pass the threshold.", PATTERNS);
    expect(lines.map((l) => [matchChrome(l, PATTERNS), opensWithOneOf(l, some)])).toEqual(before);
    expect(before.filter(([m]) => m !== null).length).toBeGreaterThan(100);
  });

  it("screens patterns out: fewer are tried where a paragraph opens with a capital, far fewer at a quote mark", () => {
    const tried = (char: string) => PATTERNS.filter((p) => opening(p.regex.source)?.test(char) !== false).length;
    expect(tried("T")).toBeLessThan(PATTERNS.length * 0.75);
    expect(tried("“")).toBeLessThan(PATTERNS.length / 4);
  });

  it("accepts the first character of every match of every pack pattern in its examples and the samples", () => {
    for (const p of PATTERNS) {
      const opens = opening(p.regex.source);
      expect(opens, p.id).not.toBeNull();
      for (const line of lines) if (!opensEveryMatch(p.regex, opens, line)) expect.fail(`${p.id}: ${line}`);
    }
  });

  it("reads optional items, groups, lookarounds, anchors, classes and escapes", () => {
    const opens = (source: string, chars: string) => [...chars].filter((c) => opening(source)!.test(c)).join("");
    expect(opens("(?:the )?foo", "tTfFxo")).toBe("tTfF");
    expect(opens("(?=x)y|\\bz", "xyz")).toBe("yz");
    expect(opens("a{0,2}[0-9]+", "a5b")).toBe("a5");
    expect(opens("(?<name>\\p{Lu})|\\(", "Ab(")).toBe("Ab(");
    expect(opens("s", "sSſ")).toBe("sSſ");
    expect(opens("^(?:by )?[^\\n]{0,3}x", "b\n")).toBe("b");
  });

  it("leaves to every character a pattern that can match nothing, refers back, or cannot be read", () => {
    for (const source of ["a?", "(?:x|)", "(a)\\1", "(?<n>a)\\k<n>", "a)"]) expect(opening(source), source).toBeNull();
  });

  it("accepts the first character of any match of generated patterns", () => {
    const char = fc.constantFrom("a", "B", "s", "ſ", "K", "k", "é", "1", " ", "-", "“");
    const single = fc.oneof(char, fc.constantFrom("[a-c]", "[^a]", "\\d", "\\w", "\\s", ".", "\\p{Lu}"));
    // Unbounded quantifiers on single atoms only: nested under others they backtrack for minutes.
    const atom = fc.oneof(
      fc.tuple(single, fc.constantFrom("", "?", "*", "+", "{0,2}")).map(([a, q]) => a + q),
      fc.constantFrom("\\b", "^", "(?=a)", "(?!b)", "(?<=s)"),
    );
    const pattern = fc.letrec((tie) => ({
      item: fc.oneof({ depthSize: "small" }, atom, fc.tuple(tie("alt"), fc.constantFrom("", "?", "{0,2}", "{1,2}")).map(([a, q]) => `(?:${a})${q}`)),
      seq: fc.array(tie("item"), { minLength: 1, maxLength: 4 }).map((items) => (items as string[]).join("")),
      alt: fc.array(tie("seq"), { minLength: 1, maxLength: 3 }).map((seqs) => (seqs as string[]).join("|")),
    })).alt as fc.Arbitrary<string>;
    const text = fc.array(char, { maxLength: 8 }).map((cs) => cs.join(""));
    fc.assert(
      fc.property(pattern, text, (source, line) => {
        return opensEveryMatch(new RegExp(`(?:${source})`, "iyu"), opening(source), line);
      }),
      { numRuns: 400 },
    );
  });
});
