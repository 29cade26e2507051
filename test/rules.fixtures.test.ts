/**
 * One harness for every rule: each `test/fixtures/<rule>/<case>.input.txt` is cleaned by that
 * rule alone and must equal `<case>.expected.txt`; cleaning the expected text again must change
 * nothing; stored with CRLF and a BOM it must come back the same way. `<case>.options.json`
 * may give the rule's options and settings; `<case>.corpus/` holds other documents of the run.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BUILT_IN_RULES } from "../rules/index.js";
import { cleanInMemory } from "../src/api.js";
import { configureRules } from "../src/core/configure.js";
import type { Doc, Settings } from "../src/core/types.js";
import { decode, encode } from "../src/io/codec.js";
import { visible } from "./helpers/visible.js";

const FIXTURES = path.join(import.meta.dirname, "fixtures");
const RULES_DIR = path.join(import.meta.dirname, "..", "rules");

interface CaseOptions {
  options?: object;
  settings?: Partial<Settings>;
}

function casesOf(ruleId: string): string[] {
  const dir = path.join(FIXTURES, ruleId);
  return readdirSync(dir)
    .filter((f) => f.endsWith(".input.txt"))
    .map((f) => f.slice(0, -".input.txt".length))
    .sort();
}

function corpusOf(dir: string): Doc[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .map((f) => ({ id: `corpus/${f}`, text: readFileSync(path.join(dir, f), "utf8") }));
}

it("every fixture folder names a built-in rule", () => {
  const ids = BUILT_IN_RULES.map((r) => r.meta.id);
  expect(readdirSync(FIXTURES).filter((d) => !ids.includes(d))).toEqual([]);
});

for (const rule of BUILT_IN_RULES) {
  const id = rule.meta.id;
  describe(id, () => {
    it("lives in rules/<id>.ts, has a one-line description and fixtures", () => {
      expect(existsSync(path.join(RULES_DIR, `${id}.ts`))).toBe(true);
      expect(rule.meta.description).toMatch(/^[^\n]{10,200}$/);
      expect(casesOf(id).length).toBeGreaterThan(0);
    });

    for (const name of casesOf(id)) {
      const base = path.join(FIXTURES, id, name);
      const input = readFileSync(`${base}.input.txt`, "utf8");
      const expected = readFileSync(`${base}.expected.txt`, "utf8");
      const extra: CaseOptions = existsSync(`${base}.options.json`) ? JSON.parse(readFileSync(`${base}.options.json`, "utf8")) : {};
      const rules = configureRules([rule], { options: extra.options ? { [id]: extra.options } : {} });
      const settings: Settings = { applySuggestions: false, ...extra.settings };
      const corpus = corpusOf(`${base}.corpus`);
      const cleanText = async (text: string) => (await cleanInMemory({ id: "input.txt", text }, corpus, rules, settings, true)).text;

      it(`${name}: output equals expected`, async () => {
        expect(visible(await cleanText(input))).toBe(visible(expected));
      });

      it(`${name}: cleaning the expected text changes nothing`, async () => {
        expect(visible(await cleanText(expected))).toBe(visible(expected));
      });

      it(`${name}: CRLF and BOM survive`, async () => {
        const format = { encoding: "utf-8", bom: true, eol: "\r\n" as const };
        const decoded = decode(encode(input, format));
        if (decoded.kind !== "text") throw new Error("fixture decoded as binary");
        expect(decoded.format).toMatchObject({ bom: true, eol: "\r\n" });
        const out = encode(await cleanText(decoded.text), decoded.format);
        expect(visible(out.toString("utf8"))).toBe(visible(encode(expected, format).toString("utf8")));
      });
    }
  });
}
