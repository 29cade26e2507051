import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { scratchFolder } from "./cli.js";

/** An article every rule set finds dirty: a split abbreviation and a space before a stop. */
export const DIRTY = "The talks in the U. S. went well .\n";

/**
 * A scratch folder holding news/a.txt and news/deep/b.txt, both DIRTY, and `extra` files
 * (path relative to the folder, then content): the tree the command-line audits run on.
 */
export function dirtyTree(extra: Record<string, string> = {}): string {
  const dir = scratchFolder("clean-news-ux2-");
  mkdirSync(path.join(dir, "news", "deep"), { recursive: true });
  writeFileSync(path.join(dir, "news", "a.txt"), DIRTY);
  writeFileSync(path.join(dir, "news", "deep", "b.txt"), DIRTY);
  for (const [name, content] of Object.entries(extra)) writeFileSync(path.join(dir, name), content);
  return dir;
}
