import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Result } from "execa";
import { afterEach } from "vitest";
import { assertBuilt, cleanNews, CLI } from "./cli.js";

export { ENV, ROOT } from "./cli.js";
export const BIN = CLI;
assertBuilt();

/** The workflow tests compare whole files, so the output keeps its final newline. */
export function cli(args: readonly string[], options: { cwd: string; input?: string | Buffer }): Promise<Result> {
  return cleanNews(args, { ...options, stripFinalNewline: false });
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
