import { readFileSync } from "node:fs";
import path from "node:path";
import { PACKAGE_ROOT } from "../../src/package-root.js";

/**
 * Reads a bundled data file of `rules/data/` (pattern packs, lexicons). Bundled data ships
 * with the package; a rule never reads the documents of a run itself.
 */
export function readDataFile(name: string): string {
  return readFileSync(path.join(PACKAGE_ROOT, "rules", "data", name), "utf8");
}
