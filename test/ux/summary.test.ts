/** The summary line and the help, against what the run did. Second round of the command-line audit (docs/ux-audit.md). */
import { existsSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { assertBuilt, cleanNews, scratchFolder } from "../helpers/cli.js";

assertBuilt();

it("files whose copies could not be written (a full disk) are errors in the summary, not files changed", async () => {
  const dir = scratchFolder("clean-news-ux2-");
  writeFileSync(path.join(dir, "a.txt"), "The talks in the U. S. went well .\n");
  writeFileSync(path.join(dir, "b.txt"), "The talks in the U. S. went well .\n");
  const result = await cleanNews(["a.txt", "b.txt"], { cwd: dir, faults: true, env: { FAULT_FULL_DIR: dir } });
  expect(result.exitCode).toBe(2);
  expect(result.stderr.split("\n").at(-1)).toBe("0 file(s) cleaned, 0 written, 0 changed, 2 error(s)");
});

it.each([
  [["--check"], "--write-index only saves the corpus evidence and cleans nothing, so --check cannot be combined with it; run it first, then clean with --index"],
  [["--out-dir", "out"], "--write-index only saves the corpus evidence and cleans nothing, so --out-dir cannot be combined with it; run it first, then clean with --index"],
  [["--index", "old.json"], "--write-index builds an index from the inputs and --index reads a saved one: use one or the other"],
])("--write-index with %j is a usage error, not a flag silently ignored (--check exited 0 over a dirty file)", async (flags, message) => {
  const dir = scratchFolder("clean-news-ux2-");
  writeFileSync(path.join(dir, "a.txt"), "The talks in the U. S. went well .\n");
  const result = await cleanNews(["--write-index", "index.json", ...flags, "a.txt"], { cwd: dir });
  expect(result.exitCode).toBe(2);
  expect(result.stderr).toBe(`clean-news: ${message}`);
  expect(existsSync(path.join(dir, "index.json"))).toBe(false);
});

it("--help says where --json goes as the run puts it: stderr with --diff too", async () => {
  const dir = scratchFolder("clean-news-ux2-");
  writeFileSync(path.join(dir, "a.txt"), "The talks in the U. S. went well .\n");
  const help = await cleanNews(["--help"], { cwd: dir });
  expect(help.stdout.replace(/\s+/g, " ")).toContain("--json print the report as JSON (on stderr with - or --diff, whose stdout is data)");
  const diff = await cleanNews(["--json", "--diff", "a.txt"], { cwd: dir });
  expect(diff.stdout).toMatch(/^Index: a\.txt/);
  expect(JSON.parse(diff.stderr).files[0].path).toBe("a.txt");
});
