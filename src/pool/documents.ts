import type { DocSource } from "../corpus.js";
import { Library } from "../engine.js";
import type { DocLocation } from "../index-file.js";

/**
 * Where every document of the run is, in shared memory that every worker thread reads: one
 * copy for the whole pool instead of a map of a million locations in each thread. Entries are
 * sorted by id, each the id's UTF-8, a NUL and the location as JSON; `starts` has one more
 * offset than there are entries.
 */
export interface SharedDocuments {
  bytes: Uint8Array;
  starts: Uint32Array;
}

export function shareDocuments(locations: ReadonlyMap<string, DocLocation>): SharedDocuments {
  // Encoded entry by entry into one growing buffer: a Buffer per entry cost more than the list itself.
  const ids = [...locations.keys()].sort();
  const starts = new Uint32Array(new SharedArrayBuffer((ids.length + 1) * 4));
  const encoder = new TextEncoder();
  let buffer = new Uint8Array(1 << 16);
  let used = 0;
  ids.forEach((id, i) => {
    const entry = `${id}\u0000${JSON.stringify(locations.get(id))}`;
    while (buffer.length - used < entry.length * 3) {
      const bigger = new Uint8Array(buffer.length * 2);
      bigger.set(buffer.subarray(0, used));
      buffer = bigger;
    }
    used += encoder.encodeInto(entry, buffer.subarray(used)).written;
    starts[i + 1] = used;
  });
  const bytes = new Uint8Array(new SharedArrayBuffer(Math.max(1, used)));
  bytes.set(buffer.subarray(0, used));
  return { bytes, starts };
}

/** The location of a document by id (binary search), or null. */
export function findDocument(documents: SharedDocuments, id: string): DocLocation | null {
  const { bytes, starts } = documents;
  const text = (from: number, to: number) => Buffer.from(bytes.buffer, bytes.byteOffset + from, to - from).toString("utf8");
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = starts[mid]!;
    const end = starts[mid + 1]!;
    const nul = bytes.indexOf(0, start);
    const at = text(start, nul);
    if (at === id) return JSON.parse(text(nul + 1, end)) as DocLocation;
    if (at < id) lo = mid + 1;
    else hi = mid;
  }
  return null;
}

/**
 * A worker thread's library: each document is looked up in the shared list when it is read,
 * and nothing is kept, so that a worker holds only the documents it is reading.
 */
export class SharedLibrary extends Library {
  constructor(
    private readonly encodingName: string | undefined,
    private readonly documents: SharedDocuments,
  ) {
    super(encodingName);
  }

  override readonly read: DocSource = async (id) => {
    const location = findDocument(this.documents, id);
    if (location === null) return null;
    const one = new Library(this.encodingName);
    one.addLocation(id, location);
    return one.read(id);
  };
}
