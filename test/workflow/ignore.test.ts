/** Ignore files end to end: .cleannewsignore and .gitignore in gitignore syntax; .git and node_modules always skipped. */
import { existsSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { DIRTY, cli, tree } from "../helpers/workflow-cli.js";

it("skips what .cleannewsignore and .gitignore name, and .git and node_modules always", async () => {
  const dir = tree({
    ".git/HEAD": "ref: refs/heads/main\n",
    ".git/notes.txt": DIRTY,
    "node_modules/pkg/readme.txt": DIRTY,
    ".gitignore": "*.tmp.txt\nbuild/\n",
    ".cleannewsignore": "drafts/\n!drafts/keep.txt\nnews/**/old-*.txt\n",
    "news/a.txt": DIRTY,
    "news/2017/old-b.txt": DIRTY,
    "news/c.tmp.txt": DIRTY,
    "build/d.txt": DIRTY,
    "drafts/e.txt": DIRTY,
    "sub/.cleannewsignore": "local.txt\n",
    "sub/local.txt": DIRTY,
    "sub/kept.txt": DIRTY,
  });
  const run = await cli([".", "--check", "--json"], { cwd: dir });
  const checked = (JSON.parse(run.stdout) as { files: { path: string }[] }).files.map((f) => f.path).sort();
  expect(checked).toEqual(["news/a.txt", "sub/kept.txt"]);
  expect(run.exitCode).toBe(1);
});

it("passes over an ignored file named on the command line, with a note", async () => {
  const dir = tree({ ".cleannewsignore": "drafts/\n", "drafts/e.txt": DIRTY });
  const run = await cli(["drafts/e.txt"], { cwd: dir });
  expect(run.exitCode).toBe(0);
  expect(run.stderr).toContain("drafts/e.txt: skipped: ignored by .cleannewsignore");
  expect(existsSync(path.join(dir, "drafts/e.clean.txt"))).toBe(false);
});

it("passes an ignored --stdin-filepath through untouched", async () => {
  const dir = tree({ ".cleannewsignore": "raw/\n" });
  const run = await cli(["-", "--stdin-filepath", "raw/a.txt"], { cwd: dir, input: DIRTY });
  expect(run.exitCode).toBe(0);
  expect(run.stdout).toBe(DIRTY);
});

it("lets a deeper ignore file take back what a shallower one ignored", async () => {
  const dir = tree({ ".git/HEAD": "", ".cleannewsignore": "*.txt\n", "sub/.cleannewsignore": "!keep.txt\n", "sub/keep.txt": DIRTY, "sub/drop.txt": DIRTY, "top.txt": DIRTY });
  const run = await cli([".", "--check", "--json"], { cwd: dir });
  expect((JSON.parse(run.stdout) as { files: { path: string }[] }).files.map((f) => f.path)).toEqual(["sub/keep.txt"]);
});
