/**
 * strip-boilerplate's packs screen each place of a line with the union of all their patterns,
 * once a run has looked at enough lines to pay for compiling it: the answers are the same
 * before and after. (A file of its own: the count of lines looked at is the module's.)
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { SAMPLES } from "./helpers/cli.js";
import { compilePacks, loadPacks, matchChrome, opensWithOneOf } from "../rules/strip-boilerplate/packs.js";

const PACKS = loadPacks();
const PATTERNS = compilePacks(PACKS);

const samples = readdirSync(SAMPLES)
  .filter((f) => f.endsWith(".txt") && !f.endsWith(".clean.txt"))
  .flatMap((f) => readFileSync(path.join(SAMPLES, f), "utf8").split("\n"));
const cases = PACKS.flatMap((p) => p.patterns.flatMap((s) => [...s.examples, ...s.keeps]));
// Pieces fused with and without separators, and an acronym the union must not decide alone.
const lines = [...cases, ...samples, `${cases[0]} | ${cases[1]}`, `${cases[2]}${cases[3]}`, "Die elektronische Patientenakte (ePA)"];

it("gives the same answers with the union of the patterns as without it", () => {
  expect(lines.length).toBeLessThan(2000);
  const before = lines.map((l) => matchChrome(l, PATTERNS));
  for (let i = 0; i < 2000; i++) matchChrome("Filler line of an article, read to pass the threshold.", PATTERNS);
  const after = lines.map((l) => matchChrome(l, PATTERNS));
  expect(after).toEqual(before);
  expect(before.filter((m) => m !== null).length).toBeGreaterThan(100);
});

// After the test above, which must see its first lines without the union.
it("screens with some of the patterns: where matchChrome's first piece is one of theirs, they open the line", () => {
  const some = PATTERNS.filter((_, i) => i % 3 === 0);
  let opened = 0;
  for (const l of lines) {
    const first = matchChrome(l, PATTERNS)?.[0];
    if (!first || !some.some((p) => p.pack === first.pack && p.id === first.id)) continue;
    opened++;
    expect(opensWithOneOf(l, some), l).toBe(true);
  }
  expect(opened).toBeGreaterThan(30);
  expect(opensWithOneOf("The council met on Tuesday.", some)).toBe(false);
});
