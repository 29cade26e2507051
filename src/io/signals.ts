import { rmSync } from "node:fs";
import { createExclusive } from "./fs.js";

/**
 * Temporary files being written right now. A run stopped by SIGINT or SIGTERM removes them
 * before it exits, so that an interruption leaves no half-written file anywhere: every clean
 * copy is either whole (renamed into place before the signal) or absent.
 */
const inFlight = new Set<string>();
/** Opens handed to the thread pool and not settled: each may still create its file. */
let opening = 0;
let stopping = false;

/**
 * Worker threads of the pool (src/pool/) write temporary files too, but only the main thread
 * gets signals. Set to 1 by the handler, this shared flag stops new opens in every thread; a
 * worker tells the main thread of each open and file of its own (`relay`), which keeps them in
 * `inFlight` and `opening` as if they were its own.
 */
const stopFlag = new Int32Array(new SharedArrayBuffer(4));
let stopShared: Int32Array = stopFlag;
export type TemporaryEvent = "opening" | "opened" | "failed" | "released";
let relay: ((file: string, event: TemporaryEvent) => void) | null = null;

/** The main thread's stop flag, for worker threads to follow. */
export function sharedStopFlag(): Int32Array {
  return stopFlag;
}

/** In a worker thread: follow the main thread's flag and report every temporary file to it. */
export function relayTemporaries(flag: Int32Array, report: (file: string, event: TemporaryEvent) => void): void {
  stopShared = flag;
  relay = report;
}

/** In the main thread: a worker's report, counted as this thread's own. */
export function workerTemporary(file: string, event: TemporaryEvent): void {
  if (event === "opening") {
    opening++;
    inFlight.add(file);
  } else if (event === "opened") opening--;
  else if (event === "failed") {
    opening--;
    inFlight.delete(file);
  } else inFlight.delete(file);
}

const stopped = () => stopping || Atomics.load(stopShared, 0) === 1;

export class Interrupted extends Error {
  constructor() {
    super("stopped by a signal");
    this.name = "Interrupted";
  }
}

/**
 * Creates a temporary file (never an existing one), registered before it exists; `release`
 * unregisters it once it is renamed or removed. Once a signal came, no new one is opened.
 * `mode`: its permissions, before the umask (private by default).
 */
export async function openTemporary(file: string, mode = 0o600): Promise<{ fd: number; release: () => void }> {
  if (stopped()) throw new Interrupted();
  inFlight.add(file);
  opening++;
  relay?.(file, "opening");
  let fd: number;
  try {
    fd = await createExclusive(file, mode);
  } catch (error) {
    inFlight.delete(file);
    relay?.(file, "failed");
    throw error;
  } finally {
    opening--;
  }
  relay?.(file, "opened");
  // Left registered: the signal handler removes it.
  if (stopped()) throw new Interrupted();
  return {
    fd,
    release: () => {
      inFlight.delete(file);
      relay?.(file, "released");
    },
  };
}

const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;
/** How long an interrupted run waits for opens already under way (normally microseconds). */
const SETTLE_MS = 2_000;

/**
 * Installed by the command line only (a library user keeps its own signal handling). An open
 * already under way in the thread pool could create its file just after a removal, so the
 * handler lets those settle first (no new one starts), then removes every temporary file
 * synchronously and exits: no rename can slip in after that, and one under way either
 * completed (a whole file) or fails.
 */
export function removeTemporariesOnSignal(): void {
  for (const signal of Object.keys(EXIT_CODES) as (keyof typeof EXIT_CODES)[]) {
    process.once(signal, () => {
      stopping = true;
      Atomics.store(stopFlag, 0, 1);
      const deadline = Date.now() + SETTLE_MS;
      const finish = () => {
        if (opening > 0 && Date.now() < deadline) return void setTimeout(finish, 2);
        const left: string[] = [];
        for (const file of inFlight) {
          try {
            rmSync(file, { force: true });
          } catch {
            left.push(file);
          }
        }
        process.stderr.write(
          left.length === 0
            ? `clean-news: stopped by ${signal}; no partial file was left behind\n`
            : `clean-news: stopped by ${signal}; these temporary files could not be removed, delete them: ${left.join(", ")}\n`,
        );
        process.exit(EXIT_CODES[signal]);
      };
      // One turn of the event loop first, so that workers' reports already sent are counted.
      setImmediate(finish);
    });
  }
}
