import { workerData } from "node:worker_threads";
import { loadBundle } from "../code-cache.js";
import type { WorkerSetup } from "./protocol.js";

/**
 * A worker thread of the pool runs what the main thread runs. Under the executable that is the
 * command line's bundle, loaded with the code V8 compiled for it: a worker took a median 233 ms
 * to start loading dist/ module by module, 116 from the bundle (`npm run bench:worker-start`;
 * docs/performance.md, "Worker threads from the bundle"). A program that runs the engine from
 * dist/ (the API, the scripts) gets workers that load dist/ too, not a bundle an older build
 * may have left.
 */
const { bundle } = workerData as WorkerSetup;
const { serveWorker } = bundle ? loadBundle(bundle).exports : await import("./serve.js");
await serveWorker();
