import { execa, type Options } from "execa";
import { cpSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const ROOT = path.join(import.meta.dirname, "..", "..");
export const CLI = path.join(ROOT, "bin", "clean-news.js");
export const SAMPLES = path.join(ROOT, "samples");

/** Runs the built CLI; never throws on a non-zero exit, so tests can assert the code. */
export function cleanNews(args: readonly string[], options: Options = {}) {
  return execa("node", [CLI, ...args], { reject: false, env: { NO_COLOR: "1" }, ...options });
}

export function tempDir(prefix = "clean-news-"): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
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
