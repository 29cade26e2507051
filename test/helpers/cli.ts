import { execa, type Result } from "execa";
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { rm } from "node:fs/promises";
import { afterEach } from "vitest";
import { tmpdir } from "node:os";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");
export const CLI = path.join(ROOT, "bin", "clean-news.js");
export const SAMPLES = path.join(ROOT, "samples");
/** Fault injection by environment, loaded into the CLI with `faults: true`. */
export const FAULTS = path.join(ROOT, "test/helpers/faults.mjs");

export function assertBuilt(): void {
  if (!existsSync(path.join(ROOT, "dist/src/cli.js"))) throw new Error("the end-to-end tests run the built CLI: run `npm run build` (or `npm test`) first");
}

/**
 * The environment of every child: without GIT_* variables, so that a test run from inside a
 * git hook (where GIT_INDEX_FILE and GIT_DIR point at the outer repository) stays in its own.
 */
export const ENV: Record<string, string> = Object.fromEntries(
  // Nor FORCE_COLOR, which would colour the reports the tests read as plain text.
  Object.entries(process.env).filter((e): e is [string, string] => !e[0].startsWith("GIT_") && e[0] !== "FORCE_COLOR" && e[1] !== undefined),
);

export interface CliOptions {
  cwd?: string;
  input?: string | Buffer;
  env?: Record<string, string>;
  /** Load test/helpers/faults.mjs into the CLI. */
  faults?: boolean;
  /** Run as this command prefix, e.g. ["setpriv", "--reuid=65534", ...]. */
  as?: readonly string[];
  /** Another copy of the CLI (see installed-copy.ts). */
  bin?: string;
  /** Keep the output's final newline, for tests that compare whole files. */
  stripFinalNewline?: boolean;
  /** Kill the CLI (SIGKILL) after this many milliseconds: for a test of a hang. */
  timeout?: number;
}

/** Runs the built CLI as a user would; never throws on a non-zero exit, so tests can assert the code. */
export function cleanNews(args: readonly string[], options: CliOptions = {}): Promise<Result> {
  const node = [...(options.faults ? ["--import", FAULTS] : []), options.bin ?? CLI, ...args];
  const [command, ...prefix] = [...(options.as ?? []), process.execPath];
  return execa(command!, [...prefix, ...node], {
    cwd: options.cwd,
    input: options.input,
    env: { ...ENV, NO_COLOR: "1", ...options.env },
    extendEnv: false,
    reject: false,
    stripFinalNewline: options.stripFinalNewline ?? true,
    ...(options.timeout ? { timeout: options.timeout, killSignal: "SIGKILL" as const } : {}),
  });
}

export function tempDir(prefix = "clean-news-"): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

const scratch: string[] = [];
afterEach(() => scratch.splice(0).forEach((f) => rmSync(f, { recursive: true, force: true })));

/** A temporary folder removed after the test that made it. */
export function scratchFolder(prefix = "clean-news-"): string {
  const dir = tempDir(prefix);
  scratch.push(dir);
  return dir;
}

export async function tempFolder(): Promise<{ dir: string; remove: () => Promise<void> }> {
  const dir = tempDir("clean-news-faults-");
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** A temporary folder holding a copy of the five sample articles. */
export function samplesCopy(): string {
  const dir = tempDir();
  cpSync(SAMPLES, dir, { recursive: true, filter: (src) => !src.includes(".clean.") });
  return dir;
}

export function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const full = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, full)] = readFileSync(full).toString("base64");
  }
  return out;
}

/** The five sample articles' file names (not the clean copies a run may have left beside them). */
export function sampleNames(): string[] {
  return readdirSync(SAMPLES).filter((f) => /^\d{3}_[0-9a-f]+\.txt$/.test(f)).sort();
}
