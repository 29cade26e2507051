/**
 * fix-quotes on arbitrary text made of words, spaces, punctuation and quote marks: it changes
 * nothing but quote marks and spaces before them, leaves one style, and a second run changes nothing.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import fixQuotes from "../rules/fix-quotes.js";
import { clean } from "../src/core/clean.js";

const run = (text: string) =>
  clean({ id: "t", text }, [{ id: "fix-quotes", run: (doc) => fixQuotes.check(doc, { options: { style: "auto" }, settings: { applySuggestions: false } }) }], {
    settings: { applySuggestions: false },
    strict: true,
  }).text;

const tokens = ["It", "s", "em", "rock", "n", "roll", "word", "tis", " ", " ", "  ", ".", ",", "?", "(", ")", "—", "\n", '"', "'", "“", "”", "‘", "’"];
const textOf = (extra: string[]) => fc.array(fc.constantFrom(...tokens, ...extra), { maxLength: 40 }).map((t) => t.join(""));
// Numbers bring primes and „ « other languages' quotations, which are left as they are.
const text = textOf(["5", "90", "„", "«"]);
const englishWords = textOf([]);
const skeleton = (s: string) => s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/ /g, "");
// A lone letter, straight marks and a bracket are a derivative's primes ("n'("), kept as written.
const withoutPrimes = (s: string) => s.replace(/(?<![\p{L}\p{N}\p{M}])\p{L}''?(?=\()/gu, "");

describe("fix-quotes properties", () => {
  it("changes only quote marks and spaces", () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(skeleton(run(t))).toBe(skeleton(t));
      }),
      { numRuns: 3000 },
    );
  });

  it("leaves a single style (where no prime or other language's quotation is kept as it was)", () => {
    fc.assert(
      fc.property(englishWords, (t) => {
        const out = withoutPrimes(run(t));
        expect(/["']/.test(out) && /[“”‘’]/.test(out)).toBe(false);
      }),
      { numRuns: 3000 },
    );
  });

  it("is idempotent", () => {
    fc.assert(
      fc.property(text, (t) => {
        const once = run(t);
        expect(run(once)).toBe(once);
      }),
      { numRuns: 3000 },
    );
  });
});
