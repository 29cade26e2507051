/**
 * Near-duplicate search without comparing every pair: each document is reduced to a MinHash
 * sketch of its word shingles, and locality-sensitive hashing puts sketches that agree on a whole
 * band of slots in one bucket, so only documents sharing a bucket are compared.
 */
import { lostTokenPattern } from "./damage.js";

const SLOTS = 64;
const BANDS = 16; // 16 bands of 4 slots: pairs above ~0.5 similarity meet in some bucket.
const ROWS = SLOTS / BANDS;
const SHINGLE = 3;
const SEEDS = Array.from({ length: SLOTS }, (_, i) => fmix32(0x9e3779b9 ^ Math.imul(i + 1, 0x85ebca6b)));

export type Sketch = readonly number[];

/**
 * The sketch of a text's words. Hyphenated tokens are left out, so that an article and its
 * damaged copy, which lost exactly those, sketch alike.
 */
export function sketchOf(text: string): Sketch {
  const words = text
    .replace(lostTokenPattern(), " ")
    .split(/\s+/)
    .map((w) => w.normalize("NFKC").toLowerCase().replace(/[^\p{L}\p{N}]/gu, ""))
    .filter(Boolean);
  const mins = new Array<number>(SLOTS).fill(0xffffffff);
  for (let i = 0; i + SHINGLE <= Math.max(words.length, SHINGLE); i++) {
    const h = fnv1a(words.slice(i, i + SHINGLE).join(" "));
    for (let s = 0; s < SLOTS; s++) {
      const v = fmix32(h ^ SEEDS[s]!);
      if (v < mins[s]!) mins[s] = v;
    }
  }
  return mins;
}

/** The share of slots two sketches agree on: an estimate of their shingles' Jaccard similarity. */
export function similarity(a: Sketch, b: Sketch): number {
  let same = 0;
  for (let s = 0; s < SLOTS; s++) if (a[s] === b[s]) same++;
  return same / SLOTS;
}

export function bandKeys(sketch: Sketch): string[] {
  return Array.from({ length: BANDS }, (_, b) => `${b}:${sketch.slice(b * ROWS, (b + 1) * ROWS).join(",")}`);
}

/** Buckets of document ids by band. */
export type Buckets = ReadonlyMap<string, readonly string[]>;

export function bucketsOf(sketches: Iterable<[string, Sketch]>): Map<string, string[]> {
  const buckets = new Map<string, string[]>();
  for (const [id, sketch] of sketches) {
    for (const key of bandKeys(sketch)) {
      const ids = buckets.get(key);
      if (ids) ids.push(id);
      else buckets.set(key, [id]);
    }
  }
  return buckets;
}

function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function fmix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
