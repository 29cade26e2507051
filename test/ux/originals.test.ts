/**
 * Originals are never modified (SPEC): flags that name where copies or an index go must not
 * point them at an input. Found in the second round of the command-line audit (docs/ux-audit.md).
 */
import { readFileSync, symlinkSync, writeFileSync } from "node:fs";
import path from "node:path";
import { execa } from "execa";
import { expect, it } from "vitest";
import { assertBuilt, cleanNews, ENV, snapshot } from "../helpers/cli.js";
import { DIRTY, dirtyTree } from "../helpers/dirty-tree.js";

assertBuilt();

const corpus = () => dirtyTree({ "data.jsonl": JSON.stringify({ id: 1, text: DIRTY }) + "\n" });

it.each([
  [["--out-dir", "news", "news"], "news/a.txt"],
  [["--out-dir", "news", "news/a.txt"], "news/a.txt"],
  [["--out-dir", "news/deep", "news/deep/b.txt"], "news/deep/b.txt"],
  [["--out-dir", "link", "news"], "news/a.txt"],
  [["--out-dir", ".", "--format", "jsonl", "--field", "text", "data.jsonl"], "data.jsonl"],
])("%j is refused (exit 2, nothing written): each copy would be written over its own input", async (flags, first) => {
  const dir = corpus();
  symlinkSync("news", path.join(dir, "link"));
  const before = snapshot(dir);
  const result = await cleanNews(flags, { cwd: dir });
  expect(result.exitCode).toBe(2);
  expect(result.stderr).toBe(`clean-news: --out-dir ${flags[1]} would write the clean copy of ${first} over itself: originals are never modified; choose an --out-dir outside the folder the inputs are in`);
  expect(snapshot(dir)).toEqual(before);
});

it("--out-dir that only holds part of the inputs' tree still writes a mirrored tree", async () => {
  const dir = corpus();
  const result = await cleanNews(["--out-dir", "news/deep/out", "news"], { cwd: dir });
  expect(result.exitCode).toBe(0);
  expect(readFileSync(path.join(dir, "news/a.txt"), "utf8")).toBe(DIRTY);
  expect(readFileSync(path.join(dir, "news/deep/out/a.txt"), "utf8")).toBe("The talks in the U.S. went well.\n");
});

it("--out-dir inside the inputs' folder, given through a link to it, passes over the copies on the next run too", async () => {
  const dir = corpus();
  symlinkSync("news", path.join(dir, "link"));
  const first = await cleanNews(["--out-dir", "news/out", "link/"], { cwd: dir });
  expect(first.exitCode).toBe(0);
  const written = snapshot(dir);
  // Before: the walk reached the copies as link/out/..., not news/out, and took them for inputs
  // ("would write the clean copy of link/a.txt over the input news/out/a.txt", exit 2).
  const second = await cleanNews(["--out-dir", "news/out", "link/"], { cwd: dir });
  expect(second.stderr).not.toContain("over the input");
  expect(second.exitCode).toBe(0);
  expect(snapshot(dir)).toEqual(written);
});

it("--staged --out-dir . is refused rather than write over the work tree's article and stage that", async () => {
  const dir = corpus();
  const git = (...args: string[]) => execa("git", args, { cwd: dir, env: ENV, extendEnv: false });
  await git("init", "-q");
  await git("add", "news/a.txt");
  const result = await cleanNews(["--staged", "--out-dir", "."], { cwd: dir });
  expect(result.exitCode).toBe(2);
  expect(result.stderr).toContain("--out-dir . would write the clean copy of news/a.txt over itself");
  expect(readFileSync(path.join(dir, "news/a.txt"), "utf8")).toBe(DIRTY);
  expect((await git("diff", "--cached", "--name-only")).stdout).toBe("news/a.txt");
  expect((await git("show", ":news/a.txt")).stdout + "\n").toBe(DIRTY);
});

it.each([
  [["--write-index", "news/a.txt", "news"]],
  [["--write-index", "data.jsonl", "--format", "jsonl", "--field", "text", "data.jsonl"]],
])("%j is refused (exit 2): the index would replace a file that is not an index", async (flags) => {
  const dir = corpus();
  const before = snapshot(dir);
  const result = await cleanNews(flags, { cwd: dir });
  expect(result.exitCode).toBe(2);
  expect(result.stderr).toBe(`clean-news: --write-index ${flags[1]} exists and is not a clean-news index; clean-news does not write over it: name another file, or remove it first`);
  expect(snapshot(dir)).toEqual(before);
});

it("--write-index replaces an index it wrote before", async () => {
  const dir = corpus();
  expect((await cleanNews(["--write-index", "corpus.index.json", "news"], { cwd: dir })).exitCode).toBe(0);
  writeFileSync(path.join(dir, "news", "c.txt"), DIRTY);
  const again = await cleanNews(["--write-index", "corpus.index.json", "news"], { cwd: dir });
  expect(again.exitCode).toBe(0);
  expect(again.stderr).toBe("corpus.index.json: index of 3 document(s) written");
});
