// Word F1 as the benchmark scores it: lowercased runs of letters and digits, counted as a
// multiset; precision and recall over the matched words.
const words = (text) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

export function wordF1(expected, actual) {
  const want = new Map();
  for (const w of words(expected)) want.set(w, (want.get(w) ?? 0) + 1);
  const got = words(actual);
  let hit = 0;
  for (const w of got) {
    const left = want.get(w) ?? 0;
    if (left > 0) {
      hit++;
      want.set(w, left - 1);
    }
  }
  const total = words(expected).length;
  const precision = got.length ? hit / got.length : 0;
  const recall = total ? hit / total : 0;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
