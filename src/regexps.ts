import v8 from "node:v8";

/**
 * V8 runs a regular expression's first matches in its bytecode interpreter and compiles it to
 * machine code only when it is used again. For the pattern packs (case-insensitive alternations
 * of a thousand characters and more) that first interpreted match cost more than compiling: a
 * pre-commit run over three files spent about 120 ms of its 460 in it, and compiling straight to
 * machine code takes that to about 340 (docs/performance.md, "Start-up, regular expressions").
 * A long run is unchanged: every pattern it uses ends up compiled either way.
 *
 * Called by the executable before any work; the flag is read when an expression is first
 * compiled, and V8's flags hold for the whole process, worker threads included.
 */
export function compileRegExpsToMachineCode(): void {
  v8.setFlagsFromString("--no-regexp-tier-up");
}
