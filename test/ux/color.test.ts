import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { PassThrough, Readable } from "node:stream";
import { afterAll, expect, it } from "vitest";
import { main } from "../../src/cli.js";

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
