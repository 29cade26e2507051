/** The five real samples, cleaned together with every built-in rule, as a run over samples/ does. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BUILT_IN_RULES } from "../rules/index.js";
import { cleanInMemory } from "../src/api.js";
import { configureRules } from "../src/core/configure.js";
import type { CleanResult, Doc } from "../src/core/types.js";
import { SAMPLES, sampleNames } from "./helpers/cli.js";

const docs: Doc[] = sampleNames().map((f) => ({ id: f, text: readFileSync(path.join(SAMPLES, f), "utf8") }));
const rules = configureRules(BUILT_IN_RULES, {});
const settings = { applySuggestions: false };
const cleaned = new Map<string, CleanResult>();
const sample = (prefix: string) => cleaned.get(docs.find((d) => d.id.startsWith(prefix))!.id)!;

beforeAll(async () => {
  for (const doc of docs) cleaned.set(doc.id, await cleanInMemory(doc, docs, rules, settings, true));
});

describe("the samples, cleaned together", () => {
  it("are five", () => {
    expect(docs).toHaveLength(5);
  });

  it("000 gets its abbreviation and closing quote back", () => {
    expect(sample("000").text).toContain("“The U.S. global");
    expect(sample("000").text).toContain("into the region.”");
  });

  it("001 loses its no-break spaces", () => {
    expect(sample("001").text).not.toMatch(/\u00a0/);
    expect(sample("001").text).toContain("limit their military options");
  });

  it("clean copies are a fixed point: cleaning them again changes nothing", async () => {
    const copies = docs.map((d) => ({ id: d.id, text: cleaned.get(d.id)!.text }));
    for (const copy of copies) {
      const again = await cleanInMemory(copy, copies, rules, settings, true);
      expect(again.edits.filter((e) => e.applied), copy.id).toEqual([]);
    }
  });
});
