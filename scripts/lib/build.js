// The pipeline of a built checkout of clean-news (this one, or an older one given by --root,
// to compare two builds), over documents held in memory.
import path from "node:path";
import { pathToFileURL } from "node:url";

export const THIS_CHECKOUT = path.resolve(import.meta.dirname, "..", "..");

/** The built pipeline under `root`/dist, and a reader of `docs` by id for its corpus pass. */
export async function loadBuild(root, docs) {
  const load = (p) => import(pathToFileURL(path.join(root, "dist", p)).href);
  const { BUILT_IN_RULES } = await load("rules/index.js");
  const { clean } = await load("src/core/clean.js");
  const { configureRules } = await load("src/core/configure.js");
  const { bindRules, buildCorpusIndex } = await load("src/corpus.js");
  const byId = new Map(docs.map((d) => [d.id, d]));
  const read = async (id) => byId.get(id) ?? null;
  return { BUILT_IN_RULES, clean, configureRules, bindRules, buildCorpusIndex, read, ids: [...byId.keys()].sort() };
}
