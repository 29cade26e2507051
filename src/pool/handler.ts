import { collectSummaries, corpusRulesOf, type CorpusIndex } from "../corpus.js";
import { processInput, type Library, type RunOptions } from "../engine.js";
import { restoreIndex } from "../index-file.js";
import { cleanField, listsFields } from "../records/clean-field.js";
import type { Request } from "./protocol.js";

/**
 * What a lane of the pool does with each request, in a worker thread or in the main thread
 * (which is a lane too, so that N jobs cost N - 1 extra heaps and copies of the index).
 */
export function requestHandler(options: RunOptions, library: Library): (request: Request) => Promise<unknown> {
  const { rules } = options;
  const corpusRules = corpusRulesOf(rules);
  let index: CorpusIndex = new Map();
  return async (request) => {
    switch (request.type) {
      case "collect": {
        const collected: [string, unknown[]][] = [];
        for (const id of request.ids) {
          const doc = await library.read(id);
          if (doc) collected.push([id, collectSummaries(doc, corpusRules)]);
        }
        return collected;
      }
      case "index":
        index = restoreIndex(rules, request.index);
        return null;
      case "clean": {
        // One file after another: the file calls are synchronous (src/io/fs.ts), the lanes are the parallelism.
        const reports = [];
        for (const input of request.inputs) reports.push(await processInput(input, options, index, library));
        return reports;
      }
      case "fields": {
        const results = [];
        for (const item of request.items) results.push(await cleanField(item, rules, options.settings, index, library.read, listsFields(options.detail)));
        return results;
      }
    }
  };
}
