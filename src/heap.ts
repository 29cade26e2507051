import v8 from "node:v8";

/**
 * A run's live data is small (an index of hashes, a batch of documents), but it allocates fast,
 * and V8 then lets each heap grow to several times its live size before a full collection: at
 * 100,000 files the peak was two to three times what was live. A run that keeps every heap
 * within a fifth of its live size after each full collection, and each new space small, peaks at
 * half that, in the same time (docs/scale.md, "Heap growth"). Unlike a fixed heap limit, this
 * never stops a run whose live data is large: the heap still grows with it.
 *
 * Called by the executable before any work: the growth factor is read at every collection; the
 * new-space size only applies to heaps made afterwards (the worker threads). 4 MB: with 8 a
 * worker spent 0.3 s less of a 10,000-file run in scavenges (docs/performance.md, "End to end,
 * fifth pass"), but the tenth session's larger packs (more compiled expressions in each thread)
 * took 100,000 files to 398-409 MB with 8 against the target of 400; with 4, 389.
 */
export function keepHeapsNearLive(): void {
  v8.setFlagsFromString("--heap-growing-percent=20");
  v8.setFlagsFromString("--max-semi-space-size=4");
}
