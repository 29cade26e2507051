import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Ignore } from "ignore";
import { gitignoreMatcher } from "./gitignore.js";

const IGNORE_FILES = [".gitignore", ".cleannewsignore"] as const;

interface Level {
  dir: string;
  rules: { file: string; matcher: Ignore }[];
}

/**
 * .gitignore and .cleannewsignore files, in gitignore syntax, from the top of the repository
 * (the nearest folder with .git; without one, the working folder) down to each file's folder.
 * As in git, a deeper file overrides a shallower one, and in one folder .cleannewsignore has
 * the last word.
 */
export class IgnoreFiles {
  private readonly levels = new Map<string, Level | null>();
  private readonly repositories = new Map<string, string | null>();

  constructor(private readonly cwd: string = process.cwd()) {}

  /** Why `file` is ignored ("ignored by PATH"), or null. */
  reason(file: string, isDirectory: boolean): string | null {
    const absolute = path.resolve(file);
    const top = this.topOf(path.dirname(absolute));
    if (absolute === top || !isInside(absolute, top)) return null;
    let verdict: string | null = null;
    for (const level of this.levelsBetween(top, path.dirname(absolute))) {
      let relative = path.relative(level.dir, absolute).split(path.sep).join("/");
      if (isDirectory) relative += "/";
      for (const { file: source, matcher } of level.rules) {
        const result = matcher.test(relative);
        if (result.ignored) verdict = `ignored by ${path.relative(this.cwd, source) || source}`;
        else if (result.unignored) verdict = null;
      }
    }
    return verdict;
  }

  /** The nearest folder upward holding .git; without one, the working folder or the file's own. */
  private topOf(dir: string): string {
    return this.repositoryOf(dir) ?? (isInside(dir, this.cwd) ? this.cwd : dir);
  }

  private repositoryOf(dir: string): string | null {
    const cached = this.repositories.get(dir);
    if (cached !== undefined) return cached;
    const parent = path.dirname(dir);
    const found = existsSync(path.join(dir, ".git")) ? dir : parent === dir ? null : this.repositoryOf(parent);
    this.repositories.set(dir, found);
    return found;
  }

  private levelsBetween(top: string, dir: string): Level[] {
    const chain: string[] = [];
    for (let d = dir; ; d = path.dirname(d)) {
      chain.unshift(d);
      if (d === top || path.dirname(d) === d) break;
    }
    return chain.map((d) => this.levelOf(d)).filter((l): l is Level => l !== null);
  }

  private levelOf(dir: string): Level | null {
    if (this.levels.has(dir)) return this.levels.get(dir)!;
    const rules = IGNORE_FILES.map((name) => path.join(dir, name))
      .filter((file) => existsSync(file))
      .map((file) => ({ file, matcher: gitignoreMatcher(readFileSync(file, "utf8").replace(/^\uFEFF/, "")) }));
    const level = rules.length > 0 ? { dir, rules } : null;
    this.levels.set(dir, level);
    return level;
  }
}

function isInside(dir: string, root: string): boolean {
  const relative = path.relative(root, dir);
  return !relative.startsWith("..") && !path.isAbsolute(relative);
}
