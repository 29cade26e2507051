#!/usr/bin/env node
import { main } from "../dist/src/cli.js";
import { removeTemporariesOnSignal } from "../dist/src/io/signals.js";

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
