/**
 * The command --check names must be one that makes the check pass: run as printed (through a
 * shell, as a user pastes it), then the same --check again. Second round of the command-line
 * audit (docs/ux-audit.md).
 */
import path from "node:path";
import { execa } from "execa";
import { expect, it } from "vitest";
import { assertBuilt, CLI, cleanNews, ENV } from "../helpers/cli.js";
import { DIRTY, dirtyTree } from "../helpers/dirty-tree.js";

assertBuilt();

const corpus = () => dirtyTree({ "news/-dash.txt": DIRTY, "curly.txt": "He said “we will go” and 'left' .\n" });

/** Runs every command the report names, as a shell would, with clean-news standing for the built CLI. */
async function runNamed(stderr: string, dir: string): Promise<string[]> {
  const commands = [...new Set([...stderr.matchAll(/; run: (clean-news .*)$/gm)].map((m) => m[1]!))];
  for (const command of commands) {
    const run = await execa("sh", ["-c", `clean_news() { "${process.execPath}" "${CLI}" "$@"; }; ${command.replace(/^clean-news/, "clean_news")}`], { cwd: dir, env: ENV, extendEnv: false, reject: false });
    expect(run.exitCode, `${command}\n${run.stderr}`).toBe(0);
  }
  return commands;
}

it.each([
  [["--suffix", ".fixed", "news"]],
  [["--out-dir", "out", "news"]],
  [["--out-dir", "out", "news/deep/b.txt", "news/a.txt"]],
  [["--quotes", "straight", "curly.txt"]],
  [["--disable", "fix-spacing", "--quotes", "straight", "news", "curly.txt"]],
  [["news/a.txt", "--", "news/-dash.txt"]],
])("--check %j names commands after which the same --check passes", async (flags) => {
  const dir = corpus();
  const first = await cleanNews(["--check", ...flags], { cwd: dir });
  expect(first.exitCode).toBe(1);
  const commands = await runNamed(first.stderr, dir);
  expect(commands.length).toBeGreaterThan(0);
  const again = await cleanNews(["--check", ...flags], { cwd: dir });
  expect(again.stderr).not.toContain("dirty");
  expect(again.exitCode).toBe(0);
});

it("a file whose name starts with a dash is named as ./-dash.txt, not as a flag", async () => {
  const dir = corpus();
  const result = await cleanNews(["--check", "--", "news/-dash.txt"], { cwd: path.join(dir) });
  expect(result.stderr).toContain("run: clean-news news/-dash.txt");
  const inside = await cleanNews(["--check", "--", "-dash.txt"], { cwd: path.join(dir, "news") });
  expect(inside.stderr).toContain("run: clean-news ./-dash.txt");
});
