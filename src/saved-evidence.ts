import { access } from "node:fs/promises";
import path from "node:path";
import type { Library, RunOptions } from "./engine.js";
import { readIndexFile, type SavedIndex } from "./index-file.js";
import type { PathNote } from "./report/model.js";

/**
 * `--index FILE`: the saved corpus evidence, its documents added to the run's library (a
 * document the run has itself, by the same id, is read from the run), and a warning if files it
 * names are not there (a few of them looked for). The index names them relative to the folder
 * it was written from; cleaned from another folder, the rules that read evidence
 * (restore-blanks' twins) found nothing and said nothing, and machines of one cluster wrote
 * different copies.
 */
export async function savedEvidence(options: RunOptions, library: Library): Promise<{ saved: SavedIndex | null; warnings: PathNote[] }> {
  if (!options.indexFile) return { saved: null, warnings: [] };
  const saved = await readIndexFile(options.indexFile, options.rules);
  const named = new Set<string>();
  for (const [id, location] of saved.documents) {
    if (typeof location !== "string") named.add(location.file);
    else if (!library.has(id)) named.add(location);
  }
  for (const [id, location] of saved.documents) library.addLocation(id, location);
  const looked = evenlySpaced([...named].sort(), FILES_LOOKED_FOR);
  const missing = await missingFiles(looked);
  return { saved, warnings: missing.length === 0 ? [] : [{ path: options.indexFile, reason: missingReason(missing, looked.length) }] };
}

/**
 * Files looked for, spread over the index's: a run from the wrong folder, or a corpus moved
 * since, misses them all, and a pre-commit run with an index of a million documents must not
 * look for each.
 */
const FILES_LOOKED_FOR = 64;

function evenlySpaced<T>(items: readonly T[], most: number): T[] {
  if (items.length <= most) return [...items];
  return Array.from({ length: most }, (_, i) => items[Math.floor((i * items.length) / most)]!);
}

async function missingFiles(files: readonly string[]): Promise<string[]> {
  const present = await Promise.all(
    files.map((file) =>
      access(path.resolve(file)).then(
        () => true,
        () => false,
      ),
    ),
  );
  return files.filter((_, i) => !present[i]);
}

function missingReason(missing: readonly string[], looked: number): string {
  return `files it names as evidence are not there (${missing.length} of the ${looked} looked for, such as ${missing[0]}): the rules that read evidence do without them. An index names files relative to the folder it was written from: clean from that folder`;
}
