import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadBundle } from "../code-cache.js";

/**
 * A worker thread of the pool starts as the executable does, from the command line's bundle
 * and the code V8 compiled for it: a worker took a median 233 ms to start loading dist/ module
 * by module, 116 from the bundle (`npm run bench:worker-start`; docs/performance.md, "Worker
 * threads from the bundle"). Without a bundle (a build stopped half way) it loads the modules.
 */
const bundle = fileURLToPath(new URL("../../cli.bundle.cjs", import.meta.url));
const { serveWorker } = existsSync(bundle) ? loadBundle(bundle).exports : await import("./serve.js");
await serveWorker();
