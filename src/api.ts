import { clean } from "./core/clean.js";
import type { CleanResult, ConfiguredRule, Doc, Settings } from "./core/types.js";
import { bindRules, buildCorpusIndex } from "./corpus.js";

/**
 * Cleans one document against a corpus held in memory: the whole pipeline (corpus pass
 * included) with no file system. The rule fixture harness and library users call this.
 */
export async function cleanInMemory(
  target: Doc,
  corpus: readonly Doc[],
  rules: readonly ConfiguredRule[],
  settings: Settings,
  strict = false,
): Promise<CleanResult> {
  const docs = new Map([...corpus, target].map((d) => [d.id, d]));
  const read = async (id: string) => docs.get(id) ?? null;
  const index = await buildCorpusIndex(rules, [...docs.keys()].sort(), read, 1);
  const bound = await bindRules(target, rules, settings, index, read);
  return clean(target, bound, { settings, strict });
}
