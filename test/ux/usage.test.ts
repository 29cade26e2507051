import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { assertBuilt, cleanNews, scratchFolder } from "../helpers/cli.js";

assertBuilt();

function folder(): string {
  const dir = scratchFolder("clean-news-ux-");
  return dir;
}

it.each([
  [["--field", "text"], /--field names a part of each record of a stream: add --format csv or --format jsonl/],
  [["--id-field", "key"], /--id-field names a part of each record of a stream/],
])("refuses %j without --format (exit 2, nothing written) rather than clean the stream as one article", async (flags, message) => {
  const dir = folder();
  writeFileSync(path.join(dir, "news.txt"), "id,text\n1,The talks in the U. S. went well .\n");
  const result = await cleanNews([...flags, "news.txt"], { cwd: dir });
  expect(result.exitCode).toBe(2);
  expect(result.stderr).toMatch(message);
  expect(existsSync(path.join(dir, "news.clean.txt"))).toBe(false);
});

it("says so when a folder holds no file to clean, and how to widen the search", async () => {
  const dir = folder();
  writeFileSync(path.join(dir, "notes.md"), "The talks in the U. S. went well .\n");
  const result = await cleanNews(["."], { cwd: dir });
  expect(result.exitCode).toBe(0);
  expect(result.stderr).toBe(".: no file to clean in this folder (looked for *.txt; --ext widens the search)");
  const widened = await cleanNews(["--ext", "md", "."], { cwd: dir });
  expect(widened.stderr).not.toContain("no file to clean");
  expect(existsSync(path.join(dir, "notes.clean.md"))).toBe(true);
});

it("--check's summary counts files checked, since it cleans none", async () => {
  const dir = folder();
  writeFileSync(path.join(dir, "a.txt"), "The talks in the U. S. went well .\n");
  const result = await cleanNews(["--check", "."], { cwd: dir });
  expect(result.exitCode).toBe(1);
  expect(result.stderr.split("\n").at(-1)).toBe("1 file(s) checked, 1 need a clean copy");
  expect(existsSync(path.join(dir, "a.clean.txt"))).toBe(false);
});

it.each([
  [["--index", "nope.json"], "clean-news: --index nope.json cannot be opened: no such file or folder; check the path"],
  [["--index", "bad.json"], "clean-news: --index bad.json is not valid JSON ("],
  [["--config", "nope.json"], "nope.json: cannot be opened: no such file or folder; check the path"],
])("%j names the file and the reason in words, not an errno code (exit 2)", async (flags, message) => {
  const dir = folder();
  writeFileSync(path.join(dir, "a.txt"), "The talks went well.\n");
  writeFileSync(path.join(dir, "bad.json"), "{bad");
  const result = await cleanNews([...flags, "a.txt"], { cwd: dir });
  expect(result.exitCode).toBe(2);
  expect(result.stderr).toContain(message);
  expect(result.stderr).not.toMatch(/ENOENT|EISDIR/);
});

it("a mistyped flag gets the error, the likely flag and a one-line pointer to --help, not the whole help", async () => {
  const dir = folder();
  writeFileSync(path.join(dir, "a.txt"), "The talks went well.\n");
  const result = await cleanNews(["--chek", "a.txt"], { cwd: dir });
  expect(result.exitCode).toBe(2);
  expect(result.stderr).toContain("unknown option '--chek'");
  expect(result.stderr).toContain("(Did you mean --check?)");
  expect(result.stderr).toContain("(clean-news --help lists every option)");
  expect(result.stderr).not.toContain("Usage:");
  expect(result.stderr.split("\n").length).toBeLessThan(6);
});

it("--write-index reports the index it wrote, without a summary of files cleaned that it did not clean", async () => {
  const dir = folder();
  writeFileSync(path.join(dir, "a.txt"), "The talks in the U. S. went well .\n");
  const result = await cleanNews(["--write-index", "index.json", "a.txt"], { cwd: dir });
  expect(result.exitCode).toBe(0);
  expect(result.stderr).toBe("index.json: index of 1 document(s) written");
  expect(existsSync(path.join(dir, "index.json"))).toBe(true);
  expect(existsSync(path.join(dir, "a.clean.txt"))).toBe(false);
});

