import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { BUILT_IN_RULES } from "../rules/index.js";
import { withRulesTable } from "../src/docs/rules-table.js";

const README = readFileSync(path.join(import.meta.dirname, "..", "README.md"), "utf8");

it("the README's rules table is the one the rules' metadata gives (run `npm run docs`)", () => {
  expect(README).toBe(withRulesTable(README, BUILT_IN_RULES));
});

it("the README starts with the two set-up commands that CI and newcomers rely on", () => {
  const ci = readFileSync(path.join(import.meta.dirname, "..", ".ci", "run"), "utf8");
  const testCommand = README.match(/^(npm test)\b/m)?.[1];
  expect(testCommand).toBe("npm test");
  expect(ci.trim().split("\n").at(-1)).toBe(testCommand);
  expect(README).toMatch(/^npm ci && node bin\/clean-news\.js samples\//m);
});
