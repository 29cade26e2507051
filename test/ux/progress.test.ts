import { writeFileSync } from "node:fs";
import path from "node:path";
import { PassThrough, Readable } from "node:stream";
import { afterEach, expect, it, vi } from "vitest";
import { main } from "../../src/cli.js";
import { scratchFolder } from "../helpers/cli.js";

afterEach(() => vi.restoreAllMocks());

it("clears the progress line on a terminal before the report's first line", async () => {
  const dir = scratchFolder("clean-news-ux-");
  for (let i = 0; i < 3; i++) writeFileSync(path.join(dir, `a${i}.txt`), `The talks in the U. S. went well, number ${i} .\n`);
  // Every clock reading is two seconds after the last: the line shows at once.
  let now = 0;
  vi.spyOn(Date, "now").mockImplementation(() => (now += 2000));
  const err = Object.assign(new PassThrough(), { isTTY: true });
  let stderr = "";
  err.on("data", (c: Buffer) => (stderr += c.toString()));
  const code = await main({ argv: ["--jobs", "1", dir], stdin: Readable.from([]), stdout: new PassThrough(), stderr: err, env: { NO_COLOR: "1" } });
  expect(code).toBe(0);
  expect(stderr).toMatch(/cleaned \d\/3 files/);
  // Whatever the progress line drew is erased before the first "wrote" line, which starts a line.
  expect(stderr).toMatch(/\r\x1b\[Kwrote /);
  expect(stderr.slice(stderr.indexOf("wrote"))).not.toContain("\r");
});
