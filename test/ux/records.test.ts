/**
 * Record streams (--format jsonl|csv) as a batch user meets them, second round of the
 * command-line audit (docs/ux-audit.md): --check against a copy that is current, a second run.
 */
import { appendFileSync, mkdirSync, readFileSync, statSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { assertBuilt, cleanNews, scratchFolder } from "../helpers/cli.js";

assertBuilt();

const STREAMS = {
  jsonl: ["data.jsonl", '{"id":1,"text":"The talks in the U. S. went well ."}\n{"id":2,"text":"Fine."}\n', "data.clean.jsonl"],
  csv: ["data.csv", 'id,text\n1,"The talks in the U. S. went well ."\n2,Fine.\n', "data.clean.csv"],
} as const;

it.each(Object.entries(STREAMS))("--check of a %s stream passes once its current clean copy is beside it, as for a file", async (format, [name, content, copy]) => {
  const dir = scratchFolder("clean-news-ux2-");
  writeFileSync(path.join(dir, name), content);
  const flags = ["--format", format, "--field", "text"];
  const before = await cleanNews(["--check", ...flags, name], { cwd: dir });
  expect(before.exitCode).toBe(1);
  expect(before.stderr).toContain(`dirty ${name}: needs fix-spacing 2; its clean copy ${copy} is missing or not current; run: clean-news ${flags.join(" ")} ${name}`);
  expect((await cleanNews([...flags, name], { cwd: dir })).exitCode).toBe(0);
  const after = await cleanNews(["--check", ...flags, name], { cwd: dir });
  expect(after.stderr).toContain(`ok ${name}: its clean copy ${copy} is current`);
  expect(after.exitCode).toBe(0);
  appendFileSync(path.join(dir, copy), "\n");
  expect((await cleanNews(["--check", ...flags, name], { cwd: dir })).exitCode).toBe(1);
});

it.each(Object.entries(STREAMS))("a second run over a %s stream leaves its identical copy alone, as for a file (and --in-place an original already clean)", async (format, [name, content, copy]) => {
  const dir = scratchFolder("clean-news-ux2-");
  writeFileSync(path.join(dir, name), content);
  const flags = ["--format", format, "--field", "text"];
  expect((await cleanNews([...flags, name], { cwd: dir })).stderr).toContain(`wrote ${copy}  (fix-spacing 2)`);
  const old = new Date(Math.floor(Date.now() / 1000 - 3600) * 1000);
  utimesSync(path.join(dir, copy), old, old);
  const again = await cleanNews([...flags, name], { cwd: dir });
  expect(again.exitCode).toBe(0);
  expect(again.stderr).toContain(`unchanged ${copy}  (fix-spacing 2)`);
  expect(again.stderr.split("\n").at(-1)).toBe("1 file(s) cleaned, 0 written, 1 changed");
  expect(statSync(path.join(dir, copy)).mtimeMs).toBe(old.getTime());

  utimesSync(path.join(dir, copy), old, old);
  const inPlace = await cleanNews([...flags, "--in-place", copy], { cwd: dir });
  expect(inPlace.exitCode).toBe(0);
  expect(inPlace.stderr.split("\n").at(-1)).toBe("1 file(s) cleaned, 0 written, 0 changed");
  expect(statSync(path.join(dir, copy)).mtimeMs).toBe(old.getTime());
  expect(readFileSync(path.join(dir, name), "utf8")).toBe(content);
});

it("a blank line in a CSV export (most often its last) passes through without a warning, as in JSON Lines", async () => {
  const dir = scratchFolder("clean-news-ux2-");
  writeFileSync(path.join(dir, "data.csv"), 'id,text\r\n1,"The talks in the U. S. went well ."\r\n\r\n2,Fine.\r\n\r\n');
  const result = await cleanNews(["--format", "csv", "--field", "text", "data.csv"], { cwd: dir });
  expect(result.exitCode).toBe(0);
  expect(result.stderr).not.toContain("warning");
  expect(result.stderr).toContain("data.csv: 2 records, 2 fields cleaned, 1 changed (fix-spacing 2), 0 unresolved problem(s), 0 passed through as they were");
  expect(readFileSync(path.join(dir, "data.clean.csv"), "utf8")).toBe('id,text\r\n1,"The talks in the U.S. went well."\r\n\r\n2,Fine.\r\n\r\n');
});

it("records passed through are counted as records, not as files skipped, and annotated at their line of the stream", async () => {
  const dir = scratchFolder("clean-news-ux2-");
  writeFileSync(path.join(dir, "data.jsonl"), '{"id":1,"text":"The talks in the U. S. went well ."}\nnot json\n[1]\n');
  const flags = ["--format", "jsonl", "--field", "text", "data.jsonl"];
  const human = await cleanNews(flags, { cwd: dir });
  expect(human.exitCode).toBe(0);
  expect(human.stderr).toContain("warning data.jsonl:2: skipped, record passed through: not valid JSON");
  expect(human.stderr).toContain("data.jsonl: 1 records, 1 fields cleaned, 1 changed (fix-spacing 2), 0 unresolved problem(s), 2 passed through as they were");
  expect(human.stderr.split("\n").at(-1)).toBe("1 file(s) cleaned, 1 written, 1 changed");
  const github = await cleanNews([...flags, "--reporter", "github"], { cwd: dir });
  expect(github.stdout.split("\n")).toContain("::warning file=data.jsonl,line=3,col=1,title=clean-news::skipped: record passed through: not a JSON object");
});

it.each([
  ["\r", "lone CR (an old Mac spreadsheet's export)"],
  ["\r\n", "CRLF"],
  ["\n", "LF"],
])("a CSV whose records end in %j (%s) keeps each record's line break when a field is cleaned", async (eol) => {
  const dir = scratchFolder("clean-news-redteam-");
  writeFileSync(path.join(dir, "data.csv"), ["id,text", "1,The talks in the U. S. went well .", "2,Fine .", "3,Fine."].join(eol) + eol);
  const result = await cleanNews(["--format", "csv", "--field", "text", "data.csv"], { cwd: dir });
  expect(result.exitCode).toBe(0);
  // Before: with lone CRs the rewritten records lost theirs, and ran into one line: "1,The talks in the U.S. went well.2,Fine.3,Fine.\r"
  expect(readFileSync(path.join(dir, "data.clean.csv"), "utf8")).toBe(["id,text", "1,The talks in the U.S. went well.", "2,Fine.", "3,Fine."].join(eol) + eol);
});

it("a folder given to --format is a usage error that says a stream is one file, not 'looked for ; --ext widens the search'", async () => {
  const dir = scratchFolder("clean-news-redteam-");
  mkdirSync(path.join(dir, "exports"));
  writeFileSync(path.join(dir, "exports", "data.jsonl"), '{"id":1,"text":"Fine ."}\n');
  const result = await cleanNews(["--format", "jsonl", "--field", "text", "exports"], { cwd: dir });
  expect(result.exitCode).toBe(2);
  expect(result.stderr).toBe("clean-news: exports: is a folder; --format reads one stream: name its file, or - for standard input");
});
