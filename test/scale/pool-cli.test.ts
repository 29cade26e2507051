// The executable's pool: its worker threads start from the command line's bundle, as its main
// thread does (src/pool/worker.ts), and write what one thread writes.
import path from "node:path";
import { beforeAll, expect, it } from "vitest";
import { assertBuilt, cleanNews } from "../helpers/cli.js";
import { scratchFolder, tree, writeArticles } from "../helpers/scale.js";

// Enough files for the executable to start its pool (POOL_MIN_FILES, src/engine.ts).
const FILES = 210;

beforeAll(() => assertBuilt());

it("writes with worker threads started from the bundle what one thread writes", async () => {
  const root = scratchFolder();
  const corpus = path.join(root, "corpus");
  writeArticles(corpus, FILES);
  const run = (jobs: string, out: string) => cleanNews(["--quiet", "--jobs", jobs, "--out-dir", path.join(root, out), corpus]);
  const [one, two] = [await run("1", "one"), await run("2", "two")];
  expect([one.exitCode, one.stderr]).toEqual([0, ""]);
  expect([two.exitCode, two.stderr]).toEqual([0, ""]);
  const written = tree(path.join(root, "one"));
  expect(written.size).toBe(FILES);
  expect(tree(path.join(root, "two"))).toEqual(written);
}, 60_000);
