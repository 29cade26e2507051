#!/usr/bin/env node
// The compiled command line as one bundle (scripts/bundle.js): a small run loads one module, not a hundred.
import { compileRegExpsToMachineCode, keepHeapsNearLive, main, removeTemporariesOnSignal } from "../dist/cli.bundle.js";

keepHeapsNearLive();
compileRegExpsToMachineCode();
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
