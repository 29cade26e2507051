/** Configuration end to end: .cleannewsrc.json, package.json, overrides, flags on top, --print-config. */
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLEAN, DIRTY, DIRTY_CLEANED, cli, tree } from "../helpers/workflow-cli.js";

const json = (value: unknown) => JSON.stringify(value, null, 2);
const read = (dir: string, name: string) => readFileSync(path.join(dir, name), "utf8");

describe("configuration", () => {
  it("applies overrides by glob, from the config nearest to each file", async () => {
    const dir = tree({
      ".cleannewsrc.json": json({ overrides: [{ files: ["wire/**"], rules: { "fix-spacing": false } }] }),
      "wire/a.txt": DIRTY,
      "news/a.txt": DIRTY,
      "archive/.cleannewsrc.json": json({ suffix: ".fixed" }),
      "archive/a.txt": DIRTY,
    });
    const run = await cli(["."], { cwd: dir });
    expect(run.exitCode).toBe(0);
    expect(read(dir, "wire/a.clean.txt")).toBe(DIRTY);
    expect(read(dir, "news/a.clean.txt")).toBe(DIRTY_CLEANED);
    // The nearest config wins whole (configs do not cascade): the override above does not
    // reach archive/, and its own suffix names the copy.
    expect(read(dir, "archive/a.fixed.txt")).toBe(DIRTY_CLEANED);
    expect(existsSync(path.join(dir, "archive/a.clean.txt"))).toBe(false);

    const again = await cli([".", "--check"], { cwd: dir });
    expect(again.exitCode).toBe(0); // the copies, under either suffix, are not inputs
  });

  it("reads a cleanNews key in package.json", async () => {
    const dir = tree({ "package.json": json({ name: "articles", cleanNews: { rules: { "fix-spacing": "off" } } }), "a.txt": DIRTY });
    expect((await cli(["a.txt"], { cwd: dir })).exitCode).toBe(0);
    expect(read(dir, "a.clean.txt")).toBe(DIRTY);
  });

  it("lets flags override the config, and --config replace the search", async () => {
    const dir = tree({ ".cleannewsrc.json": json({ rules: { "fix-spacing": false }, suffix: ".cfg" }), "a.txt": DIRTY, "other/strict.json": json({}) });
    await cli(["a.txt", "--rules", "fix-spacing", "--suffix", ".flag"], { cwd: dir });
    expect(read(dir, "a.flag.txt")).toBe(DIRTY_CLEANED);
    await cli(["a.txt", "--config", "other/strict.json"], { cwd: dir });
    expect(read(dir, "a.clean.txt")).toBe(DIRTY_CLEANED);
  });

  it("picks the config and overrides of --stdin-filepath for standard input", async () => {
    const dir = tree({ ".cleannewsrc.json": json({ overrides: [{ files: ["raw/*.txt"], rules: { "fix-spacing": false } }] }) });
    const raw = await cli(["-", "--stdin-filepath", "raw/x.txt"], { cwd: dir, input: DIRTY });
    expect(raw.stdout).toBe(DIRTY);
    const news = await cli(["-", "--stdin-filepath", "news/x.txt"], { cwd: dir, input: DIRTY });
    expect(news.stdout).toBe(DIRTY_CLEANED);
  });

  it("prints the effective configuration of a file", async () => {
    const dir = tree({ ".cleannewsrc.json": json({ suffix: ".c", overrides: [{ files: ["wire/"], rules: { "fix-spacing": false }, applySuggestions: true }] }) });
    const wire = await cli(["--print-config", "wire/x.txt"], { cwd: dir });
    expect(wire.exitCode).toBe(0);
    expect(JSON.parse(wire.stdout)).toMatchObject({ file: "wire/x.txt", config: ".cleannewsrc.json", suffix: ".c", applySuggestions: true, rules: { "fix-spacing": false } });
    const news = JSON.parse((await cli(["--print-config", "news/x.txt"], { cwd: dir })).stdout);
    expect(news).toMatchObject({ applySuggestions: false });
    expect(news.rules["fix-spacing"]).toBeTypeOf("object");
  });

  it.each([
    [{ rulez: {} }, /\.cleannewsrc\.json: unknown key "rulez"/],
    [{ rules: { "no-such-rule": true } }, /\.cleannewsrc\.json: unknown rule no-such-rule/],
    [{ overrides: [{ files: ["*.txt"], rules: { "no-such-rule": "off" } }] }, /\.cleannewsrc\.json: unknown rule no-such-rule/],
    [{ quotes: "fancy" }, /\.cleannewsrc\.json: quotes must be one of auto, curly, straight/],
    [{ overrides: [{ rules: {} }] }, /\.cleannewsrc\.json: overrides\[0\] needs "files"/],
  ])("rejects %j as a usage error naming the file, before any file is read", async (config, message) => {
    const dir = tree({ ".cleannewsrc.json": json(config), "a.txt": DIRTY, "b.txt": CLEAN });
    const run = await cli(["."], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(existsSync(path.join(dir, "a.clean.txt"))).toBe(false);
  });

  it("names a config that is not valid JSON", async () => {
    const dir = tree({ ".cleannewsrc.json": "{ rules: ", "a.txt": DIRTY });
    const run = await cli(["a.txt"], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/\.cleannewsrc\.json: not valid JSON/);
  });
});

it("reads a config and an ignore file saved with a BOM and CRLF line endings", async () => {
  const dir = tree({
    ".cleannewsrc.json": `\uFEFF{\r\n  "rules": { "fix-spacing": false }\r\n}\r\n`,
    ".cleannewsignore": "\uFEFFdrafts/\r\n",
    "a.txt": DIRTY,
    "drafts/b.txt": DIRTY,
  });
  const run = await cli([".", "--check", "--json"], { cwd: dir });
  expect(run.exitCode).toBe(0);
  expect(JSON.parse(run.stdout).files).toMatchObject([{ path: "a.txt", changed: false }]);
});
