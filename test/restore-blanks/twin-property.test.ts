/**
 * With its twin beside it, any text damaged as the SPEC says comes back word for word: random
 * articles of ordinary words, hyphenated tokens with and without punctuation, quotes, brackets
 * and dashes.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { BUILT_IN_RULES } from "../../rules/index.js";
import { simulateDamage } from "../../rules/restore-blanks/damage.js";
import { cleanInMemory } from "../../src/api.js";
import { configureRules } from "../../src/core/configure.js";

const rules = configureRules(BUILT_IN_RULES, { only: ["restore-blanks"] });
const plain = fc.constantFrom("the", "talks", "minister", "said", "on", "Monday", "Seoul", "a", "deal", "would", "be", "signed", "by", "Park", "of", "1999");
const hyphenated = fc.constantFrom("two-plus-two", "Geun-hye", "Jong-kun,", "long-term", "24-year-old", "e-mail.", "so-called", "al-Assad", "Kilroy-Silk's");
const word = fc.oneof(
  { weight: 6, arbitrary: plain },
  { weight: 2, arbitrary: hyphenated },
  { weight: 1, arbitrary: fc.tuple(plain, hyphenated).map(([a, b]) => `“${a} ${b}”`) },
  { weight: 1, arbitrary: hyphenated.map((h) => `“${h.replace(/[.,]$/, "")}”`) },
  { weight: 1, arbitrary: hyphenated.map((h) => `(${h.replace(/[.,]$/, "")})`) },
  { weight: 1, arbitrary: fc.constant("—") },
);
const sentence = fc.array(word, { minLength: 4, maxLength: 14 }).map((ws) => `${ws.join(" ")}.`);
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 4 }).map((ss) => ss.join(" "));
const article = fc.array(paragraph, { minLength: 3, maxLength: 6 }).map((ps) => ps.join("\n\n"));

describe("restore-blanks with a twin", () => {
  it("restores every deleted token exactly", async () => {
    await fc.assert(
      fc.asyncProperty(article, async (text) => {
        const damaged = simulateDamage(text);
        fc.pre(damaged.lost.length > 0);
        const result = await cleanInMemory({ id: "damaged.txt", text: damaged.text }, [{ id: "twin.txt", text }], rules, { applySuggestions: false }, true);
        expect(result.unresolved).toEqual([]);
        expect(result.text).toBe(text.replace(/\n+/g, " "));
      }),
      { numRuns: 60, seed: 6 },
    );
  });

  it("puts the paragraph breaks back too when asked", async () => {
    const withParagraphs = configureRules(BUILT_IN_RULES, { only: ["restore-blanks"], options: { "restore-blanks": { restoreParagraphs: true } } });
    await fc.assert(
      fc.asyncProperty(article, async (text) => {
        const damaged = simulateDamage(text);
        fc.pre(damaged.lost.length > 0);
        const result = await cleanInMemory({ id: "damaged.txt", text: damaged.text }, [{ id: "twin.txt", text }], withParagraphs, { applySuggestions: false }, true);
        expect(result.text).toBe(text);
      }),
      { numRuns: 60, seed: 7 },
    );
  });
});

describe("restore-blanks with a twin whose spacing fix-spacing mends in the damaged copy", () => {
  it("still reads the lost word off the twin where the twin keeps a space before a full stop", async () => {
    const twin = "He admitted the match was punctuated by fouls and the sending off of Mikael Silvestre for head-butting Freddie Ljungberg . The coach said he had not enjoyed the game in the first half at all.";
    const damaged = simulateDamage(twin);
    expect(damaged.text).toContain("Silvestre for   Freddie Ljungberg .");
    const pipeline = configureRules(BUILT_IN_RULES, { only: ["fix-spacing", "restore-blanks"] });
    const result = await cleanInMemory({ id: "damaged.txt", text: damaged.text }, [{ id: "twin.txt", text: twin }], pipeline, { applySuggestions: false }, true);
    expect(result.text).toContain("Silvestre for head-butting Freddie Ljungberg. The coach");
    const fill = result.edits.find((e) => e.rule === "restore-blanks");
    expect(fill?.reason).toContain("from near-duplicate twin.txt");
  });
});

