import { parentPort, workerData } from "node:worker_threads";
import { collectSummaries, corpusRulesOf, type CorpusIndex } from "../corpus.js";
import { Library, processInput, type RunOptions } from "../engine.js";
import { restoreIndex } from "../index-file.js";
import { cleanField } from "../records/clean-field.js";
import type { Request } from "./protocol.js";
import type { WorkerSetup } from "./protocol.js";
import { rulesFromSpecs } from "./specs.js";

/** One worker thread of the pool: answers the requests of src/pool/pool.ts one at a time. */
const setup = workerData as WorkerSetup;
const rules = await rulesFromSpecs(setup.rules);
const options: RunOptions = { ...setup.options, rules };
const corpusRules = corpusRulesOf(rules);
const library = new Library(options.encoding);
for (const [id, location] of setup.documents) library.addLocation(id, location);
let index: CorpusIndex = new Map();

async function handle(request: Request): Promise<unknown> {
  switch (request.type) {
    case "collect": {
      const perRule: [string, unknown][][] = corpusRules.map(() => []);
      for (const id of request.ids) {
        const doc = await library.read(id);
        if (doc) collectSummaries(doc, corpusRules).forEach((summary, i) => perRule[i]!.push([id, summary]));
      }
      return perRule;
    }
    case "index":
      index = restoreIndex(rules, request.index);
      return null;
    case "clean": {
      // One file after another: the file calls are synchronous (src/io/fs.ts), the threads are the parallelism.
      const reports = [];
      for (const input of request.inputs) reports.push(await processInput(input, options, index, library));
      return reports;
    }
    case "fields": {
      const results = [];
      for (const item of request.items) results.push(await cleanField(item, rules, options.settings, index, library.read));
      return results;
    }
  }
}

parentPort!.on("message", (request: Request) => {
  handle(request).then(
    (result) => parentPort!.postMessage({ result }),
    (error: unknown) => parentPort!.postMessage({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
  );
});
