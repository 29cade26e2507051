import { readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { SAMPLES, sampleNames } from "../helpers/cli.js";
import { bandMates, containment, similarity, sketchOf } from "../../rules/restore-blanks/minhash.js";

const texts = sampleNames().map((f) => readFileSync(path.join(SAMPLES, f), "utf8"));

describe("MinHash near-duplicates", () => {
  it("sketches a damaged copy like its original and unlike other reports of the story", () => {
    const [damaged, twin, ...others] = texts.map(sketchOf);
    expect(similarity(damaged!, twin!)).toBeGreaterThan(0.8);
    for (const other of others) expect(similarity(damaged!, other)).toBeLessThan(0.2);
  });

  it("estimates how much of a text a longer one contains", () => {
    const [damaged, twin, ...others] = texts;
    const page = sketchOf([others[0], twin, others[1]].join("\n\n"));
    expect(similarity(sketchOf(damaged!), page)).toBeLessThan(0.6);
    expect(containment(sketchOf(damaged!), page)).toBeGreaterThan(0.8);
    expect(containment(sketchOf(damaged!), sketchOf(others[2]!))).toBeLessThan(0.2);
  });

  it("puts the damaged copy and its original in a shared bucket, and no other pair", () => {
    const sketches = texts.map(sketchOf);
    const pairs: [number, number][] = [];
    bandMates(sketches, sketches, (i, j) => pairs.push([i, j]));
    expect(pairs.filter(([i, j]) => i < j)).toEqual([[0, 1]]);
    // Each pair once, however many bands it shares.
    expect(new Set(pairs.map((p) => p.join())).size).toBe(pairs.length);
  });
});

describe("the sketch's word scan", () => {
  it("hashes the words a pattern finds in the lower-cased text, hyphenated tokens left out", () => {
    // Letters and digits as the sketch has them, by code unit: ASCII, U+00C0-U+1FFF, U+2070 on.
    const words = (text: string) => text.replace(/[^\s“”"‘(\[]*[A-Za-z0-9]-[A-Za-z0-9][^\s“”"’)\]]*/g, " ").toLowerCase().match(/[a-z0-9\u00c0-\u1fff\u2070-\uffff]+/g) ?? [];
    const unit = fc.constantFrom("a", "Z", "k", "9", " ", "  ", "\n", ".", ",", "-", "'", "’", "“", "”", "—", "é", "Σ", "İ", "\u00bf", "\u1fff", "\u2000", "\u2070", "\ud83d\ude00", "state-owned", "U.S.", "\u00a0");
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }), (units) => {
        const text = units.join("");
        expect(sketchOf(text)).toBe(sketchOf(words(text).join(" ")));
      }),
      { numRuns: 3000 },
    );
  });
});
