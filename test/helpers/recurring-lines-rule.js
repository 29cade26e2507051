// A corpus rule for the scale tests only, in plain JavaScript so that worker threads can
// import it as they would a plugin. It makes the copy of a document depend on the whole
// corpus (how many documents share each line) and on a neighbour's full text, which is what
// a saved index, sharding and the pool must carry over unchanged.

/** Lines of at most 60 characters, each once. */
function shortLines(text) {
  return [...new Set(text.split("\n").map((l) => l.trim()).filter((l) => l.length > 0 && l.length <= 60))];
}

/** @type {import("../../src/core/types.js").CorpusRule<{ minDocs: number }, string[], { counts: Map<string, number>, holders: Map<string, string[]> }>} */
export default {
  meta: { id: "test-recurring-lines", description: "marks lines shared by several documents (tests only)", fixable: true, defaultOptions: { minDocs: 2 } },
  collect: (doc) => shortLines(doc.text),
  reduce(summaries) {
    const counts = new Map();
    const holders = new Map();
    for (const [id, lines] of summaries) {
      for (const line of lines) {
        counts.set(line, (counts.get(line) ?? 0) + 1);
        holders.set(line, [...(holders.get(line) ?? []), id]);
      }
    }
    return { counts, holders };
  },
  neighbors(doc, index) {
    const shared = shortLines(doc.text).find((line) => (index.counts.get(line) ?? 0) > 1);
    return shared ? index.holders.get(shared).filter((id) => id !== doc.id).slice(0, 1) : [];
  },
  *check(doc, ctx) {
    let offset = 0;
    for (const line of doc.text.split("\n")) {
      const n = ctx.index.counts.get(line.trim()) ?? 0;
      if (line.trim() && n >= ctx.options.minDocs) {
        yield { start: offset + line.length, end: offset + line.length, fix: ` [${n} docs]`, message: "shared line" };
      }
      offset += line.length + 1;
    }
    const neighbour = ctx.neighbors[0];
    if (neighbour) yield { start: doc.text.length, end: doc.text.length, fix: `\n[neighbour: ${neighbour.text.split("\n")[0]}]`, message: "neighbour" };
  },
};
