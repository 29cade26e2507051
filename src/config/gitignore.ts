import { createRequire } from "node:module";
import type { Ignore } from "ignore";

const require = createRequire(import.meta.url);

/**
 * A matcher for patterns in .gitignore syntax. The library is loaded on first use: a run
 * with no ignore file and no override (a hook over three files) does not pay for it.
 */
export function gitignoreMatcher(patterns: string | readonly string[]): Ignore {
  const ignore = require("ignore") as () => Ignore;
  return ignore().add(patterns);
}
