import type { LineFacts, Mark } from "./facts.js";

// A gallery's caption opens with its counter: "2 of 4 A shopper looks at ...", "3/40 The ...".
// A lowercase word after it is what was counted: "1 of 2 proposals was rejected" is reporting.
const COUNTED = /^(\d{1,3}) ?(of|\/) ?(\d{1,3}) (?!\p{Ll})\S/u;
// "3/12 The county ...", "5/12 Schools ...": with a slash, a total that may be a day of the month
// opens a timeline's entries, which are reporting.
const MAX_DAY = 31;

/**
 * Captions of a photo gallery, each opened by its counter, are chrome (SPEC: captions). One line
 * so opened may be reporting ("3 of 5 voters said ..."); two or more with the same total and
 * different places in it are a gallery's.
 */
export function markGalleryCaptions(facts: readonly LineFacts[], mark: Mark): void {
  const byTotal = new Map<string, { at: number[]; places: Set<string> }>();
  facts.forEach((f, i) => {
    const m = COUNTED.exec(f.text.trim());
    if (!m) return;
    const place = m[1]!;
    const total = m[3]!;
    const by = m[2]!;
    if (Number(place) > Number(total) || Number(total) < 2 || (by === "/" && Number(total) <= MAX_DAY)) return;
    const g = byTotal.get(total) ?? { at: [], places: new Set<string>() };
    g.at.push(i);
    g.places.add(place);
    byTotal.set(total, g);
  });
  for (const [total, g] of byTotal) {
    if (g.places.size >= 2) for (const i of g.at) mark(i, { by: "gallery", total: Number(total) });
  }
}