it("an --index with the right header over a damaged body is a usage error naming the file, not an internal error with a stack trace", async () => {
  const dir = folder();
  writeFileSync(path.join(dir, "a.txt"), "The talks in the U. S. went well .\n");
  expect((await cleanNews(["--write-index", "good.json", "a.txt"], { cwd: dir })).exitCode).toBe(0);
  const good = JSON.parse(readFileSync(path.join(dir, "good.json"), "utf8"));
  const variants: Record<string, unknown> = {
    "header-only.json": { format: good.format, version: good.version },
    "null-rules.json": { ...good, rules: null },
    "null-evidence.json": { ...good, rules: { ...good.rules, "strip-boilerplate": { ...good.rules["strip-boilerplate"], index: null } } },
    "number-evidence.json": { ...good, rules: { ...good.rules, "restore-blanks": { ...good.rules["restore-blanks"], index: 5 } } },
    "bad-map.json": { ...good, rules: { ...good.rules, "strip-boilerplate": { ...good.rules["strip-boilerplate"], index: { ...good.rules["strip-boilerplate"].index, counts: { $map: "x" } } } } },
  };
  for (const [name, content] of Object.entries(variants)) {
    writeFileSync(path.join(dir, name), JSON.stringify(content));
    const result = await cleanNews(["--index", name, "a.txt"], { cwd: dir });
    expect(result.stderr).not.toMatch(/internal error|TypeError|\n    at /);
    expect(result.stderr).toMatch(new RegExp(`^clean-news: --index ${name.replace(".", "\\.")} is a damaged clean-news index \\(.+\\); write it again with --write-index$`));
    expect(result.exitCode).toBe(2);
    expect(existsSync(path.join(dir, "a.clean.txt"))).toBe(false);
  }
});

it.each([
  [["--in-place", "--suffix", ".fixed", "news.txt"], "--in-place rewrites the originals, so --suffix names no copy"],
  [["--out-dir", "out", "-"], "- (standard input) is cleaned to standard output, so --out-dir has no file to name"],
  [["--in-place", "-"], "so --in-place has no file to name"],
  [["--format", "csv", "--field", "text", "--suffix", ".fixed", "-"], "so --suffix has no file to name"],
  [["--stdin-filepath", "raw/news.txt", "news.txt"], "--stdin-filepath names the file that standard input stands for: give - as the input"],
  [["--shard", "1/2", "-"], "--shard shares files and folders out among machines, and standard input cannot be shared out"],
  [["--shard", "1/2", "--staged"], "and the staged articles cannot be shared out"],
  [["--rules", "", "news.txt"], '--rules "" names no rule'],
  [["--rules", " , ", "news.txt"], '--rules " , " names no rule'],
  [["--encoding", "base64", "news.txt"], "--encoding base64 writes bytes as text, it is no encoding of text"],
  [["--encoding", "HEX", "news.txt"], "--encoding HEX writes bytes as text"],
])("a flag the run would do nothing with is a usage error naming it: %j", async (args, message) => {
  const dir = folder();
  writeFileSync(path.join(dir, "news.txt"), "id,text\n1,The talks in the U. S. went well .\n");
  const result = await cleanNews(args, { cwd: dir, input: "The talks in the U. S. went well .\n" });
  expect(result.stderr).toContain(message);
  expect(result.exitCode).toBe(2);
  expect(result.stdout).toBe("");
  expect(readFileSync(path.join(dir, "news.txt"), "utf8")).toBe("id,text\n1,The talks in the U. S. went well .\n");
  expect(existsSync(path.join(dir, "news.fixed.txt")) || existsSync(path.join(dir, "news.clean.txt")) || existsSync(path.join(dir, "out"))).toBe(false);
});
