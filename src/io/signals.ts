import { rmSync } from "node:fs";
import { createExclusive, createExclusiveSync } from "./fs.js";

/**
 * Temporary files being written right now. A run stopped by SIGINT or SIGTERM removes them
 * before it exits, so that an interruption leaves no half-written file anywhere: every clean
 * copy is either whole (renamed into place before the signal) or absent.
 */
const inFlight = new Set<string>();
/** Opens handed to the thread pool and not settled: each may still create its file. */
let opening = 0;
let stopping = false;

/** Set to 1 by the handler: this shared flag stops new opens in every thread. */
const stopFlag = new Int32Array(new SharedArrayBuffer(4));
let stopShared: Int32Array = stopFlag;

/**
 * Worker threads of the pool write temporary files too, but only the main thread gets signals.
 * Each worker writes one file at a time and keeps its name in a slot of shared memory, which
 * the main thread reads when a signal comes: no message per file, and a worker blocked in a
 * system call is still seen.
 */
class TemporarySlot {
  static readonly EMPTY = 0;
  static readonly OPENING = 1;
  static readonly OPEN = 2;
  // A path the system can open is at most PATH_MAX (4,096) bytes.
  private static readonly CAPACITY = 8192;
  private readonly header: Int32Array;
  private readonly name: Buffer;

  constructor(readonly memory = new SharedArrayBuffer(8 + TemporarySlot.CAPACITY)) {
    this.header = new Int32Array(memory, 0, 2);
    this.name = Buffer.from(memory, 8, TemporarySlot.CAPACITY);
  }

  /** Registers `file` before it is opened; the slot holds one file at a time. */
  hold(file: string): void {
    if (Atomics.load(this.header, 0) !== TemporarySlot.EMPTY) throw new Error(`a worker thread opened ${file} while another temporary file was open`);
    if (Buffer.byteLength(file) > TemporarySlot.CAPACITY) throw new Error(`the path is too long: ${file}`);
    this.header[1] = this.name.write(file, "utf8");
    // Sequentially consistent: the name is in place before the state says so.
    Atomics.store(this.header, 0, TemporarySlot.OPENING);
  }

  set(state: number): void {
    Atomics.store(this.header, 0, state);
  }

  state(): number {
    return Atomics.load(this.header, 0);
  }

  file(): string {
    return this.name.toString("utf8", 0, this.header[1]);
  }
}

/** In the main thread: the slots of the worker threads running now. */
const workerSlots = new Map<SharedArrayBuffer, TemporarySlot>();
/** In a worker thread: its own slot. */
let ownSlot: TemporarySlot | null = null;

/** The main thread's stop flag and a new slot, for a worker thread about to start. */
export function workerSignals(): { stop: Int32Array; temporaries: SharedArrayBuffer } {
  const slot = new TemporarySlot();
  workerSlots.set(slot.memory, slot);
  return { stop: stopFlag, temporaries: slot.memory };
}

/** Once a worker thread has stopped: nothing of its own is being written any more. */
export function forgetWorker(temporaries: SharedArrayBuffer): void {
  workerSlots.delete(temporaries);
}

/** In a worker thread: follow the main thread's flag, and keep every temporary file in the slot. */
export function followMainThread({ stop, temporaries }: { stop: Int32Array; temporaries: SharedArrayBuffer }): void {
  stopShared = stop;
  ownSlot = new TemporarySlot(temporaries);
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
  return ownSlot ? openInWorker(ownSlot, file, mode) : openInMainThread(file, mode);
}

/**
 * Through the thread pool, so that the event loop turns at every file: it is what lets the
 * signal handler run between files of a long run in this thread.
 */
async function openInMainThread(file: string, mode: number): Promise<{ fd: number; release: () => void }> {
  inFlight.add(file);
  opening++;
  let fd: number;
  try {
    fd = await createExclusive(file, mode);
  } catch (error) {
    inFlight.delete(file);
    throw error;
  } finally {
    opening--;
  }
  // Left registered: the signal handler removes it.
  if (stopped()) throw new Interrupted();
  return { fd, release: () => inFlight.delete(file) };
}

/** Synchronous: a worker handles no signal, and a round trip through the thread pool per file costs. */
function openInWorker(slot: TemporarySlot, file: string, mode: number): { fd: number; release: () => void } {
  slot.hold(file);
  // The flag is read after the slot is written (both sequentially consistent): either this
  // thread sees the signal's flag, or the handler sees this file.
  if (stopped()) {
    slot.set(TemporarySlot.EMPTY);
    throw new Interrupted();
  }
  let fd: number;
  try {
    fd = createExclusiveSync(file, mode);
  } catch (error) {
    slot.set(TemporarySlot.EMPTY);
    throw error;
  }
  slot.set(TemporarySlot.OPEN);
  if (stopped()) throw new Interrupted();
  return { fd, release: () => slot.set(TemporarySlot.EMPTY) };
}

const EXIT_CODES = { SIGINT: 130, SIGTERM: 143, SIGPIPE: 141 } as const;
type Stop = keyof typeof EXIT_CODES;
/** How long an interrupted run waits for opens already under way (normally microseconds). */
const SETTLE_MS = 2_000;

/**
 * Installed by the command line only (a library user keeps its own signal handling). An open
 * already under way (in the thread pool, or in a worker thread) could create its file just
 * after a removal, so the handler lets those settle first (no new one starts), then removes
 * every temporary file synchronously and exits: a rename either completed (a whole file) or
 * fails.
 */
export function removeTemporariesOnSignal(): void {
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.once(signal, () => stop(signal));
  // Node ignores SIGPIPE: a reader that went away (`clean-news --diff | head`) shows as EPIPE
  // on a write. Stopped as a tool the signal kills (cat, git), without a word or a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
      stop("SIGPIPE");
    });
  }
}

function stop(signal: Stop): void {
  if (stopping) return;
  stopping = true;
  Atomics.store(stopFlag, 0, 1);
  const deadline = Date.now() + SETTLE_MS;
  const finish = () => {
    const workerOpening = [...workerSlots.values()].some((slot) => slot.state() === TemporarySlot.OPENING);
    if ((opening > 0 || workerOpening) && Date.now() < deadline) return void setTimeout(finish, 2);
    const workers = [...workerSlots.values()].flatMap((slot) => (slot.state() === TemporarySlot.EMPTY ? [] : [slot.file()]));
    const left: string[] = [];
    for (const file of [...inFlight, ...workers]) {
      try {
        rmSync(file, { force: true });
      } catch {
        left.push(file);
      }
    }
    if (left.length > 0) process.stderr.write(`clean-news: stopped by ${signal}; these temporary files could not be removed, delete them: ${left.join(", ")}\n`);
    else if (signal !== "SIGPIPE") process.stderr.write(`clean-news: stopped by ${signal}; no partial file was left behind\n`);
    process.exit(EXIT_CODES[signal]);
  };
  finish();
}
