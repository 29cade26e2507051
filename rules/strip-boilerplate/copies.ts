import type { LineFacts, Mark } from "./facts.js";
import { wordsOf } from "./title.js";

/**
 * A page may print its article twice: once as paragraphs, once run together into one long line
 * (the description or body a page carries for feeds and search engines, shown as text). A line
 * that holds two or more of the page's other paragraphs, which make up most of it, is that
 * copy: the paragraphs stay, the copy goes. A single paragraph held is no proof: an article's
 * paragraph may repeat its standfirst. The copy's quotations are the paragraphs' own, which stay.
 */

const HELD_PARAGRAPHS = 2;
// Most of the copy's words are the paragraphs it holds: a paragraph that quotes two short lines is no copy.
const HELD_SHARE = 0.5;

export function markCopies(facts: readonly LineFacts[], mark: Mark): void {
  const paragraphs = facts.flatMap((f, i) => (f.body ? [i] : []));
  if (paragraphs.length <= HELD_PARAGRAPHS) return;
  const words = new Map<number, string>();
  const wordsAt = (i: number) => words.get(i) ?? words.set(i, wordsOf(facts[i]!.text)).get(i)!;
  // A paragraph's first few characters, found as they are, before the words are compared.
  const starts = paragraphs.map((j) => facts[j]!.text.trim().slice(0, 24));
  for (const i of paragraphs) {
    const copy = facts[i]!;
    const held = paragraphs.filter((j, k) => facts[j]!.words < copy.words && copy.text.includes(starts[k]!));
    if (held.length < HELD_PARAGRAPHS) continue;
    const inside = new Set(held.map(wordsAt).filter((w) => wordsAt(i).includes(w)));
    const share = [...inside].reduce((n, w) => n + w.split(" ").length - 2, 0) / copy.words;
    if (inside.size >= HELD_PARAGRAPHS && share >= HELD_SHARE) mark(i, { by: "copy", paragraphs: inside.size }, true);
  }
}
