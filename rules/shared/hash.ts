/**
 * Hashes the rules keep instead of text: summaries and indexes hold numbers, never strings, and
 * worker threads share them as typed arrays. At 53 bits, two keys of a run of ten million
 * collide with a chance of one in a billion.
 */

/** Hash of a string: a 53-bit integer, never 0 (0 stands for "no key"). */
export function keyOf(text: string): number {
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  return joined(fmix32(h1 ^ text.length), fmix32(h2));
}

/** One key for two (two words, or a word and a token id), in order. */
export function pairOf(a: number, b: number): number {
  const [aHi, aLo] = [Math.floor(a / 2 ** 32), a >>> 0];
  const [bHi, bLo] = [Math.floor(b / 2 ** 32), b >>> 0];
  const h1 = fmix32(Math.imul(aLo ^ fmix32(bLo ^ 0x27d4eb2d), 0x85ebca6b) ^ aHi);
  const h2 = fmix32(Math.imul(aHi ^ fmix32(bHi ^ aLo ^ 0x165667b1), 0xc2b2ae35) ^ bLo);
  return joined(h1, h2);
}

function joined(hi: number, lo: number): number {
  return (hi & 0x1fffff) * 2 ** 32 + (lo >>> 0) || 1;
}

/** MurmurHash3's finaliser: every input bit moves every output bit. */
export function fmix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}
