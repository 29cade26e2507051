import { chmodSync, cpSync, existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { ROOT, tempDir } from "./cli.js";

/** The production dependencies of the package at `dir`, and theirs, as installed under ROOT. */
function dependencyFolders(dir: string, found = new Set<string>()): Set<string> {
  const manifest = JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { dependencies?: Record<string, string> };
  for (const name of Object.keys(manifest.dependencies ?? {})) {
    // npm nests a dependency only where the hoisted one does not fit.
    const nested = path.join(dir, "node_modules", name);
    const folder = existsSync(nested) ? nested : path.join(ROOT, "node_modules", name);
    if (found.has(folder)) continue;
    found.add(folder);
    dependencyFolders(folder, found);
  }
  return found;
}

/**
 * A copy of the built package as `npm install` would lay it out (its `files` and its production
 * dependencies) in a folder every user can read: a checkout in a private folder (a clone under
 * a `mktemp -d`, root's home) is out of reach of the unprivileged user some fault tests need.
 * Returns the copy's executable; the caller removes `folder`.
 */
export function installedCopy(): { bin: string; folder: string } {
  const folder = tempDir("clean-news-installed-");
  const manifest = JSON.parse(readFileSync(path.join(ROOT, "package.json"), "utf8")) as { files: string[] };
  for (const entry of ["package.json", ...manifest.files]) cpSync(path.join(ROOT, entry), path.join(folder, entry), { recursive: true });
  for (const dependency of dependencyFolders(ROOT)) {
    cpSync(dependency, path.join(folder, path.relative(ROOT, dependency)), { recursive: true, dereference: true });
  }
  chmodSync(folder, 0o755);
  return { bin: path.join(folder, "bin", "clean-news.js"), folder };
}
