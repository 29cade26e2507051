import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { corpusFold, corpusRulesOf, type CorpusIndex } from "../corpus.js";
import { InOrder } from "../in-order.js";
import type { Library, RunOptions } from "../engine.js";
import { shareDocuments } from "./documents.js";
import { requestHandler } from "./handler.js";
import { portableIndex } from "../index-file.js";
import type { Input } from "../io/discover.js";
import { PACKAGE_ROOT } from "../package-root.js";
import type { FileReport } from "../report/model.js";
import { forgetWorker, workerSignals } from "../io/signals.js";
import type { Reply, Request, RuleSpec, WorkerSetup } from "./protocol.js";
import { ruleSpecs } from "./specs.js";
import type { CleanedField, FieldItem } from "../records/clean-field.js";

// Small enough to balance the load between threads, large enough that messages cost little.
const COLLECT_CHUNK = 64;
const CLEAN_CHUNK = 32;

// Inside the command line's bundle (scripts/bundle.js), this module's address is the bundle's.
const BUNDLE = import.meta.url.endsWith(".bundle.cjs") ? fileURLToPath(import.meta.url) : null;

// The worker runs compiled code; under the test runner this module is TypeScript, so the
// worker comes from the build (npm test builds first).
const WORKER_FILE = (() => {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const beside = path.join(here, "worker.js");
  return existsSync(beside) ? beside : path.join(PACKAGE_ROOT, "dist", "src", "pool", "worker.js");
})();

/** Where requests run: a worker thread, or the main thread itself. */
interface Lane {
  /** Requests it may hold at once. */
  readonly capacity: number;
  busy: number;
  send(request: Request): Promise<unknown>;
  close(): Promise<void>;
}

/** A worker thread; replies are matched to requests by sequence number. */
class WorkerLane implements Lane {
  readonly capacity = 2;
  busy = 0;
  private seq = 0;
  private readonly pending = new Map<number, { resolve: (v: unknown) => void; reject: (e: Error) => void }>();
  private readonly worker: Worker;

  constructor(setup: Omit<WorkerSetup, "signals" | "bundle">) {
    const signals = workerSignals();
    this.worker = new Worker(WORKER_FILE, { workerData: { ...setup, signals, bundle: BUNDLE } satisfies WorkerSetup });
    this.worker.on("exit", () => forgetWorker(signals.temporaries));
    this.worker.on("message", (reply: Reply) => {
      const waiting = this.pending.get(reply.seq)!;
      this.pending.delete(reply.seq);
      if ("error" in reply) waiting.reject(new Error(`worker thread: ${reply.error}`));
      else waiting.resolve(reply.result);
    });
    const fail = (error: Error) => {
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
    };
    this.worker.on("error", fail);
    this.worker.on("exit", (code) => fail(new Error(`a worker thread stopped (exit code ${code})`)));
  }

  send(request: Request): Promise<unknown> {
    const seq = this.seq++;
    return new Promise((resolve, reject) => {
      this.pending.set(seq, { resolve, reject });
      this.worker.postMessage({ seq, request });
    });
  }

  async close(): Promise<void> {
    await this.worker.terminate();
  }
}

/** The main thread as one more lane: no extra heap, no extra copy of the index. */
class LocalLane implements Lane {
  readonly capacity = 1;
  busy = 0;
  private readonly handle: (request: Request) => Promise<unknown>;

  constructor(options: RunOptions, library: Library) {
    this.handle = requestHandler(options, library);
  }

  async send(request: Request): Promise<unknown> {
    // Let the workers' replies in (and new requests out) before this thread gets busy.
    await new Promise((resolve) => setImmediate(resolve));
    return this.handle(request);
  }

  async close(): Promise<void> {}
}

/**
 * N lanes: the main thread and N - 1 worker threads. Each request goes to the least busy lane
 * with room; a worker holds a second request in its queue so that it never waits for the main
 * thread, which is busy cleaning its own share between messages.
 */
class WorkerPool {
  private readonly lanes: Lane[];
  private readonly waiting: (() => void)[] = [];

  constructor(jobs: number, setup: Omit<WorkerSetup, "signals" | "bundle">, options: RunOptions, library: Library) {
    this.lanes = [new LocalLane(options, library), ...Array.from({ length: jobs - 1 }, () => new WorkerLane(setup))];
  }

  private free(): Lane | undefined {
    return this.lanes.filter((l) => l.busy < l.capacity).sort((a, b) => a.busy / a.capacity - b.busy / b.capacity)[0];
  }

