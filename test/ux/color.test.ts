import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough, Readable } from "node:stream";
import { afterAll, expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { assertBuilt, cleanNews } from "../helpers/cli.js";

assertBuilt();

const dir = mkdtempSync(path.join(tmpdir(), "clean-news-ux-"));
writeFileSync(path.join(dir, "a.txt"), "The talks in the U. S. went well .\n");
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** --check on a terminal's stderr, with this environment. */
async function checkOnTerminal(env: NodeJS.ProcessEnv): Promise<string> {
  const err = Object.assign(new PassThrough(), { isTTY: true });
  let stderr = "";
  err.on("data", (c: Buffer) => (stderr += c.toString()));
  expect(await main({ argv: ["--check", dir], stdin: Readable.from([]), stdout: new PassThrough(), stderr: err, env })).toBe(1);
  return stderr;
}

it.each([
  [{}, true],
  [{ NO_COLOR: "" }, true],
  [{ NO_COLOR: "1" }, false],
  [{ TERM: "dumb" }, false],
])("on a terminal with %j, colour is %s (no-color.org: an empty NO_COLOR does not count)", async (env, coloured) => {
  const stderr = await checkOnTerminal(env);
  expect(stderr).toContain("dirty");
  expect(stderr.includes("\x1b[")).toBe(coloured);
});

// FORCE_COLOR as Node.js and chalk read it: set, it decides ("0" or "false": plain), over the terminal test and NO_COLOR.
it.each([
  [{ FORCE_COLOR: "0" }, false],
  [{ FORCE_COLOR: "false" }, false],
  [{ FORCE_COLOR: "1", NO_COLOR: "1" }, true],
])("on a terminal with %j, colour is %s", async (env, coloured) => {
  const stderr = await checkOnTerminal(env);
  expect(stderr.includes("\x1b[")).toBe(coloured);
});

it.each([
  [{ FORCE_COLOR: "1" }, true],
  [{ FORCE_COLOR: "" }, true],
  [{}, false],
])("with stderr piped (a CI log) and %j, the built CLI colours: %s", async (env, coloured) => {
  const run = await cleanNews(["--check", dir], { env: { NO_COLOR: "", ...env } });
  expect(run.exitCode).toBe(1);
  expect(run.stderr).toContain("dirty");
  expect(run.stderr.includes("\x1b[")).toBe(coloured);
});
