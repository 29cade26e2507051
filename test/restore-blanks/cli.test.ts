import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli.js";

async function cli(args: string[]) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = "";
  stdout.on("data", (c) => (out += c));
  const code = await main({ argv: args, stdin: new PassThrough(), stdout, stderr, env: {} });
  return { code, out };
}

describe("restore-blanks flags", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "restore-blanks-cli-"));
  const input = path.join(dir, "article.txt");
  writeFileSync(input, "The mayor, Tomas   said the   budget would pass.\n");

  it("--blank-marker puts the marker in each blank no evidence fills", async () => {
    const { code } = await cli([input, "--rules", "restore-blanks", "--blank-marker", "[…]"]);
    expect(code).toBe(0);
    expect(readFileSync(path.join(dir, "article.clean.txt"), "utf8")).toBe("The mayor, Tomas […] said the […] budget would pass.\n");
  });

  it("without it the blanks stay and are reported as unresolved", async () => {
    const { out } = await cli([input, "--rules", "restore-blanks", "--json", "--check"]);
    const report = JSON.parse(out);
    expect(report.files[0].changed).toBe(false);
    expect(report.files[0].unresolved.map((u: { column: number }) => u.column)).toEqual([17, 28]);
  });
});
