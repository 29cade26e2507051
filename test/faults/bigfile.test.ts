/**
 * A file above the streaming threshold, end to end through the built CLI: cleaned in chunks
 * into a whole copy, its mode kept; interrupted for real mid-write, it leaves nothing behind;
 * changed while it is read, it gets no copy. The threshold is lowered to 1 MiB (the
 * CLEAN_NEWS_STREAM_ABOVE knob) and only fix-spacing runs, to keep this fast as rules are
 * added; the chunking itself is checked in stream.test.ts against whole-document cleaning,
 * and the 1 GB case by `npm run bench:bigfile`.
 */
import { chmod, readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterAll, beforeAll, expect, it } from "vitest";
import { assertBuilt, cleanNews as cli, tempFolder } from "../helpers/cli.js";

const paragraph = (i: number) => `Paragraph ${i}: officials in the U. S. said the talks would go on. ”\nThe minister spoke in Tokyo.\n\n`;
const cleaned = (i: number) => `Paragraph ${i}: officials in the U.S. said the talks would go on.”\nThe minister spoke in Tokyo.\n\n`;
let dir: string;
let remove: () => Promise<void>;
let count = 0;
const big = () => path.join(dir, "big.txt");
const copy = () => path.join(dir, "big.clean.txt");
const args = ["--rules", "fix-spacing", "big.txt"];
const THRESHOLD = 1024 * 1024;
const env = { CLEAN_NEWS_STREAM_ABOVE: String(THRESHOLD) };

beforeAll(async () => {
  assertBuilt();
  ({ dir, remove } = await tempFolder());
  const parts: string[] = [];
  for (let size = 0; size <= 6 * THRESHOLD; count++) {
    parts.push(paragraph(count));
    size += parts[count]!.length;
  }
  await writeFile(big(), parts.join(""));
  await chmod(big(), 0o604);
});
afterAll(async () => remove());

const leftovers = async () => (await import("node:fs/promises")).readdir(dir).then((names) => names.filter((n) => n !== "big.txt"));

it("SIGINT while a large file is being written leaves no partial copy and no temporary file", async () => {
  const run = cli(args, { cwd: dir, env });
  let ended = false;
  void run.then(() => (ended = true));
  while (!(await leftovers()).some((n) => n.endsWith(".tmp"))) {
    if (ended) throw new Error("the run ended before its write was seen: the test file is too small for this machine");
    await new Promise((r) => setTimeout(r, 10));
  }
  run.kill("SIGINT");
  expect((await run).exitCode).toBe(130);
  expect(await leftovers()).toEqual([]);
});

it("a large file changed while it is read gets no copy, and is reported", async () => {
  const original = await readFile(big());
  try {
    const run = await cli(args, { cwd: dir, faults: true, env: { ...env, FAULT_CHANGE_AFTER_READ: big() } });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^error big\.txt: changed while it was being cleaned/m);
    expect(await leftovers()).toEqual([]);
  } finally {
    await writeFile(big(), original);
  }
});

it("a large file is cleaned paragraph by paragraph into a whole copy with its mode", async () => {
  const run = await cli(["--json", ...args], { cwd: dir, env });
  expect(run.exitCode).toBe(0);
  const report = JSON.parse(run.stdout).files[0];
  expect(report.changed).toBe(true);
  // Two edits per paragraph; the list is capped, the rest counted in a note.
  expect(report.edits).toHaveLength(10_000);
  expect(report.unresolved.at(-1).message).toBe(`${2 * count - 10_000} more edits were applied but are not listed, to keep the report of a large file small`);
  const text = await readFile(copy(), "utf8");
  expect(text.length).toBe(Array.from({ length: count }, (_, i) => cleaned(i).length).reduce((a, b) => a + b));
  for (const i of [0, 1, Math.floor(count / 2), count - 1]) expect(text).toContain(cleaned(i));
  expect((await stat(copy())).mode & 0o777).toBe(0o604);
  // --check streams too, and finds the copy current.
  expect((await cli(["--check", ...args], { cwd: dir, env })).exitCode).toBe(0);
});

it("with every rule on, a large file is cleaned by the rules that work on any stretch of text, and its report names the rules that need whole documents", async () => {
  const everyRule = await cli(["--json", "big.txt"], { cwd: dir, env });
  expect(everyRule.exitCode).toBe(0);
  const report = JSON.parse(everyRule.stdout).files[0];
  const notApplied = report.unresolved.filter((u: { message: string }) => u.message.startsWith("not applied: this file is cleaned paragraph by paragraph"));
  expect(notApplied.map((u: { rule: string }) => u.rule).sort()).toEqual(["restore-blanks", "strip-boilerplate"]);
  const withThem = await readFile(copy(), "utf8");
  // The same copy as the document rules alone: a chunk's edges are not an article's.
  expect((await cli(["--disable", "strip-boilerplate,restore-blanks", "big.txt"], { cwd: dir, env })).exitCode).toBe(0);
  expect(await readFile(copy(), "utf8")).toBe(withThem);
  for (const i of [0, count - 1]) expect(withThem).toContain(cleaned(i).slice(0, 40));
});
