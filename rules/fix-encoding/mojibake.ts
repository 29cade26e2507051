import { badness, isBad } from "./badness.js";
import { CODE_PAGES, WINDOWS_1252 } from "./codepages.js";
import { isPlausible } from "./plausible.js";
import { misreadAs, reread } from "./reread.js";
import { repairSpans } from "./spans.js";

/**
 * Mojibake repair after ftfy's `fix_encoding`: text that is UTF-8 misread as a single-byte
 * code page is encoded back to those bytes and decoded as UTF-8, whole or span by span, as
 * long as it keeps looking like mojibake (double mojibake takes two rounds). A repair is kept
 * only if the bytes decode strictly, the result scores lower on `badness` (so correct text in
 * any language, which scores 0, is never touched) and brings in only plausible letters.
 */
export interface Repair {
  text: string;
  /** What was repaired, round by round ("UTF-8 read as Windows-1252"). */
  steps: string[];
}

// Double mojibake is two rounds; more than a few means we are chasing our own tail.
const MAX_ROUNDS = 4;

const NON_ASCII = /[^\x00-\x7f]/;
const C1 = /[\u0080-\u009f]/g;

export function repairMojibake(text: string): Repair {
  let current = text;
  const steps: string[] = [];
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const next = oneRound(current);
    if (next === null) break;
    current = next.text;
    steps.push(...next.steps);
  }
  // A chain may pass through text that looks no better (double mojibake half undone); where it
  // ends must look better than where it started, or as bad but shorter: more bytes read as
  // UTF-8, with the evidence left next to a mark that stands for itself ("”Ã©" -> "”é").
  const [was, is] = [badness(text), badness(current)];
  const better = is < was || (is === was && current.length < text.length);
  if (steps.length === 0 || !better || !isPlausible(text, current)) return { text, steps: [] };
  return { text: current, steps };
}

function oneRound(text: string): Repair | null {
  if (!NON_ASCII.test(text) || !isBad(text)) return null;
  const before = badness(text);
  let level: Repair | null = null;
  for (const page of CODE_PAGES) {
    const fixed = reread(text, page);
    if (fixed === null || fixed === text || !isPlausible(text, fixed)) continue;
    const after = badness(fixed);
    if (after < before) return { text: fixed, steps: [misreadAs(page)] };
    // No better yet, but shorter: one layer of several peeled off.
    if (after === before && fixed.length < text.length) level ??= { text: fixed, steps: [misreadAs(page)] };
  }
  return level ?? repairSpans(text, repairMojibake) ?? readC1AsWindows1252(text);
}

/**
 * C1 controls left over are Windows-1252 characters read as Latin-1 ("\x93" for "“"), the
 * way browsers read them. The five bytes Windows-1252 leaves undefined stay as they are.
 */
export function readC1AsWindows1252(text: string): Repair | null {
  const fixed = text.replace(C1, (c) => WINDOWS_1252.chars[c.charCodeAt(0)]!);
  return fixed === text ? null : { text: fixed, steps: ["C1 controls read as Windows-1252"] };
}
