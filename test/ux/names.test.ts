/**
 * File names as an old archive holds them: bytes that are not UTF-8 (a Latin-1 "é"). Node.js
 * decodes names as UTF-8, so such a file is listed with U+FFFD and cannot be opened by that name.
 * Second round of the command-line audit (docs/ux-audit.md).
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { assertBuilt, cleanNews, scratchFolder } from "../helpers/cli.js";

assertBuilt();

const DIRTY = "The talks in the U. S. went well .\n";
const ADVICE = "cannot be opened: its name is not valid UTF-8, and clean-news (Node.js) opens files by UTF-8 names only; rename it, for example with convmv -f latin1 -t utf8 --notest NAME";

/** A folder holding "caf\xe9.txt" and "r\xe9sum\xe9/x.txt" as raw bytes, or null where the file system refuses such names. */
function latin1Names(): string | null {
  const dir = scratchFolder("clean-news-ux2-");
  try {
    writeFileSync(Buffer.from(`${dir}/caf\xe9.txt`, "latin1"), DIRTY);
    mkdirSync(Buffer.from(`${dir}/r\xe9sum\xe9`, "latin1"));
    writeFileSync(Buffer.from(`${dir}/r\xe9sum\xe9/x.txt`, "latin1"), DIRTY);
  } catch {
    return null;
  }
  writeFileSync(path.join(dir, "good.txt"), DIRTY);
  return dir;
}

it("a file or folder whose name is not UTF-8 is an error that says so and what to do, not 'it disappeared during the run'", async (context) => {
  const dir = latin1Names();
  if (!dir) return context.skip("this file system refuses names that are not UTF-8");
  const result = await cleanNews(["."], { cwd: dir });
  expect(result.exitCode).toBe(2);
  expect(result.stderr).toContain(`error caf\uFFFD.txt: ${ADVICE}`);
  expect(result.stderr).toContain(`error r\uFFFDsum\uFFFD: ${ADVICE}`);
  expect(result.stderr).not.toContain("disappeared");
  expect(result.stderr).toContain("wrote good.clean.txt");
});

it.each([
  ["226 ASCII characters", "m".repeat(226)],
  ["114 characters of two bytes", "é".repeat(114)],
])("a long name whose clean copy's name still fits (%s) is cleaned; its temporary file's name is cut short to fit", async (_, stem) => {
  const dir = scratchFolder("clean-news-ux2-");
  writeFileSync(path.join(dir, `${stem}.txt`), DIRTY);
  const result = await cleanNews([`${stem}.txt`], { cwd: dir });
  expect(result.stderr).not.toContain("too long");
  expect(result.exitCode).toBe(0);
  expect(readdirSync(dir).sort()).toEqual([`${stem}.clean.txt`, `${stem}.txt`]);
  expect(readFileSync(path.join(dir, `${stem}.clean.txt`), "utf8")).toBe("The talks in the U.S. went well.\n");
});
