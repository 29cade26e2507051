import { execa, type ResultPromise } from "execa";
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { CLI, ROOT, tempDir } from "./cli.js";

/** The built CLI, for the fault tests (which also need node flags and another user). */
export const BIN = CLI;
export const FAULTS = path.join(ROOT, "test/helpers/faults.mjs");

export function assertBuilt(): void {
  if (!existsSync(path.join(ROOT, "dist/src/cli.js"))) throw new Error("build first: npx tsc -p .");
}

export interface CliOptions {
  cwd: string;
  env?: Record<string, string>;
  /** Run the CLI with test/helpers/faults.mjs loaded (fault injection by environment). */
  faults?: boolean;
  /** Run as this command prefix, e.g. ["setpriv", "--reuid=65534", ...]. */
  as?: readonly string[];
}

/** Starts the built CLI; the promise resolves (never rejects) with its exit code and output. */
export function cli(args: readonly string[], options: CliOptions): ResultPromise<{ reject: false }> {
  const node = [...(options.faults ? ["--import", FAULTS] : []), BIN, ...args];
  const [command, ...prefix] = [...(options.as ?? []), process.execPath];
  return execa(command!, [...prefix, ...node], { cwd: options.cwd, env: { NO_COLOR: "1", ...options.env }, reject: false }) as ResultPromise<{ reject: false }>;
}

export async function tempFolder(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = tempDir("clean-news-faults-");
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}
