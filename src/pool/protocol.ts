import type { RunOptions } from "../engine.js";
import type { Input } from "../io/discover.js";
import type { FieldItem } from "../records/clean-field.js";
import type { SharedDocuments } from "./documents.js";

/** A configured rule as a worker thread can rebuild it: by built-in id, or from its module. */
export interface RuleSpec {
  id: string;
  options: object;
  module?: string;
}

/** What every worker is started with: the run's options and where each document is. */
export interface WorkerSetup {
  options: Omit<RunOptions, "rules" | "onProgress" | "profileFor" | "discovery">;
  rules: RuleSpec[];
  documents: SharedDocuments;
  /** The main thread's stop flag and this worker's slot for its temporary file (src/io/signals.ts). */
  signals: { stop: Int32Array; temporaries: SharedArrayBuffer };
  /** The command line's bundle when the main thread runs from it, so that every thread runs the same build; null: dist/ module by module. */
  bundle: string | null;
}

export type Request =
  /** Pass 1 over these documents: each corpus rule's summary of each, by rule in run order. */
  | { type: "collect"; ids: string[] }
  /** The reduced corpus index, as `portableIndex` gives it; sent once before any "clean". */
  | { type: "index"; index: Record<string, unknown> }
  /** Pass 2: read, clean, write these inputs; one FileReport each, in order. */
  | { type: "clean"; inputs: Input[] }
  /** Fields of record streams: each cleaned as a file of that text would be; results in order. */
  | { type: "fields"; items: FieldItem[] };

export interface Envelope {
  seq: number;
  request: Request;
}

export type Reply = { seq: number } & ({ result: unknown } | { error: string });
