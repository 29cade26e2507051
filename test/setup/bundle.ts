import { existsSync } from "node:fs";
import path from "node:path";

/**
 * The end-to-end tests run bin/clean-news.js, which loads dist/cli.bundle.js: bundled again
 * from dist/ before every test run, so that a build with `tsc` alone is never tested through
 * a stale bundle. (A run with no build at all is stopped by the helpers' assertBuilt.)
 */
export default async function bundleBuild(): Promise<void> {
  if (!existsSync(path.join(import.meta.dirname, "..", "..", "dist", "src", "cli.js"))) return;
  await import("../../scripts/bundle.js");
}
