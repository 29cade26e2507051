import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { BUILT_IN_RULES } from "../../rules/index.js";
import { configureRules } from "../../src/core/configure.js";
import type { ConfiguredRule } from "../../src/core/types.js";
import type { RunOptions } from "../../src/engine.js";
import { scratchFolder as scratchIn } from "./cli.js";
import recurringLines from "./recurring-lines-rule.js";

export const RECURRING_LINES_MODULE = pathToFileURL(path.join(import.meta.dirname, "recurring-lines-rule.js")).href;

/** The built-in rules and a corpus rule that uses both the index and neighbours. */
export function rulesWithCorpusRule(): ConfiguredRule[] {
  return [...configureRules(BUILT_IN_RULES, {}), { rule: recurringLines as ConfiguredRule["rule"], options: { minDocs: 2 }, module: RECURRING_LINES_MODULE }];
}

/** A temporary folder removed after the test that made it. */
export const scratchFolder = () => scratchIn("clean-news-scale-");

const WORDS = ["the", "minister", "said", "U. S.", "talks", "region. ”", "missile", "defence", "Japan", "meeting", "on\u00a0Friday", "Moscow"];
const SHARED = ["Stay up to date with notifications", "Additional reporting by Reuters", "Please refresh your browser"];

/** A small tree of articles that share some lines (deterministic). */
export function writeArticles(root: string, count: number): void {
  let seed = 7;
  const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
  for (let i = 0; i < count; i++) {
    const folder = path.join(root, `site${i % 3}`);
    mkdirSync(folder, { recursive: true });
    const lines = [`Headline ${i}`];
    for (let p = 0; p < 4; p++) lines.push(Array.from({ length: 12 + (next() % 20) }, () => WORDS[next() % WORDS.length]).join(" ") + ".");
    if (next() % 2 === 0) lines.splice(2, 0, SHARED[next() % SHARED.length]!);
    writeFileSync(path.join(folder, `a${String(i).padStart(3, "0")}.txt`), lines.join("\n") + "\n");
  }
}

/** Every file under `root`, relative path to content. */
export function tree(root: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else out.set(path.relative(root, full), readFileSync(full, "utf8"));
    }
  };
  walk(root);
  return out;
}

export const NAMING = { suffix: ".clean", inPlace: false };

export function runOptions(paths: string[], rules: ConfiguredRule[], extra: Partial<RunOptions> = {}): RunOptions {
  return {
    paths,
    references: [],
    extensions: ["txt"],
    naming: { suffix: ".clean", inPlace: false },
    mode: "write",
    rules,
    settings: { applySuggestions: false },
    concurrency: 4,
    ...extra,
  };
}
