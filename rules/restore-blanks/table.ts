/**
 * The context model's keys and tables. A word, a pair of words or a passage is kept as a 53-bit
 * hash, never as a string, and each table is one typed array over shared memory: a few bytes a
 * key instead of a string and a Map, and worker threads read the same copy (a SharedArrayBuffer
 * crosses threads without being copied). At 53 bits, two keys of a run of ten million collide
 * with a chance of one in a billion.
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

export function fmix32(x: number): number {
  let h = x >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
}

/**
 * Rows of 32-bit values by key, open addressing in one Uint32Array: each row is the key's high
 * and low words, then `width` values. An empty row has a high word no key has.
 */
export interface Table {
  readonly cells: Uint32Array;
  readonly width: number;
}

const EMPTY = 0xffffffff;

/** A table of the given rows (keys distinct), at most half full so that lookups stay short. */
export function tableOf(rows: ReadonlyMap<number, readonly number[]>, width: number): Table {
  let capacity = 2;
  while (capacity < rows.size * 2) capacity *= 2;
  const stride = width + 2;
  const cells = new Uint32Array(new SharedArrayBuffer(capacity * stride * 4));
  for (let r = 0; r < capacity; r++) cells[r * stride] = EMPTY;
  for (const [key, values] of rows) {
    const hi = Math.floor(key / 2 ** 32);
    let r = (key >>> 0) & (capacity - 1);
    while (cells[r * stride] !== EMPTY) r = (r + 1) & (capacity - 1);
    cells[r * stride] = hi;
    cells[r * stride + 1] = key >>> 0;
    for (let v = 0; v < width; v++) cells[r * stride + 2 + v] = values[v]!;
  }
  return { cells, width };
}

/** The values of the key's row (a view, not a copy), or null. */
export function rowOf(table: Table, key: number): Uint32Array | null {
  const stride = table.width + 2;
  const capacity = table.cells.length / stride;
  const hi = Math.floor(key / 2 ** 32);
  const lo = key >>> 0;
  for (let r = lo & (capacity - 1); ; r = (r + 1) & (capacity - 1)) {
    const at = r * stride;
    const h = table.cells[at]!;
    if (h === EMPTY) return null;
    if (h === hi && table.cells[at + 1] === lo) return table.cells.subarray(at + 2, at + 2 + table.width);
  }
}
