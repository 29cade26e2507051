// A deterministic split of a benchmark's pages into a development half (looked at while
// designing) and a held-out half (only scored): by the first byte of the SHA-256 of the page id.
import { createHash } from "node:crypto";

export const SPLITS = ["dev", "test"];

/** "dev" or "test" for a page id; the same on every machine and run. */
export function splitOf(id) {
  return (createHash("sha256").update(id).digest()[0] & 1) === 0 ? "dev" : "test";
}
