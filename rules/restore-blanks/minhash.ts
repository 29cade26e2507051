/**
 * Near-duplicate search without comparing every pair: each document is reduced to a MinHash
 * sketch of its word shingles, and locality-sensitive hashing puts sketches that agree on a whole
 * band of slots in one bucket, so only documents sharing a bucket are compared.
 *
 * The sketch is one-permutation MinHash (Li, Owen and Zhang 2012) with rotation densification
 * (Shrivastava and Li 2014): each shingle is hashed once and lands in one slot, so sketching
 * costs one hash per word instead of one per word and slot.
 */
import { fmix32 } from "../shared/hash.js";
import { lostTokensIn } from "./damage.js";

const SLOTS = 64;
const SLOT_BITS = 6;
// 32 bands of 2 slots: pairs above ~0.2 similarity meet in some bucket, so that an excerpt meets
// the longer page it was cut from (their similarity is low, the excerpt's containment high).
const BANDS = 32;
const ROWS = SLOTS / BANDS;
const EMPTY = 0xffffffff;

/**
 * What the corpus pass keeps of a document for twins: the 32-bit slot minima and the number of
 * shingles, as a string of 2 UTF-16 code units each (high half first). Every document's sketch
 * waits for the reduce, by the hundred thousand: a string of 260 bytes crosses threads and sits
 * in a summary at about half the cost of a typed array of 256 (its buffer and views).
 */
export type Sketch = string;

function slot(sketch: Sketch, s: number): number {
  return ((sketch.charCodeAt(2 * s) << 16) | sketch.charCodeAt(2 * s + 1)) >>> 0;
}

function shinglesOf(sketch: Sketch): number {
  return slot(sketch, SLOTS);
}

function packed(slots: Uint32Array, shingles: number): Sketch {
  const units = new Array<number>(2 * SLOTS + 2);
  for (let s = 0; s <= SLOTS; s++) {
    const v = s < SLOTS ? slots[s]! : shingles;
    units[2 * s] = v >>> 16;
    units[2 * s + 1] = v & 0xffff;
  }
  // `apply` with an array: spreading 130 arguments cost ten times as much.
  return String.fromCharCode.apply(null, units);
}

/**
 * The sketch of a text's words (letters and digits, lower case) in shingles of three.
 * Hyphenated tokens are left out, so that an article and its damaged copy, which lost exactly
 * those, sketch alike.
 */
export function sketchOf(text: string): Sketch {
  const words = wordHashes(withoutLostTokens(text).toLowerCase());
  // The slot minima of the shingles, each hashed from its three word hashes.
  const mins = new Uint32Array(SLOTS).fill(EMPTY);
  for (let i = 2; i < words.length; i++) {
    const h = fmix32(Math.imul(words[i - 2]!, 0x9e3779b1) ^ Math.imul(words[i - 1]!, 0x85ebca6b) ^ words[i]!);
    const slot = h >>> (32 - SLOT_BITS);
    const value = h & ((1 << (32 - SLOT_BITS)) - 1);
    if (value < mins[slot]!) mins[slot] = value;
  }
  return packed(densify(mins), Math.max(0, words.length - 2));
}

/** Where `wordHashes` writes, grown to the longest text seen: no array per document. */
let scratch = new Int32Array(1024);

/**
 * The FNV-1a hash of each word (a run of `isWordUnit` code units) of `lower`, in order, as a
 * view of `scratch` (valid until the next call). One pass over the code units with no branch
 * on the character: the test of whether a word ends, taken at every character, was
 * mispredicted at every word's edge. Each step stores the hash so far where the next word's
 * hash goes, and counts it only when a word has just ended.
 */
function wordHashes(lower: string): Int32Array {
  // A word and the character ending it take two code units or more.
  if (scratch.length < lower.length / 2 + 2) scratch = new Int32Array(lower.length + 2);
  const out = scratch;
  let w = FNV_OFFSET;
  let inWord = 0;
  let n = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    const k = c < 0x80 ? ASCII_WORD[c]! : isWordUnit(c) ? 1 : 0;
    out[n] = w;
    n += inWord & (k ^ 1);
    const keep = -k;
    w = (Math.imul(w ^ c, FNV_PRIME) & keep) | (FNV_OFFSET & ~keep);
    inWord = k;
  }
  out[n] = w;
  n += inWord;
  return out.subarray(0, n);
}

