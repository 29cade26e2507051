import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { loadBundle } from "../code-cache.js";

/**
 * A worker thread of the pool starts as the executable does, from the command line's bundle
 * and the code V8 compiled for it: loading dist/ module by module took a worker 120-270 ms to
 * start, the bundle 75-95 (docs/performance.md, "Worker threads from the bundle"). Without a
 * bundle (a build stopped half way) it loads the modules.
 */
const bundle = fileURLToPath(new URL("../../cli.bundle.cjs", import.meta.url));
const { serveWorker } = existsSync(bundle) ? loadBundle(bundle).exports : await import("./serve.js");
await serveWorker();
