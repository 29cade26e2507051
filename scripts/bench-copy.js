// The plain Node copier the benchmark sets beside clean-news: what reading and writing the
// same bytes costs in Node with synchronous calls, with no cleaning at all.
// node scripts/bench-copy.js SOURCE TARGET   (a folder tree, or one file)
import { copyFileSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

const [source, target] = process.argv.slice(2);

function copyTree(from, to) {
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const a = path.join(from, entry.name);
    const b = path.join(to, entry.name);
    if (entry.isDirectory()) copyTree(a, b);
    else writeFileSync(b, readFileSync(a));
  }
}

if (statSync(source).isDirectory()) copyTree(source, target);
else copyFileSync(source, target);
