import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { execa, type Result } from "execa";
import { afterEach } from "vitest";

export const ROOT = path.resolve(import.meta.dirname, "..", "..");
export const BIN = path.join(ROOT, "bin", "clean-news.js");

if (!existsSync(path.join(ROOT, "dist", "src", "cli.js"))) {
  throw new Error("the end-to-end tests run the built CLI: run `npx tsc -p .` (or `npm test`) first");
}

/**
 * The environment of every child: without GIT_* variables, so that a test run from inside a
 * git hook (where GIT_INDEX_FILE and GIT_DIR point at the outer repository) stays in its own.
 */
export const ENV: Record<string, string> = Object.fromEntries(
  Object.entries(process.env).filter((e): e is [string, string] => !e[0].startsWith("GIT_") && e[1] !== undefined),
);

/** Runs the built CLI as a user would; never throws on a non-zero exit. */
export function cli(args: readonly string[], options: { cwd: string; input?: string | Buffer }): Promise<Result> {
  return execa("node", [BIN, ...args], { cwd: options.cwd, input: options.input, env: { ...ENV, NO_COLOR: "1" }, extendEnv: false, reject: false, stripFinalNewline: false });
}

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A temporary folder holding `files` (path -> content), removed after the test. */
export function tree(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "clean-news-"));
  made.push(dir);
  for (const [name, content] of Object.entries(files)) write(dir, name, content);
  return dir;
}

export function write(dir: string, name: string, content: string): void {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
}

/** Text that fix-spacing changes ("U. S." -> "U.S."), and text every rule leaves alone. */
export const DIRTY = "The U. S. embassy said the talks went well.\n";
export const DIRTY_CLEANED = "The U.S. embassy said the talks went well.\n";
export const CLEAN = "The embassy said the talks went well.\n";
