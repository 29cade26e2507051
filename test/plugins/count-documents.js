// A fixture plugin exporting a list with one cross-document rule: it reports, on each document,
// how many documents the run holds (inputs and references), so a test can see the evidence.
export default [
  {
    meta: { id: "count-documents", description: "Reports how many documents the run holds" },
    collect: () => 1,
    reduce: (summaries) => summaries.size,
    *check(_doc, ctx) {
      yield { start: 0, end: 0, message: `${ctx.index} documents in the run` };
    },
  },
];
