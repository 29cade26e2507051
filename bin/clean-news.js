#!/usr/bin/env node
// The compiled command line as one bundle (scripts/bundle.js), loaded with the code V8 compiled
// for it at the build (src/code-cache.ts): a small run loads one file and compiles little.
import { fileURLToPath } from "node:url";
import { loadCommandLine } from "../dist/src/code-cache.js";

const { main, removeTemporariesOnSignal } = loadCommandLine(fileURLToPath(new URL("../dist/cli.bundle.cjs", import.meta.url))).exports;
removeTemporariesOnSignal();
main({ argv: process.argv.slice(2), stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env }).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    process.stderr.write(`clean-news: internal error: ${error?.stack ?? error}\n`);
    process.exitCode = 2;
  },
);
