/**
 * The context model's tables. A word, a pair of words or a passage is kept as a 53-bit hash
 * (rules/shared/hash.ts), never as a string, and each table is one typed array over shared
 * memory: a few bytes a key instead of a string and a Map, and worker threads read the same
 * copy (a SharedArrayBuffer crosses threads without being copied).
 */

/**
 * Rows of 32-bit values by key, open addressing in one Uint32Array: each row is the key's high
 * and low words, then `width` values. An empty row has a high word no key has.
 */
export interface Table {
  readonly cells: Uint32Array;
  readonly width: number;
}

const EMPTY = 0xffffffff;

/**
 * A table being filled: rows are found or added by key in a plain Uint32Array that doubles
 * when half full (a few bytes a key, where a Map of a million keys costs a hundred).
 */
export class TableBuilder {
  private cells: Uint32Array;
  private rows = 0;

  constructor(readonly width: number) {
    this.cells = emptyCells(16, width + 2);
  }

  /** Where the key's values start in `values` (valid until the next call), and whether the row is new (its values 0). */
  find(key: number): { at: number; added: boolean } {
    if ((this.rows + 1) * 2 > this.capacity) this.grow();
    const stride = this.width + 2;
    const hi = Math.floor(key / 2 ** 32);
    const lo = key >>> 0;
    let r = lo & (this.capacity - 1);
    for (; this.cells[r * stride] !== EMPTY; r = (r + 1) & (this.capacity - 1)) {
      if (this.cells[r * stride] === hi && this.cells[r * stride + 1] === lo) return { at: r * stride + 2, added: false };
    }
    this.cells[r * stride] = hi;
    this.cells[r * stride + 1] = lo;
    this.rows++;
    return { at: r * stride + 2, added: true };
  }

  get values(): Uint32Array {
    return this.cells;
  }

  private get capacity(): number {
    return this.cells.length / (this.width + 2);
  }

  private grow(): void {
    const old = this.cells;
    this.cells = emptyCells(this.capacity * 2, this.width + 2);
    this.rows = 0;
    copyRows(old, this.width, this, () => true);
  }

  /** The finished table, in shared memory, with the rows `keep` accepts (given their values). */
  freeze(keep: (values: Uint32Array, at: number) => boolean = () => true): Table {
    let kept = 0;
    forEachRow(this.cells, this.width, (at) => (kept += keep(this.cells, at) ? 1 : 0));
    let capacity = 2;
    while (capacity < kept * 2) capacity *= 2;
    const target = new TableBuilder(this.width);
    target.cells = emptyCells(capacity, this.width + 2, new SharedArrayBuffer(capacity * (this.width + 2) * 4));
    copyRows(this.cells, this.width, target, keep);
    return { cells: target.cells, width: this.width };
  }
}

function emptyCells(capacity: number, stride: number, buffer?: SharedArrayBuffer): Uint32Array {
  const cells = buffer ? new Uint32Array(buffer) : new Uint32Array(capacity * stride);
  for (let r = 0; r < capacity; r++) cells[r * stride] = EMPTY;
  return cells;
}

function forEachRow(cells: Uint32Array, width: number, visit: (at: number) => void): void {
  const stride = width + 2;
  for (let at = 0; at < cells.length; at += stride) if (cells[at] !== EMPTY) visit(at + 2);
}

function copyRows(from: Uint32Array, width: number, to: TableBuilder, keep: (values: Uint32Array, at: number) => boolean): void {
  forEachRow(from, width, (at) => {
    if (!keep(from, at)) return;
    const { at: into } = to.find(from[at - 2]! * 2 ** 32 + from[at - 1]!);
    for (let v = 0; v < width; v++) to.values[into + v] = from[at + v]!;
  });
}

/** A table of the given rows (keys distinct). */
export function tableOf(rows: ReadonlyMap<number, readonly number[]>, width: number): Table {
  const builder = new TableBuilder(width);
  for (const [key, values] of rows) {
    const { at } = builder.find(key);
    for (let v = 0; v < width; v++) builder.values[at + v] = values[v]!;
  }
  return builder.freeze();
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
