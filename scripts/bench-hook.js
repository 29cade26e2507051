// The pre-commit case: a git repository with three staged articles, `clean-news --staged
// --check` run as a hook would run it, wall time per run (target < 300 ms, SPEC.md). Node's
// own start-up is measured beside it, since no code of ours can go below that.
// Usage: npm run bench:hook [-- RUNS [ARTICLE...]] (default 15 runs over three of samples/).
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const bin = path.join(root, "bin", "clean-news.js");
const runs = Number(process.argv[2] ?? 15);
const articles = process.argv.length > 3 ? process.argv.slice(3) : readdirSync(path.join(root, "samples")).sort().slice(0, 3).map((f) => path.join(root, "samples", f));

const load = os.loadavg();
const dir = mkdtempSync(path.join(os.tmpdir(), "clean-news-bench-hook-"));
const git = (...args) => spawnSync("git", args, { cwd: dir, encoding: "utf8" });
git("init", "-q");
articles.forEach((file, i) => copyFileSync(file, path.join(dir, `article-${i + 1}.txt`)));
git("add", ".");

// CPU time of finished children (and theirs: git), from /proc on Linux, in clock ticks of
// 10 ms: less at the mercy of other processes on a shared machine than wall time.
function childrenCpuMs() {
  try {
    const fields = readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
    return (Number(fields[13]) + Number(fields[14])) * 10;
  } catch {
    return NaN;
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function time(command, args) {
  const walls = [];
  const cpus = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const cpuBefore = childrenCpuMs();
    const { status, stderr } = spawnSync(command, args, { cwd: dir, stdio: ["ignore", "ignore", "pipe"], encoding: "utf8" });
    // 1 is a check that found dirty articles; anything else is a failed run, not a figure.
    if (status !== 0 && status !== 1) throw new Error(`${command} ${args.join(" ")} exited ${status}:\n${stderr}`);
    walls.push(Number(process.hrtime.bigint() - start) / 1e6);
    cpus.push(childrenCpuMs() - cpuBefore);
  }
  return { median: median(walls), min: Math.min(...walls), max: Math.max(...walls), cpu: median(cpus) };
}

const rows = [
  ["node -e '' (Node start-up)", time(process.execPath, ["-e", ""])],
  ["clean-news --staged --check (3 dirty articles, blocks)", time(process.execPath, [bin, "--staged", "--check", "-q"])],
];
spawnSync(process.execPath, [bin, "--staged", "-q"], { cwd: dir });
rows.push(["clean-news --staged --check (copies staged, passes)", time(process.execPath, [bin, "--staged", "--check", "-q"])]);
rows.push(["clean-news --staged (writes and stages 3 copies)", time(process.execPath, [bin, "--staged", "-q"])]);
rmSync(dir, { recursive: true, force: true });

console.log(`load average before: ${load.map((l) => l.toFixed(1)).join(" ")}, after: ${os.loadavg().map((l) => l.toFixed(1)).join(" ")} (${os.cpus().length} cores)`);
console.log(`| run (${articles.length} staged articles, ${runs} runs each) | wall ms, median | min | max | CPU ms, median |`);
console.log("| --- | --- | --- | --- | --- |");
for (const [name, t] of rows) console.log(`| ${name} | ${t.median.toFixed(0)} | ${t.min.toFixed(0)} | ${t.max.toFixed(0)} | ${t.cpu} |`);
