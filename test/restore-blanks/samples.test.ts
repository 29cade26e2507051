/**
 * restore-blanks on the repository's samples: 000 is 001 as a fake-news dataset has it, every
 * hyphenated token deleted. 001's hyphenated tokens, in order, are what 000 lost.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SAMPLES, sampleNames } from "../helpers/cli.js";
import { BUILT_IN_RULES } from "../../rules/index.js";
import { lostTokenPattern } from "../../rules/restore-blanks/damage.js";
import { cleanInMemory } from "../../src/api.js";
import { configureRules } from "../../src/core/configure.js";
import type { Doc } from "../../src/core/types.js";

const sample = (prefix: string): Doc => {
  const name = sampleNames().find((f) => f.startsWith(prefix))!;
  return { id: name, text: readFileSync(path.join(SAMPLES, name), "utf8") };
};
const rules = configureRules(BUILT_IN_RULES, { only: ["fix-spacing", "restore-blanks"] });
const settings = { applySuggestions: false };
const damaged = sample("000");
const twin = sample("001");
const others = ["002", "003", "004"].map(sample);
const lost = [...twin.text.matchAll(lostTokenPattern())].map((m) => m[0]);
const bare = (t: string) => t.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");

async function restore(target: Doc, corpus: readonly Doc[]) {
  const result = await cleanInMemory(target, corpus, rules, settings, true);
  return {
    text: result.text,
    edits: result.edits.filter((e) => e.rule === "restore-blanks"),
    unresolved: result.unresolved.filter((u) => u.rule === "restore-blanks"),
  };
}

describe("restore-blanks on the samples", () => {
  it("001 lost seven hyphenated tokens in 000", () => {
    expect(lost).toEqual(["two-plus-two", "High-Altitude", "Geun-hye", "Jong-kun,", "front-running", "Jae-in,", "two-plus-two"]);
  });

  it("000 with 001 beside it: all seven blanks restored exactly, commas included", async () => {
    const { text, edits, unresolved } = await restore(damaged, [twin, ...others]);
    expect(edits.map((e) => [e.kind, e.applied, e.after.trim()])).toEqual(lost.map((t) => ["fix", true, t]));
    expect(unresolved).toEqual([]);
    for (const phrase of [
      "the first “two-plus-two” meetings of foreign",
      "overwhelm even the Terminal High-Altitude Area Defense System",
      "South Korean President Park Geun-hye will be",
      "Choi Jong-kun, an adviser to front-running presidential candidate Moon Jae-in, said over the weekend",
      "discuss at the “two-plus-two” meeting: World War II",
    ]) {
      expect(text).toContain(phrase);
    }
    expect(edits.every((e) => e.reason.includes(twin.id))).toBe(true);
  });

  it("gives the same copy whatever the documents are called or listed", async () => {
    const renamed = [twin, ...others].map((d, i) => ({ ...d, id: `${String.fromCharCode(122 - i)}-${d.id}` }));
    const a = await restore(damaged, [twin, ...others]);
    const b = await restore({ ...damaged, id: "m.txt" }, [...renamed].reverse());
    expect(b.text).toBe(a.text);
  });

  it("finds the twin in a longer page that holds the article among other text", async () => {
    const page = { id: "page.txt", text: [others[0]!.text, twin.text, others[1]!.text, others[2]!.text].join("\n\n") };
    const { edits } = await restore(damaged, [page]);
    expect(edits.map((e) => e.after.trim())).toEqual(lost);
    expect(edits.every((e) => e.reason.includes("near-duplicate page.txt"))).toBe(true);
  });

  it("000 alone: the names and the compound the lexicon knows, no wrong word, every other blank reported", async () => {
    const { text, edits, unresolved } = await restore(damaged, []);
    for (const phrase of ["President Park Geun-hye will", "candidate Moon Jae-in", "the first “two-plus-two” meetings"]) {
      expect(text).toContain(phrase);
    }
    // Blank i lost token i: every fill, applied or offered, is that word.
    const blanks = [...edits.map((e) => ({ start: e.start, word: bare(e.after) })), ...unresolved.map((u) => ({ start: u.start, word: null }))].sort((x, y) => x.start - y.start);
    expect(blanks).toHaveLength(lost.length);
    blanks.forEach((b, i) => {
      if (b.word !== null) expect(b.word).toBe(bare(lost[i]!));
    });
  });

  it("changes and reports nothing in the undamaged samples", async () => {
    for (const doc of [twin, ...others]) {
      const corpus = [damaged, twin, ...others].filter((d) => d !== doc);
      const { edits, unresolved } = await restore(doc, corpus);
      expect({ id: doc.id, edits, unresolved }).toEqual({ id: doc.id, edits: [], unresolved: [] });
    }
  });

  it("changes and reports nothing in an undamaged row that has sentence spacing", async () => {
    const row = { id: "row.txt", text: "The collapse was the consequential of internal factors.  The two Russian revolutions of 1917 were not imported.  They grew at home." };
    expect(await restore(row, [])).toEqual({ text: row.text, edits: [], unresolved: [] });
  });
});
