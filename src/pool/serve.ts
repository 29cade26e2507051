import { parentPort, workerData } from "node:worker_threads";
import type { RunOptions } from "../engine.js";
import { followMainThread } from "../io/signals.js";
import { SharedLibrary } from "./documents.js";
import { requestHandler } from "./handler.js";
import type { Envelope, WorkerSetup } from "./protocol.js";
import { rulesFromSpecs } from "./specs.js";

/** One worker thread of the pool: answers the requests of src/pool/pool.ts in the order they came. */
export async function serveWorker(): Promise<void> {
  const setup = workerData as WorkerSetup;
  const options: RunOptions = { ...setup.options, rules: await rulesFromSpecs(setup.rules) };
  const library = new SharedLibrary(options.encoding, setup.documents);
  const handle = requestHandler(options, library);
  // Signals reach the main thread only: it reads this thread's temporary file, and stops us.
  followMainThread(setup.signals);

  // The pool keeps a second request queued here so that this thread never waits for the main one.
  let queue: Promise<void> = Promise.resolve();
  parentPort!.on("message", ({ seq, request }: Envelope) => {
    queue = queue.then(() =>
      handle(request).then(
        (result) => parentPort!.postMessage({ seq, result }),
        (error: unknown) => parentPort!.postMessage({ seq, error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
      ),
    );
  });
}
