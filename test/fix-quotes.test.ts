/**
 * fix-quotes on the repository's samples (the acceptance) and through the command line.
 * The rule's cases one by one are fixtures in test/fixtures/fix-quotes/.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { PassThrough, Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { SAMPLES, sampleNames } from "./helpers/cli.js";
import fixQuotes from "../rules/fix-quotes.js";
import { cleanInMemory } from "../src/api.js";
import { main } from "../src/cli.js";
import { configureRules } from "../src/core/configure.js";

function sample(prefix: string): string {
  const file = sampleNames().find((f) => f.startsWith(prefix));
  if (!file) throw new Error(`no sample ${prefix}`);
  return readFileSync(path.join(SAMPLES, file), "utf8");
}

async function fixQuotesAlone(text: string): Promise<string> {
  const rules = configureRules([fixQuotes], {});
  return (await cleanInMemory({ id: "sample.txt", text }, [], rules, { applySuggestions: false }, true)).text;
}

const straightened = (text: string) => text.replace(/[“”]/g, '"').replace(/[‘’]/g, "'");

/** Every double quote of each paragraph pairs up, opening before a word and closing after one. */
function doubleQuotesProblems(text: string): string[] {
  const problems: string[] = [];
  for (const line of text.split("\n")) {
    let expectOpen = true;
    for (const m of line.matchAll(/["“”]/g)) {
      const before = line[m.index - 1] ?? " ";
      const after = line[m.index + 1] ?? " ";
      const context = line.slice(Math.max(0, m.index - 20), m.index + 20);
      if (m[0] === '"') problems.push(`straight: ${context}`);
      else if ((m[0] === "“") !== expectOpen) problems.push(`out of turn: ${context}`);
      else if (m[0] === "“" && (!/[\s([]/.test(before) || /\s/.test(after))) problems.push(`opening quote not before a word: ${context}`);
      else if (m[0] === "”" && (/\s/.test(before) || !/[\s.,;:!?)]/.test(after))) problems.push(`closing quote not after a word: ${context}`);
      expectOpen = m[0] !== "“";
    }
  }
  return problems;
}

describe("fix-quotes on the samples", () => {
  it("004 (curly, with straight marks mixed into its pairs): every double quote curly and the right way round, no word changed", async () => {
    const input = sample("004_");
    expect(input).toMatch(/"/);
    const output = await fixQuotesAlone(input);
    expect(doubleQuotesProblems(output)).toEqual([]);
    expect(straightened(output)).toBe(straightened(input));
  });

  it("002 (all straight): stays all straight", async () => {
    const input = sample("002_");
    expect(input).toMatch(/["']/);
    expect(await fixQuotesAlone(input)).toBe(input);
  });

  it("003 (curly, with a few straight marks): curly throughout, its straight marks curled the right way", async () => {
    const input = sample("003_");
    const output = await fixQuotesAlone(input);
    expect(output).not.toMatch(/["']/);
    expect(output).toContain("Russia ‘deeply concerned’ over");
    expect(output).toContain("Japan’s foreign minister");
    expect(output).toContain("his country’s stance");
    expect(straightened(output)).toBe(straightened(input));
  });
});

async function cli(argv: string[], stdin: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out: string[] = [];
  const err: string[] = [];
  stdout.on("data", (c) => out.push(String(c)));
  stderr.on("data", (c) => err.push(String(c)));
  const code = await main({ argv, stdin: Readable.from([Buffer.from(stdin)]), stdout, stderr, env: {} });
  return { code, stdout: out.join(""), stderr: err.join("") };
}

describe("--quotes", () => {
  const curly = "“It’s over,” he said. ‘Really?’ she asked.\n";
  const straight = "\"It's over,\" he said. 'Really?' she asked.\n";

  it("auto (the default) keeps each document's own style", async () => {
    expect((await cli(["--rules", "fix-quotes", "-"], straight)).stdout).toBe(straight);
    expect((await cli(["--rules", "fix-quotes", "--quotes", "auto", "-"], curly)).stdout).toBe(curly);
  });

  it("straight and curly force a style", async () => {
    expect((await cli(["--rules", "fix-quotes", "--quotes", "straight", "-"], curly)).stdout).toBe(straight);
    expect((await cli(["--rules", "fix-quotes", "--quotes", "curly", "-"], straight)).stdout).toBe(curly);
  });

  it("any other value is a usage error", async () => {
    const result = await cli(["--quotes", "smart", "-"], straight);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/fix-quotes: style must be one of auto, curly, straight/);
    expect(result.stdout).toBe("");
  });
});
