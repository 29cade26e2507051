import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

/**
 * The end-to-end tests run bin/clean-news.js, which loads dist/cli.bundle.cjs with its code
 * cache: both made again from dist/ before every test run, so that a build with `tsc` alone is
 * never tested through a stale bundle, and the tests run the cached path users run. (A run with
 * no build at all is stopped by the helpers' assertBuilt.)
 */
export default async function bundleBuild(): Promise<void> {
  const root = path.join(import.meta.dirname, "..", "..");
  if (!existsSync(path.join(root, "dist", "src", "cli.js"))) return;
  await import("../../scripts/bundle.js");
  // In a process of its own: the cache is made under the executable's V8 flags.
  execFileSync(process.execPath, [path.join(root, "scripts", "code-cache.js")], { stdio: "inherit" });
}
