/** --ext as people write it. Second round of the command-line audit (docs/ux-audit.md). */
import { existsSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { assertBuilt, cleanNews, scratchFolder } from "../helpers/cli.js";

assertBuilt();

function folder(): string {
  const dir = scratchFolder("clean-news-ux2-");
  writeFileSync(path.join(dir, "a.txt"), "The talks in the U. S. went well .\n");
  writeFileSync(path.join(dir, "b.md"), "The talks in the U. S. went well .\n");
  return dir;
}

it.each([["*.txt,*.md"], ["txt md"], [".txt, .md"], ["TXT,MD,"]])("--ext %j cleans *.txt and *.md", async (ext) => {
  const dir = folder();
  const result = await cleanNews(["--ext", ext, "."], { cwd: dir });
  expect(result.exitCode).toBe(0);
  expect(existsSync(path.join(dir, "a.clean.txt"))).toBe(true);
  expect(existsSync(path.join(dir, "b.clean.md"))).toBe(true);
});

it.each([
  ["", '--ext "" names no extension: give one or more, comma-separated (--ext txt,md)'],
  [",", '--ext "," names no extension: give one or more, comma-separated (--ext txt,md)'],
  ["t?t", '--ext takes extensions, not patterns: "t?t" (--ext txt,md cleans *.txt and *.md)'],
])("--ext %j is a usage error (exit 2), not a run that looks for nothing", async (ext, message) => {
  const dir = folder();
  const result = await cleanNews(["--ext", ext, "."], { cwd: dir });
  expect(result.exitCode).toBe(2);
  expect(result.stderr).toBe(`clean-news: ${message}`);
  expect(existsSync(path.join(dir, "a.clean.txt"))).toBe(false);
});

it.each([[["news", "news"]], [["news", "news/sub"]], [["news", "news/a.txt", "news"]]])("%j: a folder whose files were found through another path is not 'no file to clean in this folder'", async (paths) => {
  const dir = scratchFolder("clean-news-ux2-");
  mkdirSync(path.join(dir, "news", "sub"), { recursive: true });
  writeFileSync(path.join(dir, "news", "a.txt"), "The talks in the U. S. went well .\n");
  writeFileSync(path.join(dir, "news", "sub", "b.txt"), "The talks in the U. S. went well .\n");
  const result = await cleanNews(paths, { cwd: dir });
  expect(result.exitCode).toBe(0);
  expect(result.stderr).not.toContain("no file to clean");
  expect(result.stderr.split("\n").at(-1)).toBe("2 file(s) cleaned, 2 written, 2 changed");
});

it("a --suffix (or a config's suffix) that starts with a letter is a usage error: 'clean' named the copy aclean.txt, and unclean.txt passed for a copy and was left out", async () => {
  const dir = scratchFolder("clean-news-ux2-");
  writeFileSync(path.join(dir, "a.txt"), "The talks in the U. S. went well .\n");
  writeFileSync(path.join(dir, "unclean.txt"), "The talks in the U. S. went well .\n");
  const flag = await cleanNews(["--suffix", "clean", "."], { cwd: dir });
  expect(flag.exitCode).toBe(2);
  expect(flag.stderr).toBe("clean-news: --suffix clean would run into the name (a.txt -> aclean.txt), and an article named like unclean.txt would pass for a copy and be left out; start it with a separator: .clean");
  writeFileSync(path.join(dir, ".cleannewsrc.json"), '{"suffix": "fixed"}');
  const config = await cleanNews(["."], { cwd: dir });
  expect(config.exitCode).toBe(2);
  expect(config.stderr).toContain('.cleannewsrc.json: suffix "fixed" would run into the name');
  expect(existsSync(path.join(dir, "aclean.txt")) || existsSync(path.join(dir, "afixed.txt"))).toBe(false);
  rmSync(path.join(dir, ".cleannewsrc.json"));
  const dash = await cleanNews(["--suffix", "-fixed", "."], { cwd: dir });
  expect(dash.exitCode).toBe(0);
  expect(existsSync(path.join(dir, "unclean-fixed.txt"))).toBe(true);
});

it("the copy of a file without an extension is not cleaned again on the next run (notes -> notes.clean, never notes.clean.clean)", async () => {
  const dir = scratchFolder("clean-news-redteam-");
  writeFileSync(path.join(dir, "notes"), "The talks in the U. S. went well .\n");
  writeFileSync(path.join(dir, ".profile"), "The talks in the U. S. went well .\n");
  expect((await cleanNews(["notes", ".profile"], { cwd: dir })).exitCode).toBe(0);
  expect(existsSync(path.join(dir, "notes.clean"))).toBe(true);
  expect(existsSync(path.join(dir, ".profile.clean"))).toBe(true);
  // What `clean-news ./* ./.profile*` names on the second run.
  const again = await cleanNews(["notes", "notes.clean", ".profile", ".profile.clean"], { cwd: dir });
  expect(again.exitCode).toBe(0);
  expect(again.stderr).toContain("notes.clean: skipped: it is a clean copy written by clean-news");
  expect(existsSync(path.join(dir, "notes.clean.clean"))).toBe(false);
  expect(existsSync(path.join(dir, ".profile.clean.clean"))).toBe(false);
  // The same with a suffix that holds a dot of its own.
  expect((await cleanNews(["--suffix", "_v2.fixed", "notes"], { cwd: dir })).exitCode).toBe(0);
  const third = await cleanNews(["--suffix", "_v2.fixed", "notes", "notes_v2.fixed"], { cwd: dir });
  expect(third.stderr).toContain("notes_v2.fixed: skipped: it is a clean copy written by clean-news");
  expect(existsSync(path.join(dir, "notes_v2_v2.fixed"))).toBe(false);
});
