import { existsSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, expect, it } from "vitest";
import { assertBuilt, cleanNews, tempDir } from "../helpers/cli.js";

assertBuilt();
const folders: string[] = [];
afterEach(() => folders.splice(0).forEach((f) => rmSync(f, { recursive: true, force: true })));

function folder(): string {
  const dir = tempDir("clean-news-ux-");
  folders.push(dir);
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
