import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { corpusRulesOf, reduceSummaries, type CorpusIndex } from "../corpus.js";
import type { Library, RunOptions } from "../engine.js";
import { portableIndex } from "../index-file.js";
import type { Input } from "../io/discover.js";
import { PACKAGE_ROOT } from "../package-root.js";
import type { FileReport } from "../report/model.js";
import type { Reply, Request, RuleSpec, WorkerSetup } from "./protocol.js";
import { ruleSpecs } from "./specs.js";
import type { CleanedField, FieldItem } from "../records/clean-field.js";

// Small enough to balance the load between threads, large enough that messages cost little.
const COLLECT_CHUNK = 64;
const CLEAN_CHUNK = 32;

// The worker runs compiled code; under the test runner this module is TypeScript, so the
// worker comes from the build (npm test builds first).
const WORKER_FILE = (() => {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const beside = path.join(here, "worker.js");
  return existsSync(beside) ? beside : path.join(PACKAGE_ROOT, "dist", "src", "pool", "worker.js");
})();

/** Worker threads that each take the next request as soon as they are free. */
class WorkerPool {
  private readonly workers: Worker[];
  private readonly idle: Worker[];
  private readonly waiting: ((worker: Worker) => void)[] = [];

  constructor(size: number, setup: WorkerSetup) {
    this.workers = Array.from({ length: size }, () => new Worker(WORKER_FILE, { workerData: setup }));
    this.idle = [...this.workers];
  }

  async run<R>(request: Request): Promise<R> {
    const worker = this.idle.pop() ?? (await new Promise<Worker>((resolve) => this.waiting.push(resolve)));
    try {
      return await ask<R>(worker, request);
    } finally {
      const next = this.waiting.shift();
      if (next) next(worker);
      else this.idle.push(worker);
    }
  }

  /** Sends the same request to every worker; only between phases, when all are idle. */
  async broadcast(request: Request): Promise<void> {
    await Promise.all(this.workers.map((w) => ask(w, request)));
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}

function ask<R>(worker: Worker, request: Request): Promise<R> {
  return new Promise<R>((resolve, reject) => {
    const done = () => {
      worker.off("message", onMessage);
      worker.off("error", onError);
      worker.off("exit", onExit);
    };
    const onMessage = (reply: Reply) => {
      done();
      if ("error" in reply) reject(new Error(`worker thread: ${reply.error}`));
      else resolve(reply.result as R);
    };
    const onError = (error: Error) => {
      done();
      reject(error);
    };
    const onExit = (code: number) => {
      done();
      reject(new Error(`a worker thread stopped (exit code ${code})`));
    };
    worker.on("message", onMessage).on("error", onError).on("exit", onExit);
    worker.postMessage(request);
  });
}

function chunks<T>(items: readonly T[], size: number): { start: number; items: T[] }[] {
  const out: { start: number; items: T[] }[] = [];
  for (let start = 0; start < items.length; start += size) out.push({ start, items: items.slice(start, start + size) });
  return out;
}

function startPool(options: RunOptions, library: Library, specs: RuleSpec[]): WorkerPool {
  const { rules: _rules, onProgress: _onProgress, ...plain } = options;
  return new WorkerPool(Math.max(1, options.jobs ?? 1), { options: plain, rules: specs, documents: [...library.locations()] });
}

function specsOrThrow(options: RunOptions): RuleSpec[] {
  const specs = ruleSpecs(options.rules);
  if (!specs) throw new Error("the rules of this run cannot be loaded in worker threads; run with --jobs 1");
  return specs;
}

/** Pass 1 in the workers: they read and summarise, this thread reduces in id order. */
async function collect(pool: WorkerPool, options: RunOptions, library: Library): Promise<CorpusIndex> {
  const corpusRules = corpusRulesOf(options.rules);
  if (corpusRules.length === 0) return new Map();
  const summaries = corpusRules.map(() => new Map<string, unknown>());
  await Promise.all(
    chunks(library.ids(), COLLECT_CHUNK).map(async ({ items }) => {
      const perRule = await pool.run<[string, unknown][][]>({ type: "collect", ids: items });
      perRule.forEach((entries, i) => entries.forEach(([id, summary]) => summaries[i]!.set(id, summary)));
    }),
  );
  return reduceSummaries(corpusRules, summaries);
}

/** Worker threads that clean fields of record streams, with the run's index. */
export interface FieldPool {
  clean(items: FieldItem[]): Promise<(CleanedField | null)[]>;
  close(): Promise<void>;
}

export async function startFieldPool(options: RunOptions, library: Library, index: CorpusIndex): Promise<FieldPool> {
  const pool = startPool(options, library, specsOrThrow(options));
  await pool.broadcast({ type: "index", index: portableIndex(options.rules, index) });
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
        reports.forEach((report, i) => (files[start + i] = report));
        done += items.length;
        options.onProgress?.(done, inputs.length);
      }),
    );
    return files;
  } finally {
    await pool.close();
  }
}
