// npm run bench -- [N] [--corpus DIR] [--ram-only] [--files-only] [--jobs N]
// Throughput and peak memory of clean-news (every rule on) over a tree of N article files
// (default 10,000, about 50 MB) in a RAM folder (/dev/shm) and on disk, beside `cp -r` and a
// plain Node copier in the same run, then the same for one JSON Lines file of the same
// articles, then the wall time of a pre-commit run over 3 files (median of 15).
// Peak memory is the maximum resident set of the process (GNU time's %M; threads included).
// --ram-only skips the disk; --files-only keeps only cp, the Node copier and clean-news over the
// tree (for the memory of large trees).
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { articleSource, writeJsonl, writeTree } from "./bench-data.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CLI = path.join(ROOT, "bin", "clean-news.js");
const COPIER = path.join(ROOT, "scripts", "bench-copy.js");

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i === -1 ? undefined : args.splice(i, 2)[1];
};
const corpus = flag("--corpus");
const jobs = flag("--jobs");
const option = (name) => (args.includes(name) ? (args.splice(args.indexOf(name), 1), true) : false);
const ramOnly = option("--ram-only");
const filesOnly = option("--files-only");
const count = Number(args[0] ?? 10_000);

/** Runs a command under GNU time: wall seconds (our own clock) and peak RSS in MB. */
function measure(command, commandArgs, cwd) {
  const start = process.hrtime.bigint();
  const result = spawnSync("/usr/bin/time", ["-f", "%M", command, ...commandArgs], { cwd, encoding: "utf8", maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.status !== 0) throw new Error(`${command} ${commandArgs.join(" ")} failed (${result.status}):\n${result.stderr.slice(-2000)}`);
  const kb = Number(result.stderr.trim().split("\n").at(-1));
  return { seconds, rss: kb / 1024 };
}

const rows = [];
function row(what, where, bytes, files, m, reference) {
  rows.push({ what, where, mbs: bytes / 1e6 / m.seconds, files: files / m.seconds, seconds: m.seconds, rss: m.rss, ratio: reference ? m.seconds / reference.seconds : null });
}

const source = articleSource(corpus);
const cleanArgs = (extra) => ["--quiet", ...(jobs ? ["--jobs", jobs] : []), ...extra];
const places = [["RAM (/dev/shm)", "/dev/shm"], ...(ramOnly ? [] : [["disk", os.tmpdir()]])];

for (const [where, base] of places) {
  const dir = mkdtempSync(path.join(base, "clean-news-bench-"));
  try {
    const tree = path.join(dir, "tree");
    mkdirSync(tree);
    const bytes = writeTree(tree, count, source);
    const cp = measure("cp", ["-r", tree, path.join(dir, "cp")], dir);
    row("cp -r", where, bytes, count, cp, cp);
    row("Node copier (sync calls)", where, bytes, count, measure("node", [COPIER, tree, path.join(dir, "node")], dir), cp);
    row("clean-news", where, bytes, count, measure("node", [CLI, ...cleanArgs(["--out-dir", path.join(dir, "clean"), tree])], dir), cp);
    if (filesOnly) continue;
    if (where.startsWith("RAM")) {
      rmSync(path.join(dir, "clean"), { recursive: true });
      row("clean-news --jobs 1", where, bytes, count, measure("node", [CLI, "--quiet", "--jobs", "1", "--out-dir", path.join(dir, "clean"), tree], dir), cp);
    }
    const jsonl = path.join(dir, "articles.jsonl");
    const jsonlBytes = await writeJsonl(jsonl, count, source);
    const cpj = measure("cp", [jsonl, path.join(dir, "copy.jsonl")], dir);
    row("cp (JSON Lines)", where, jsonlBytes, count, cpj, cpj);
    row("Node copier (JSON Lines)", where, jsonlBytes, count, measure("node", [COPIER, jsonl, path.join(dir, "node.jsonl")], dir), cpj);
    row("clean-news --format jsonl", where, jsonlBytes, count, measure("node", [CLI, ...cleanArgs(["--format", "jsonl", "--field", "text", jsonl])], dir), cpj);

    if (where.startsWith("RAM")) {
      // The pre-commit case: three files named on the command line, a fresh process each time.
      const three = readdirSync(path.join(tree, "site00", "0")).slice(0, 3).map((f) => path.join(tree, "site00", "0", f));
      const walls = Array.from({ length: 15 }, () => measure("node", [CLI, "--quiet", ...three], dir)).map((m) => m.seconds * 1000).sort((a, b) => a - b);
      rows.push({ what: "clean-news over 3 files (median of 15)", where, mbs: null, files: null, seconds: walls[7] / 1000, rss: null, ratio: null, note: `min ${walls[0].toFixed(0)} ms, max ${walls[14].toFixed(0)} ms` });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const fmt = (n, d = 1) => (n === null || n === undefined ? "" : n.toFixed(d));
console.log(`clean-news benchmark: ${count} files, ${corpus ? `articles from ${corpus}` : "generated articles"}, ${os.availableParallelism()} cores, Node ${process.version}\n`);
console.log("| what | where | wall s | MB/s | files/s | peak RSS MB | x cp |");
console.log("| --- | --- | ---: | ---: | ---: | ---: | ---: |");
for (const r of rows) {
  console.log(`| ${r.what} | ${r.where} | ${fmt(r.seconds, 3)} | ${fmt(r.mbs)} | ${fmt(r.files, 0)} | ${fmt(r.rss, 0)} | ${r.ratio === null ? (r.note ?? "") : fmt(r.ratio)} |`);
}
