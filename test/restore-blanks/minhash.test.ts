import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
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
