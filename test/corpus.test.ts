import { describe, expect, it } from "vitest";
import { cleanInMemory } from "../src/api.js";
import { configureRules } from "../src/core/configure.js";
import type { CorpusRule, Doc } from "../src/core/types.js";
import { buildCorpusIndex } from "../src/corpus.js";

/** A toy corpus rule: marks words that occur in no other document, and names its neighbours. */
const uniqueWords: CorpusRule<object, string[], { order: string[]; counts: Map<string, number> }> = {
  meta: { id: "unique-words", description: "Marks words found in one document only.", fixable: true, defaultOptions: {} },
  collect: (doc) => [...new Set(doc.text.split(/\s+/).filter(Boolean))],
  reduce: (summaries) => {
    const counts = new Map<string, number>();
    for (const words of summaries.values()) for (const w of words) counts.set(w, (counts.get(w) ?? 0) + 1);
    return { order: [...summaries.keys()], counts };
  },
  neighbors: (doc, index) => index.order.filter((id) => id !== doc.id).slice(0, 1),
  *check(doc, { index, neighbors }) {
    for (const m of doc.text.matchAll(/\S+/g)) {
      if (index.counts.get(m[0]) === 1) yield { start: m.index, end: m.index + m[0].length, fix: `[${m[0]}]`, message: `unique; neighbour ${neighbors[0]?.id}` };
    }
  },
};

const docs: Doc[] = [
  { id: "c", text: "gamma shared" },
  { id: "a", text: "alpha shared" },
  { id: "b", text: "beta shared" },
];

describe("the corpus pass", () => {
  it("reduces summaries in id order whatever the read order or concurrency", async () => {
    const rules = configureRules([uniqueWords], {});
    const read = async (id: string) => docs.find((d) => d.id === id) ?? null;
    const one = await buildCorpusIndex(rules, ["a", "b", "c"], read, 1);
    const many = await buildCorpusIndex(rules, ["c", "a", "b"], async (id) => {
      await new Promise((r) => setTimeout(r, id === "a" ? 20 : 0));
      return read(id);
    }, 8);
    expect((many.get("unique-words") as { order: string[] }).order).toEqual(["a", "b", "c"]);
    expect(many).toEqual(one);
  });

  it("folds each summary as it comes, in id order whatever the read order or concurrency", async () => {
    const seen: string[] = [];
    let folded = 0;
    const order: CorpusRule<object, string, string[]> = {
      meta: { id: "order", description: "Lists the documents in the order its fold saw them.", fixable: false, defaultOptions: {} },
      collect: (doc) => doc.text,
      fold: () => ({ add: (id) => void seen.push(id), finish: () => ((folded = seen.length), [...seen]) }),
      check: () => [],
    };
    const index = await buildCorpusIndex(configureRules([order], {}), ["c", "a", "b"], async (id) => {
      // "a" comes back last: "b" and "c" wait for it, and none is folded before its turn.
      await new Promise((r) => setTimeout(r, id === "a" ? 20 : 0));
      expect(seen).toEqual([]);
      return docs.find((d) => d.id === id) ?? null;
    }, 8);
    expect(index.get("order")).toEqual(["a", "b", "c"]);
    expect(folded).toBe(3);
  });

  it("gives a corpus rule its index and the neighbours it names", async () => {
    const rules = configureRules([uniqueWords], {});
    const result = await cleanInMemory(docs[2]!, docs, rules, { applySuggestions: false }, true);
    expect(result.text).toBe("[beta] shared");
    expect(result.edits[0]!.reason).toBe("unique; neighbour a");
  });
});
