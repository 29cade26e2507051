/**
 * --staged end to end, in real git repositories: the hooks people install run the built CLI
 * on what is about to be committed.
 */
import { chmodSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { execa } from "execa";
import { describe, expect, it } from "vitest";
import { BIN, CLEAN, DIRTY, DIRTY_CLEANED, ENV, cli, tree, write } from "../helpers/workflow-cli.js";

async function repository(files: Record<string, string> = {}): Promise<{ dir: string; git: (...args: string[]) => Promise<{ exitCode?: number; stdout: string; stderr: string; all?: string }> }> {
  const dir = tree(files);
  const git = (...args: string[]) => execa("git", args, { cwd: dir, env: ENV, extendEnv: false, reject: false, all: true });
  await git("init", "-q");
  await git("config", "user.name", "Test");
  await git("config", "user.email", "test@example.com");
  await git("config", "commit.gpgsign", "false");
  await git("config", "core.hooksPath", ".git/hooks"); // a global hooksPath would bypass ours
  return { dir, git };
}

function installHook(dir: string, args: string): void {
  write(dir, ".git/hooks/pre-commit", `#!/bin/sh\nexec node "${BIN}" ${args}\n`);
  chmodSync(path.join(dir, ".git/hooks/pre-commit"), 0o755);
}

describe("a pre-commit hook running clean-news --staged --check", () => {
  it("blocks the commit of a dirty article, naming it and the command that fixes it", async () => {
    const { dir, git } = await repository({ "news/dirty.txt": DIRTY, "news/fine.txt": CLEAN });
    installHook(dir, "--staged --check");
    await git("add", "news");
    const commit = await git("commit", "-m", "articles");
    expect(commit.exitCode).not.toBe(0);
    expect(commit.all).toMatch(/dirty news\/dirty\.txt: needs [^;]*fix-spacing[^;]*;.*news\/dirty\.clean\.txt.*run: clean-news --staged news\/dirty\.txt/);
    expect(commit.all).not.toMatch(/dirty news\/fine\.txt/);
    expect((await git("rev-parse", "--verify", "-q", "HEAD")).exitCode).not.toBe(0);
  });

  it("lets a clean article through", async () => {
    const { dir, git } = await repository({ "fine.txt": CLEAN });
    installHook(dir, "--staged --check");
    await git("add", "fine.txt");
    const commit = await git("commit", "-m", "clean article");
    expect(commit.exitCode).toBe(0);
    expect((await git("ls-files")).stdout.split("\n")).toEqual(["fine.txt"]);
  });

  it("lets a dirty article through once its current clean copy is staged beside it", async () => {
    const { dir, git } = await repository({ "a.txt": DIRTY, "a.clean.txt": DIRTY_CLEANED });
    installHook(dir, "--staged --check");
    await git("add", ".");
    expect((await git("commit", "-m", "with copy")).exitCode).toBe(0);
  });

  it("judges the staged content, not the work tree", async () => {
    const { dir, git } = await repository({ "a.txt": DIRTY, "a.clean.txt": DIRTY_CLEANED });
    await git("add", "a.txt"); // the copy exists in the work tree but is not staged
    const notStaged = await cli(["--staged", "--check"], { cwd: dir });
    expect(notStaged.exitCode).toBe(1);
    expect(notStaged.stderr).toContain("dirty a.txt");

    write(dir, "a.txt", CLEAN); // a clean work tree does not hide the dirty staged text
    expect((await cli(["--staged", "--check"], { cwd: dir })).exitCode).toBe(1);

    await git("add", "a.clean.txt");
    write(dir, "a.clean.txt", "something else\n"); // an unstaged edit of the copy does not count
    expect((await cli(["--staged", "--check"], { cwd: dir })).exitCode).toBe(0);
  });

  it("fails when the staged copy is out of date", async () => {
    const { dir, git } = await repository({ "a.txt": DIRTY, "a.clean.txt": "The U.S. embassy said nothing.\n" });
    await git("add", ".");
    const run = await cli(["--staged", "--check"], { cwd: dir });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain("its clean copy a.clean.txt is missing or not current");
  });
});

describe("a pre-commit hook running clean-news --staged", () => {
  it("commits the clean copy beside the article", async () => {
    const { dir, git } = await repository({ "news/a.txt": DIRTY });
    installHook(dir, "--staged");
    await git("add", "news/a.txt");
    const commit = await git("commit", "-m", "article");
    expect(commit.exitCode).toBe(0);
    expect((await git("show", "HEAD:news/a.clean.txt")).stdout).toBe(DIRTY_CLEANED.trimEnd());
    expect((await git("show", "HEAD:news/a.txt")).stdout).toBe(DIRTY.trimEnd());
    expect((await git("status", "--porcelain")).stdout).toBe("");
  });

  it("cleans what is staged, leaves the work tree's article alone, and never takes a copy for an article", async () => {
    const { dir, git } = await repository({ "a.txt": DIRTY });
    await git("add", "a.txt");
    write(dir, "a.txt", "Work in progress, not staged.\n");
    const run = await cli(["--staged"], { cwd: dir });
    expect(run.exitCode).toBe(0);
    expect(readFileSync(path.join(dir, "a.clean.txt"), "utf8")).toBe(DIRTY_CLEANED);
    expect(readFileSync(path.join(dir, "a.txt"), "utf8")).toBe("Work in progress, not staged.\n");
    expect((await git("diff", "--cached", "--name-only")).stdout.split("\n").sort()).toEqual(["a.clean.txt", "a.txt"]);

    const again = await cli(["--staged"], { cwd: dir });
    expect(again.exitCode).toBe(0);
    expect(existsSync(path.join(dir, "a.clean.clean.txt"))).toBe(false);
  });

  it("limits itself to the paths it is given and skips what the ignore files name", async () => {
    const { dir, git } = await repository({ "news/a.txt": DIRTY, "drafts/b.txt": DIRTY, "other/c.txt": DIRTY, ".cleannewsignore": "drafts/\n" });
    await git("add", ".");
    const run = await cli(["--staged", "--check", "news", "drafts"], { cwd: dir });
    expect(run.exitCode).toBe(1);
    expect(run.stderr).toContain("dirty news/a.txt");
    expect(run.stderr).not.toContain("dirty drafts/b.txt");
    expect(run.stderr).not.toContain("other/c.txt");
  });

  it("cleans each staged file with its own config and overrides", async () => {
    const config = JSON.stringify({ suffix: ".fixed", overrides: [{ files: ["wire/"], rules: { "fix-spacing": false } }] });
    const { dir, git } = await repository({ ".cleannewsrc.json": config, "wire/a.txt": DIRTY, "news/b.txt": DIRTY });
    await git("add", ".");
    const check = await cli(["--staged", "--check"], { cwd: dir });
    expect(check.exitCode).toBe(1);
    expect(check.stderr).toContain("dirty news/b.txt");
    expect(check.stderr).not.toContain("dirty wire/a.txt");
    expect((await cli(["--staged"], { cwd: dir })).exitCode).toBe(0);
    expect((await git("show", ":news/b.fixed.txt")).stdout).toBe(DIRTY_CLEANED.trimEnd());
    expect((await git("show", ":wire/a.fixed.txt")).stdout).toBe(DIRTY.trimEnd());
    expect((await cli(["--staged", "--check"], { cwd: dir })).exitCode).toBe(0);
  });

  it("is a usage error outside a git repository", async () => {
    const run = await cli(["--staged", "--check"], { cwd: tree({ "a.txt": DIRTY }) });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/--staged needs a git repository/);
  });

  it("a clean copy that .gitignore ignores: each article names its copy, the rule and what to do, not git's raw message", async () => {
    const { dir, git } = await repository({ ".gitignore": "*.clean.txt\n", "a.txt": DIRTY, "b.txt": DIRTY });
    await git("add", "a.txt", "b.txt", ".gitignore");
    const run = await cli(["--staged"], { cwd: dir });
    expect(run.exitCode).toBe(2);
    // Before: "its clean copy cannot be staged: git add failed: The following paths are ignored ...\\na.clean.txt\\nb.clean.txt\\nhint: Use -f ..." for each.
    for (const name of ["a", "b"]) {
      expect(run.stderr).toContain(`error ${name}.txt: its clean copy ${name}.clean.txt was written but cannot be staged: git ignores it (a .gitignore or exclude rule), and --staged stages each copy beside its article: let git track the copies (for example a line !*.clean.txt after that rule), or leave these articles out of --staged\n`);
    }
    expect(run.stderr).not.toContain("hint:");
    // Not "2 written" beside "2 error(s)": the copies are there, unstaged, as each error says.
    expect(run.stderr.trimEnd().split("\n").at(-1)).toBe("0 file(s) cleaned, 0 written, 0 changed, 2 error(s)");
  });
});