/**
 * Letters and digits (of lower-case text) by UTF-16 code unit: ASCII, and beyond it everything
 * but the General Punctuation block (quote marks, dashes), which is enough to tell words apart
 * and much faster than Unicode classes.
 */
function isWordUnit(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0xc0 && c <= 0x1fff) || c >= 0x2070;
}

/** `isWordUnit` of each ASCII code unit, 1 or 0. */
const ASCII_WORD = Uint8Array.from({ length: 0x80 }, (_, c) => (isWordUnit(c) ? 1 : 0));

function withoutLostTokens(text: string): string {
  const lost = lostTokensIn(text);
  if (lost.length === 0) return text;
  const parts: string[] = [];
  let cursor = 0;
  for (const { index, token } of lost) {
    parts.push(text.slice(cursor, index), " ");
    cursor = index + token.length;
  }
  parts.push(text.slice(cursor));
  return parts.join("");
}

/** Fills each empty slot from the next filled one, rehashed by the distance, so sketches stay comparable. */
function densify(mins: Uint32Array): Uint32Array {
  if (mins.every((v) => v === EMPTY)) return mins;
  return mins.map((v, slot) => {
    if (v !== EMPTY) return v;
    let d = 1;
    while (mins[(slot + d) % SLOTS] === EMPTY) d++;
    return fmix32(mins[(slot + d) % SLOTS]! ^ Math.imul(d, 0x27d4eb2d)) | 0x80000000;
  });
}

/** The share of slots two sketches agree on: an estimate of their shingles' Jaccard similarity. */
export function similarity(a: Sketch, b: Sketch): number {
  let same = 0;
  for (let s = 0; s < SLOTS; s++) {
    const v = slot(a, s);
    if (v === slot(b, s) && v !== EMPTY) same++;
  }
  return same / SLOTS;
}

/**
 * The estimated share of `a`'s shingles that `b` has too, from their similarity J and sizes:
 * |A∩B| = J·(|A|+|B|)/(1+J).
 */
export function containment(a: Sketch, b: Sketch): number {
  const [na, nb] = [shinglesOf(a), shinglesOf(b)];
  if (na === 0) return 0;
  const j = similarity(a, b);
  return Math.min(1, (j * (na + nb)) / ((1 + j) * na));
}

/** The bucket of a sketch in band b: a hash of the band's slots. */
function bandHash(sketch: Sketch, b: number): number {
  let h = b;
  for (let r = 0; r < ROWS; r++) h = fmix32(Math.imul(h, 0x01000193) ^ slot(sketch, b * ROWS + r));
  return h;
}

/**
 * Calls `meet` once for each pair (index in `damaged`, index in `sources`) that shares a bucket
 * in some band: the candidates worth comparing. Band by band, the damaged sketches' buckets are
 * sorted numbers in one typed array (bucket and index packed in a double), searched for each
 * source. Nothing is kept per pair (chance meetings run to millions in a large run): a pair is
 * met in the first band it shares, and skipped in the later ones.
 */
export function bandMates(damaged: readonly Sketch[], sources: readonly Sketch[], meet: (damaged: number, source: number) => void): void {
  const indexBits = Math.max(1, Math.ceil(Math.log2(damaged.length + 1)));
  // A double holds 53 bits exactly: beyond 2^21 damaged documents a bucket keeps fewer bits,
  // which only adds candidates (each is compared anyway).
  const drop = Math.max(0, indexBits - 21);
  const scale = 2 ** indexBits;
  const bucket = (sketch: Sketch, b: number) => bandHash(sketch, b) >>> drop;
  const packed = new Float64Array(damaged.length);
  for (let b = 0; b < BANDS; b++) {
    damaged.forEach((sketch, i) => (packed[i] = bucket(sketch, b) * scale + i));
    packed.sort();
    sources.forEach((sketch, j) => {
      const mine = bucket(sketch, b);
      for (let at = lowerBound(packed, mine * scale); at < packed.length && Math.floor(packed[at]! / scale) === mine; at++) {
        const i = packed[at]! % scale;
        let metBefore = false;
        for (let earlier = 0; earlier < b && !metBefore; earlier++) metBefore = bucket(damaged[i]!, earlier) === bucket(sketch, earlier);
        if (!metBefore) meet(i, j);
      }
    });
  }
}

function lowerBound(sorted: Float64Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// As a signed 32-bit integer, what Math.imul gives: the hash keeps one representation in the
// loop (the bits are those of 0x811c9dc5, and every use of a word hash takes its 32 bits).
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
