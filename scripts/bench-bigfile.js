// Cleans one large generated file (default 1 GB) with the built CLI and reports the time and
// the peak memory (RSS) of the cleaning process. The file is made of the sample articles'
// paragraphs, numbered so that none repeats, with the scraper damage they carry. With --jsonl,
// it is a JSON Lines stream of the bench's articles instead (scripts/bench-data.js: one in 20 a
// damaged twin of the one before), cleaned with --format jsonl --field text, every rule on.
//   npm run bench:bigfile -- [--size-mb 1024] [--jsonl [--corpus DIR]] [--keep]
import { spawn } from "node:child_process";
import { createWriteStream } from "node:fs";
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

if (process.argv[2] === "--child") {
  // The cleaning process itself: the CLI, then its own peak RSS on stdout.
  const { main } = await import(path.join(ROOT, "dist/src/cli.js"));
  (await import(path.join(ROOT, "dist/src/heap.js"))).keepHeapsNearLive();
  const code = await main({ argv: process.argv.slice(3), stdin: process.stdin, stdout: process.stderr, stderr: process.stderr, env: process.env });
  process.stdout.write(JSON.stringify({ code, maxRssKb: process.resourceUsage().maxRSS }) + "\n");
  process.exit(0);
}

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name);
  return i === -1 ? fallback : process.argv[i + 1];
};
const sizeMb = Number(arg("--size-mb", "1024"));
const keep = process.argv.includes("--keep");
const jsonl = process.argv.includes("--jsonl");
const corpus = arg("--corpus", undefined);

async function paragraphs() {
  const dir = path.join(ROOT, "samples");
  const out = [];
  for (const name of (await readdir(dir)).filter((n) => n.endsWith(".txt")).sort()) {
    for (const p of (await readFile(path.join(dir, name), "utf8")).split(/\n\s*\n/)) if (p.trim()) out.push(p.trim());
  }
  return out;
}

async function generate(file, bytes) {
  const source = await paragraphs();
  const stream = createWriteStream(file);
  let written = 0;
  for (let i = 0; written < bytes; i++) {
    const text = `${i}. ${source[i % source.length]}\n\n`;
    written += Buffer.byteLength(text);
    if (!stream.write(text)) await new Promise((r) => stream.once("drain", r));
  }
  await new Promise((r, j) => stream.end((e) => (e ? j(e) : r())));
  return written;
}

let records = 0;

/** Records of about 5 KB until the size is reached. */
async function generateJsonl(file, bytes) {
  const { articleSource, writeJsonl } = await import("./bench-data.js");
  const source = articleSource(corpus);
  records = Math.max(1, Math.round(bytes / (source(0).length + 60)));
  return writeJsonl(file, records, source);
}

function clean(args) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), "--child", ...args], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (d) => (out += d));
    child.on("error", reject);
    child.on("close", () => resolve(JSON.parse(out)));
  });
}

const dir = await mkdtemp(path.join(tmpdir(), "clean-news-bigfile-"));
try {
  const input = path.join(dir, jsonl ? "big.jsonl" : "big.txt");
  process.stderr.write(`generating ${sizeMb} MB in ${dir} ...\n`);
  const bytes = jsonl ? await generateJsonl(input, sizeMb * 1024 * 1024) : await generate(input, sizeMb * 1024 * 1024);
  const started = process.hrtime.bigint();
  const result = await clean(["--quiet", ...(jsonl ? ["--format", "jsonl", "--field", "text"] : []), input]);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const output = await stat(path.join(dir, jsonl ? "big.clean.jsonl" : "big.clean.txt")).catch(() => null);
  const mb = bytes / 1024 / 1024;
  console.log(`| input | time | throughput | peak RSS | exit | clean copy |`);
  console.log(`| --- | --- | --- | --- | --- | --- |`);
  console.log(`| ${mb.toFixed(0)} MB, ${jsonl ? `JSON Lines, ${records} records` : "one file"} | ${seconds.toFixed(1)} s | ${(mb / seconds).toFixed(1)} MB/s | ${(result.maxRssKb / 1024).toFixed(0)} MB | ${result.code} | ${output ? (output.size / 1024 / 1024).toFixed(0) + " MB" : "none"} |`);
} finally {
  if (!keep) await rm(dir, { recursive: true, force: true });
}
