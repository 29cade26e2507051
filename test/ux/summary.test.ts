/** The summary line and the help, against what the run did. Second round of the command-line audit (docs/ux-audit.md). */
import { writeFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { assertBuilt, cleanNews, scratchFolder } from "../helpers/cli.js";

assertBuilt();

it("files whose copies could not be written (a full disk) are errors in the summary, not files changed", async () => {
  const dir = scratchFolder("clean-news-ux2-");
  writeFileSync(path.join(dir, "a.txt"), "The talks in the U. S. went well .\n");
  writeFileSync(path.join(dir, "b.txt"), "The talks in the U. S. went well .\n");
  const result = await cleanNews(["a.txt", "b.txt"], { cwd: dir, faults: true, env: { FAULT_FULL_DIR: dir } });
  expect(result.exitCode).toBe(2);
  expect(result.stderr.split("\n").at(-1)).toBe("0 file(s) cleaned, 0 written, 0 changed, 2 error(s)");
});
