// Whether a line of an extractor's output belongs to a page's human-checked article body: lines
// are compared as runs of lowercased words; a long line counts as the article's when most of its
// word trigrams are (an extractor may join or split the body's paragraphs).
export const words = (text) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
const trigrams = (ws) => ws.slice(2).map((w, i) => `${ws[i]} ${ws[i + 1]} ${w}`);

/** The gold body of a page, ready for `inArticle`. */
export function goldBody(articleBody) {
  const ws = words(articleBody);
  return { text: ` ${ws.join(" ")} `, grams: new Set(trigrams(ws)) };
}

export function inArticle(line, body) {
  const ws = words(line);
  if (ws.length === 0) return true;
  if (body.text.includes(` ${ws.join(" ")} `)) return true;
  const grams = trigrams(ws);
  return grams.length >= 4 && grams.filter((g) => body.grams.has(g)).length / grams.length >= 0.7;
}
