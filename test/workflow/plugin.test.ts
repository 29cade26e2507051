/** Plugins end to end: a rule module with the built-in interface, from a flag or a config. */
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { ROOT, cli, tree } from "../helpers/workflow-cli.js";

const PLUGIN = path.join(ROOT, "test/plugins/spell-out-us.js");
const BROKEN = path.join(ROOT, "test/plugins/broken.js");
const TEXT = "The U. S. embassy said [TK] people came.\n";

it("loads --plugin and runs its rule after the built-in rules", async () => {
  const dir = tree({ "a.txt": TEXT });
  const run = await cli(["a.txt", "--plugin", PLUGIN, "--json"], { cwd: dir });
  expect(run.exitCode).toBe(0);
  // "U. S." is only "U.S." after fix-spacing: the plugin saw the built-in rules' output.
  expect(readFileSync(path.join(dir, "a.clean.txt"), "utf8")).toBe("The United States embassy said [TK] people came.\n");
  const file = JSON.parse(run.stdout).files[0];
  expect(file.edits.map((e: { rule: string }) => e.rule)).toEqual(["fix-spacing", "spell-out-us"]);
  expect(file.unresolved).toMatchObject([{ rule: "spell-out-us", line: 1, column: 24, message: "placeholder left by the editor" }]);
});

it("loads the plugins a config names, with options from the config", async () => {
  const dir = tree({ "a.txt": TEXT });
  const plugin = path.relative(dir, PLUGIN);
  const config = { plugins: [plugin], rules: { "spell-out-us": { name: "USA" } }, overrides: [{ files: ["raw/"], rules: { "spell-out-us": false } }] };
  const { writeFileSync, mkdirSync } = await import("node:fs");
  writeFileSync(path.join(dir, ".cleannewsrc.json"), JSON.stringify(config));
  mkdirSync(path.join(dir, "raw"));
  writeFileSync(path.join(dir, "raw/b.txt"), TEXT);
  expect((await cli(["."], { cwd: dir })).exitCode).toBe(0);
  expect(readFileSync(path.join(dir, "a.clean.txt"), "utf8")).toBe("The USA embassy said [TK] people came.\n");
  expect(readFileSync(path.join(dir, "raw/b.clean.txt"), "utf8")).toBe("The U.S. embassy said [TK] people came.\n");
  expect((await cli(["--list-rules"], { cwd: dir })).stdout).toMatch(/^spell-out-us\s+Spells out/m);
});

it("rejects invalid plugin options through the rule's own validation", async () => {
  const dir = tree({ "a.txt": TEXT, ".cleannewsrc.json": JSON.stringify({ rules: { "spell-out-us": { name: 3 } } }) });
  const run = await cli(["a.txt", "--plugin", PLUGIN], { cwd: dir });
  expect(run.exitCode).toBe(2);
  expect(run.stderr).toMatch(/\.cleannewsrc\.json: rule spell-out-us: name must be a string/);
});

it.each([
  [BROKEN, /plugin .*broken\.js \(--plugin\): the rule broken: needs a check\(doc, ctx\) function/],
  ["./missing.js", /plugin \.\/missing\.js \(--plugin\): no such file/],
])("names a plugin that cannot be used (%s) as a usage error", async (plugin, message) => {
  const dir = tree({ "a.txt": TEXT });
  const run = await cli(["a.txt", "--plugin", plugin], { cwd: dir });
  expect(run.exitCode).toBe(2);
  expect(run.stderr).toMatch(message);
});

it("refuses a corpus rule with collect but neither fold nor reduce", async () => {
  const dir = tree({ "a.txt": TEXT, "half.js": `export default { meta: { id: "half", description: "x" }, collect: () => 1, check() { return []; } };\n` });
  const run = await cli(["a.txt", "--plugin", "./half.js"], { cwd: dir });
  expect(run.exitCode).toBe(2);
  expect(run.stderr).toMatch(/half: a corpus rule needs a collect function, and a fold or reduce function/);
});

it("refuses a plugin rule that takes a built-in rule's id", async () => {
  const dir = tree({ "a.txt": TEXT, "dup.js": `export default { meta: { id: "fix-spacing", description: "x" }, check() { return []; } };\n` });
  const run = await cli(["a.txt", "--plugin", "./dup.js"], { cwd: dir });
  expect(run.exitCode).toBe(2);
  expect(run.stderr).toMatch(/two rules are called fix-spacing/);
});

it("runs a corpus rule from a plugin list, with the config's reference folders as evidence", async () => {
  const dir = tree({ "refs/r1.txt": "one\n", "refs/r2.txt": "two\n", "news/a.txt": "a\n", "news/b.txt": "b\n" });
  const { writeFileSync } = await import("node:fs");
  const plugin = path.relative(path.join(dir, "news"), path.join(ROOT, "test/plugins/count-documents.js"));
  writeFileSync(path.join(dir, "news/.cleannewsrc.json"), JSON.stringify({ plugins: [plugin], references: ["../refs"] }));
  const run = await cli(["news", "--check", "--json"], { cwd: dir });
  expect(run.exitCode).toBe(0);
  const files = JSON.parse(run.stdout).files as { path: string; unresolved: { message: string }[] }[];
  expect(files.map((f) => [f.path, f.unresolved.map((u) => u.message)])).toEqual([
    ["news/a.txt", ["4 documents in the run"]],
    ["news/b.txt", ["4 documents in the run"]],
  ]);
});
