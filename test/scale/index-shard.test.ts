import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError } from "../../src/core/configure.js";
import { run, writeIndex } from "../../src/engine.js";
import { discover } from "../../src/io/discover.js";
import { inSharedMemory, readIndexFile } from "../../src/index-file.js";
import { fromTaggedJson, toTaggedJson } from "../../src/io/tagged-json.js";
import { parseShard, shardOf } from "../../src/shard.js";
import { NAMING, rulesWithCorpusRule, runOptions, scratchFolder, tree, writeArticles } from "../helpers/scale.js";


describe("tagged JSON", () => {
  it("brings back Maps, Sets, typed arrays and bigints inside plain data", () => {
    const value = {
      counts: new Map<string, number>([["a", 1], ["b", 2]]),
      seen: new Set(["x", "y"]),
      sketch: Uint32Array.from([1, 2 ** 32 - 1]),
      big: 2n ** 70n,
      nested: [{ inner: new Map([[1, new Set([2])]]) }],
      plain: { $note: "kept", n: null },
    };
    expect(fromTaggedJson(toTaggedJson(value))).toEqual(value);
  });

  it("refuses a class instance instead of saving it as a plain object", () => {
    class Sketch {
      bits = 1;
    }
    expect(() => toTaggedJson({ s: new Sketch() })).toThrow(/Sketch instance/);
  });
});

describe("--shard", () => {
  it("parses I/N and refuses what is not a share", () => {
    expect(parseShard("2/4")).toEqual({ index: 2, count: 4 });
    for (const bad of ["0/4", "5/4", "1/0", "a/b", "1"]) expect(() => parseShard(bad)).toThrow(ConfigError);
  });

  it("puts every id in exactly one share, the same one every time, and spreads them", () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `corpus/site${i % 7}/article-${i}.txt`);
    const sizes = [0, 0, 0, 0];
    for (const id of ids) {
      const share = shardOf(id, 4);
      expect(shardOf(id, 4)).toBe(share);
      sizes[share - 1]!++;
    }
    for (const size of sizes) expect(size).toBeGreaterThan(200);
  });
});

describe("a saved index", () => {
  it("lets sharded runs write the same copies as one run over everything", async () => {
    const root = scratchFolder();
    const corpus = path.join(root, "corpus");
    writeArticles(corpus, 40);
    const rules = rulesWithCorpusRule();
    const one = path.join(root, "one");
    await run(runOptions([corpus], rules, { naming: { suffix: ".clean", inPlace: false, outDir: one } }));
    const expected = tree(one);
    expect(expected.size).toBe(40);
    expect([...expected.values()].some((t) => /\[\d+ docs\]/.test(t))).toBe(true);
    expect([...expected.values()].some((t) => t.includes("[neighbour: "))).toBe(true);

    const indexFile = path.join(root, "index.json");
    await writeIndex(await discover([corpus], ["txt"], NAMING), runOptions([corpus], rules), indexFile);
    const sharded = path.join(root, "sharded");
    for (const i of [1, 2, 3]) {
      const options = runOptions([corpus], rules, { naming: { suffix: ".clean", inPlace: false, outDir: sharded }, indexFile, shard: { index: i, count: 3 } });
      const report = await run(options);
      expect(report.files.length).toBeLessThan(40);
    }
    expect(tree(sharded)).toEqual(expected);
  });

  it("without --index, a shard still sees the whole corpus as evidence", async () => {
    const root = scratchFolder();
    const corpus = path.join(root, "corpus");
    writeArticles(corpus, 20);
    const rules = rulesWithCorpusRule();
    const one = path.join(root, "one");
    await run(runOptions([corpus], rules, { naming: { suffix: ".clean", inPlace: false, outDir: one } }));
    const sharded = path.join(root, "sharded");
    for (const i of [1, 2]) await run(runOptions([corpus], rules, { naming: { suffix: ".clean", inPlace: false, outDir: sharded }, shard: { index: i, count: 2 } }));
    expect(tree(sharded)).toEqual(tree(one));
  });

  it("is read into shared memory, so that worker threads get its large arrays without a copy", () => {
    const large = Uint32Array.from({ length: 5000 }, (_, i) => i * 7);
    const small = Uint32Array.from([1, 2, 3]);
    const read = inSharedMemory({ tables: new Map([["a", { cells: large }]]), list: [small], n: 3 }) as { tables: Map<string, { cells: Uint32Array }>; list: Uint32Array[]; n: number };
    const cells = read.tables.get("a")!.cells;
    expect(cells.buffer).toBeInstanceOf(SharedArrayBuffer);
    expect(cells).toEqual(large);
    expect(read.list[0]).toBe(small);
    expect(read.n).toBe(3);
  });

  it("is refused when it was written with other options for a corpus rule", async () => {
    const root = scratchFolder();
    writeArticles(path.join(root, "corpus"), 3);
    const rules = rulesWithCorpusRule();
    const indexFile = path.join(root, "index.json");
    await writeIndex(await discover([path.join(root, "corpus")], ["txt"], NAMING), runOptions([path.join(root, "corpus")], rules), indexFile);
    const other = rules.map((r) => (r.rule.meta.id === "test-recurring-lines" ? { ...r, options: { minDocs: 3 } } : r));
    await expect(readIndexFile(indexFile, other)).rejects.toThrow(/other options/);
    await expect(readIndexFile(indexFile, rules)).resolves.toMatchObject({ documents: expect.any(Map) });
  });
});
