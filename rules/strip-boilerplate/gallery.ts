import type { LineFacts, Mark } from "./facts.js";

// A gallery's caption opens with its counter: "2 of 4 A shopper looks at ...", "3/12 The ...".
const COUNTED = /^(\d{1,3}) ?(?:of|\/) ?(\d{1,3}) \S/u;

/**
 * Captions of a photo gallery, each opened by its counter, are chrome (SPEC: captions). One line
 * so opened may be reporting ("3 of 5 voters said ..."); two or more with the same total and
 * different places in it are a gallery's.
 */
export function markGalleryCaptions(facts: readonly LineFacts[], mark: Mark): void {
  const byTotal = new Map<string, { at: number[]; places: Set<string> }>();
  facts.forEach((f, i) => {
    const m = COUNTED.exec(f.text.trim());
    if (!m || Number(m[1]) > Number(m[2]) || Number(m[2]) < 2) return;
    const g = byTotal.get(m[2]!) ?? { at: [], places: new Set<string>() };
    g.at.push(i);
    g.places.add(m[1]!);
    byTotal.set(m[2]!, g);
  });
  for (const [total, g] of byTotal) {
    if (g.places.size >= 2) for (const i of g.at) mark(i, { by: "gallery", total: Number(total) });
  }
}
