// The pool runs the compiled worker (dist/), so these tests need a build first: npm test builds.
import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { run, writeIndex } from "../../src/engine.js";
import { discover } from "../../src/io/discover.js";
import type { RunReport } from "../../src/report/model.js";
import { NAMING, rulesWithCorpusRule, runOptions, scratchFolder, tree, writeArticles } from "../helpers/scale.js";

function setup(count: number) {
  const root = scratchFolder();
  const corpus = path.join(root, "corpus");
  writeArticles(corpus, count);
  const into = (name: string) => ({ naming: { suffix: ".clean", inPlace: false, outDir: path.join(root, name) } });
  return { root, corpus, into };
}

const withoutOutputs = (report: RunReport) => report.files.map((f) => ({ ...f, output: null }));

it("writes the same copies and reports the same edits whatever the number of worker threads", async () => {
  const { root, corpus, into } = setup(90);
  const rules = rulesWithCorpusRule();
  const single = await run(runOptions([corpus], rules, { ...into("one"), jobs: 1 }));
  let progress = 0;
  const pooled = await run(runOptions([corpus], rules, { ...into("two"), jobs: 2, poolMinFiles: 1, onProgress: (done) => (progress = done) }));
  const three = await run(runOptions([corpus], rules, { ...into("three"), jobs: 3, poolMinFiles: 1 }));
  expect(tree(path.join(root, "two"))).toEqual(tree(path.join(root, "one")));
  expect(tree(path.join(root, "three"))).toEqual(tree(path.join(root, "one")));
  expect(withoutOutputs(pooled)).toEqual(withoutOutputs(single));
  expect(withoutOutputs(three)).toEqual(withoutOutputs(single));
  expect(single.files.filter((f) => f.changed).length).toBeGreaterThan(10);
  expect(progress).toBe(90);
});

it("builds the same index in worker threads as in one thread, and cleans with it the same", async () => {
  const { root, corpus, into } = setup(50);
  const rules = rulesWithCorpusRule();
  await writeIndex(await discover([corpus], ["txt"], NAMING), runOptions([corpus], rules, { jobs: 1 }), path.join(root, "one.json"));
  await writeIndex(await discover([corpus], ["txt"], NAMING), runOptions([corpus], rules, { jobs: 2, poolMinFiles: 1 }), path.join(root, "two.json"));
  expect(readFileSync(path.join(root, "two.json"), "utf8")).toBe(readFileSync(path.join(root, "one.json"), "utf8"));
  await run(runOptions([corpus], rules, { ...into("a"), jobs: 1 }));
  await run(runOptions([corpus], rules, { ...into("b"), jobs: 2, poolMinFiles: 1, indexFile: path.join(root, "two.json"), shard: { index: 1, count: 2 } }));
  await run(runOptions([corpus], rules, { ...into("b"), jobs: 2, poolMinFiles: 1, indexFile: path.join(root, "two.json"), shard: { index: 2, count: 2 } }));
  expect(tree(path.join(root, "b"))).toEqual(tree(path.join(root, "a")));
});

it("reports a file that cannot be read in a worker like the single thread does", async () => {
  const { corpus } = setup(4);
  const rules = rulesWithCorpusRule();
  const missing = path.join(corpus, "missing.txt");
  const single = await run(runOptions([corpus, missing], rules, { mode: "check", jobs: 1 }));
  const pooled = await run(runOptions([corpus, missing], rules, { mode: "check", jobs: 2, poolMinFiles: 1 }));
  expect(pooled).toEqual(single);
  expect(single.files.some((f) => f.error !== null)).toBe(true);
});
