import type { Finding } from "../../src/core/types.js";
import type { Line } from "./lines.js";

/** The finding that removes a line's end from `at` (an offset in the line), with the spaces before it: the paragraph before stays as it was. */
export function tailRemoval(line: Line, at: number, message: string): Finding {
  let start = at;
  while (start > 0 && /[ \t\u00a0]/.test(line.text[start - 1]!)) start--;
  return { start: line.start + start, end: line.end, fix: "", message };
}
