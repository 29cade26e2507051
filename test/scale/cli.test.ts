import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PassThrough, Readable } from "node:stream";
import { expect, it } from "vitest";
import { main } from "../../src/cli.js";
import { scratchFolder, tree, writeArticles } from "../helpers/scale.js";

async function cli(args: string[]) {
  const out = new PassThrough();
  const err = new PassThrough();
  let [stdout, stderr] = ["", ""];
  out.on("data", (c: Buffer) => (stdout += c.toString()));
  err.on("data", (c: Buffer) => (stderr += c.toString()));
  const code = await main({ argv: args, stdin: Readable.from([]), stdout: out, stderr: err, env: {} });
  return { code, stdout, stderr };
}

it("--write-index, then --index with --shard on each share, writes what one run writes", async () => {
  const root = scratchFolder();
  const corpus = path.join(root, "corpus");
  writeArticles(corpus, 12);
  const index = path.join(root, "index.json");
  expect((await cli(["--quiet", "--out-dir", path.join(root, "one"), corpus])).code).toBe(0);
  const written = await cli(["--write-index", index, corpus]);
  expect(written.code).toBe(0);
  expect(written.stderr).toMatch(/index of 12 document\(s\) written/);
  expect(JSON.parse(readFileSync(index, "utf8")).format).toBe("clean-news-index");
  for (const share of ["1/2", "2/2"]) expect((await cli(["--quiet", "--index", index, "--shard", share, "--out-dir", path.join(root, "two"), corpus])).code).toBe(0);
  expect(tree(path.join(root, "two"))).toEqual(tree(path.join(root, "one")));
});

it("refuses a bad --shard, --jobs or index with exit code 2", async () => {
  const root = scratchFolder();
  writeFileSync(path.join(root, "a.txt"), "text\n");
  writeFileSync(path.join(root, "not-an-index.json"), "{}");
  expect((await cli(["--shard", "3/2", root])).code).toBe(2);
  expect((await cli(["--jobs", "0", root])).code).toBe(2);
  const bad = await cli(["--index", path.join(root, "not-an-index.json"), root]);
  expect(bad.code).toBe(2);
  expect(bad.stderr).toMatch(/is not a clean-news index/);
});