  async run<R>(request: Request): Promise<R> {
    let lane = this.free();
    while (!lane) {
      await new Promise<void>((resolve) => this.waiting.push(resolve));
      lane = this.free();
    }
    lane.busy++;
    try {
      return (await lane.send(request)) as R;
    } finally {
      lane.busy--;
      this.waiting.shift()?.();
    }
  }

  /** Sends the same request to every lane; only between phases, when all are idle. */
  async broadcast(request: Request): Promise<void> {
    await Promise.all(this.lanes.map((lane) => lane.send(request)));
  }

  async close(): Promise<void> {
    await Promise.all(this.lanes.map((lane) => lane.close()));
  }
}

function chunks<T>(items: readonly T[], size: number): { start: number; items: T[] }[] {
  const out: { start: number; items: T[] }[] = [];
  for (let start = 0; start < items.length; start += size) out.push({ start, items: items.slice(start, start + size) });
  return out;
}

function startPool(options: RunOptions, library: Library, specs: RuleSpec[]): WorkerPool {
  // Functions stay here: the rules go as specs, and per-file profiles never reach the pool (usePool).
  const { rules: _rules, onProgress: _onProgress, profileFor: _profileFor, discovery: _discovery, ...plain } = options;
  return new WorkerPool(Math.max(1, options.jobs ?? 1), { options: plain, rules: specs, documents: shareDocuments(library.locations()) }, options, library);
}

function specsOrThrow(options: RunOptions): RuleSpec[] {
  const specs = ruleSpecs(options.rules);
  if (!specs) throw new Error("the rules of this run cannot be loaded in worker threads; run with --jobs 1");
  return specs;
}

/** Pass 1 in the workers: they read and summarise, this thread folds the summaries in id order. */
async function collect(pool: WorkerPool, options: RunOptions, library: Library): Promise<CorpusIndex> {
  const corpusRules = corpusRulesOf(options.rules);
  if (corpusRules.length === 0) return new Map();
  const fold = corpusFold(corpusRules);
  const inOrder = new InOrder<[string, unknown[]][]>((collected) => collected.forEach((entry) => fold.add(...entry)));
  await Promise.all(
    chunks(library.ids(), COLLECT_CHUNK).map(async ({ items }, n) => {
      inOrder.put(n, await pool.run<[string, unknown[]][]>({ type: "collect", ids: items }));
    }),
  );
  return fold.finish();
}

/** Worker threads that clean fields of record streams, with the run's index. */
export interface FieldPool {
  clean(items: FieldItem[]): Promise<(CleanedField | null)[]>;
  close(): Promise<void>;
}

export async function startFieldPool(options: RunOptions, library: Library, index: CorpusIndex): Promise<FieldPool> {
  const pool = startPool(options, library, specsOrThrow(options));
  try {
    await pool.broadcast({ type: "index", index: portableIndex(options.rules, index) });
  } catch (error) {
    await pool.close();
    throw error;
  }
  return { clean: (items) => pool.run({ type: "fields", items }), close: () => pool.close() };
}

export async function indexInPool(options: RunOptions, library: Library): Promise<CorpusIndex> {
  const pool = startPool(options, library, specsOrThrow(options));
  try {
    return await collect(pool, options, library);
  } finally {
    await pool.close();
  }
}

/**
 * Both passes in worker threads, each of which reads, decodes, cleans, encodes and writes its
 * own files, so that no text crosses between threads; only reports come back, put in input
 * order, so that the outcome is the same whatever the number of threads.
 */
export async function cleanInPool(
  inputs: readonly Input[],
  options: RunOptions,
  library: Library,
  saved: CorpusIndex | null,
): Promise<FileReport[]> {
  const pool = startPool(options, library, specsOrThrow(options));
  try {
    const index = saved ?? (await collect(pool, options, library));
    await pool.broadcast({ type: "index", index: portableIndex(options.rules, index) });
    const files: FileReport[] = new Array(inputs.length);
    let done = 0;
    await Promise.all(
      chunks(inputs, CLEAN_CHUNK).map(async ({ start, items }) => {
        const reports = await pool.run<FileReport[]>({ type: "clean", inputs: items });
        // A report names its input by id; the copy a worker sends would be a second string per file.
        reports.forEach((report, i) => (files[start + i] = { ...report, path: items[i]!.id }));
        done += items.length;
        options.onProgress?.(done, inputs.length);
      }),
    );
    return files;
  } finally {
    await pool.close();
  }
}
