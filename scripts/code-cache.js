// Saves V8's code cache of the command line's bundle (src/code-cache.ts), after a warm-up run
// over copies of samples/ so that the functions a run compiles are in it, not only the
// bundle's top level. Run by `npm run build` after scripts/bundle.js, in a process of its own:
// the cache must be made under the flags of the executable, which the loader sets.
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { Writable } from "node:stream";
import { loadCommandLine } from "../dist/src/code-cache.js";

const root = path.resolve(import.meta.dirname, "..");
const commandLine = loadCommandLine(path.join(root, "dist", "cli.bundle.cjs"));
const folder = mkdtempSync(path.join(os.tmpdir(), "clean-news-warm-up-"));
try {
  cpSync(path.join(root, "samples"), path.join(folder, "samples"), { recursive: true });
  const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() });
  const run = (...argv) => commandLine.exports.main({ argv, stdin: process.stdin, stdout: sink(), stderr: sink(), env: {} });
  // The pre-commit hook's work: check, clean, check again.
  for (const argv of [["--check", "samples"], ["samples"], ["--check", "samples"]]) {
    const code = await run(...argv, "--jobs", "1");
    if (code !== 0 && code !== 1) throw new Error(`the warm-up run clean-news ${argv.join(" ")} exited ${code}`);
  }
  commandLine.saveCache();
} finally {
  rmSync(folder, { recursive: true, force: true });
}
