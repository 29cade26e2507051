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
 * new-space size only applies to heaps made afterwards (the worker threads). 8 MB, not 4: with
 * 4 a worker spent 0.7-0.8 s of a 10,000-file run in scavenges, with 8 0.43-0.46 s, for about
 * 15 MB more at the peak (docs/performance.md, "End to end, fifth pass").
 */
export function keepHeapsNearLive(): void {
  v8.setFlagsFromString("--heap-growing-percent=20");
  v8.setFlagsFromString("--max-semi-space-size=8");
}
