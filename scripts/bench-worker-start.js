// How long a worker thread of the pool takes to start: from dist/ module by module, as it did
// until the eleventh session, and from the command line's bundle with its code cache, as the
// executable's workers do now (src/pool/worker.ts). Wall time from `new Worker` to the
// thread's first message, with the executable's V8 flags set first, as bin/clean-news.js does.
// Usage: npm run bench:worker-start [-- RUNS] (default 9)
import path from "node:path";
import { Worker } from "node:worker_threads";
import { loadCommandLine } from "../dist/src/code-cache.js";

const root = path.resolve(import.meta.dirname, "..");
const runs = Number(process.argv[2] ?? 9);
const bundle = path.join(root, "dist", "cli.bundle.cjs");
loadCommandLine(bundle);

const url = (file) => JSON.stringify(new URL(`file://${path.join(root, file)}`).href);
const ways = {
  "dist/ module by module": `
    await import(${url("dist/src/pool/serve.js")});
    await import(${url("dist/rules/index.js")});`,
  "bundle and code cache": `
    const { loadBundle } = await import(${url("dist/src/code-cache.js")});
    loadBundle(${JSON.stringify(bundle)});`,
};

async function start(body) {
  const started = performance.now();
  const worker = new Worker(`${body}\n(await import("node:worker_threads")).parentPort.postMessage(0);`, { eval: true, type: "module" });
  await new Promise((resolve) => worker.once("message", resolve));
  const ms = performance.now() - started;
  await worker.terminate();
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const times = Object.fromEntries(Object.keys(ways).map((k) => [k, []]));
// Alternated, so that a busy minute on a shared machine weighs on both.
for (let i = 0; i < runs; i++) for (const [name, body] of Object.entries(ways)) times[name].push(await start(body));
console.log(`| worker thread starting from (${runs} runs, alternated) | median ms | min | max |`);
console.log("| --- | ---: | ---: | ---: |");
for (const [name, t] of Object.entries(times)) console.log(`| ${name} | ${median(t).toFixed(0)} | ${Math.min(...t).toFixed(0)} | ${Math.max(...t).toFixed(0)} |`);
