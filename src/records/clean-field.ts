import { clean } from "../core/clean.js";
import type { ConfiguredRule, Settings } from "../core/types.js";
import { bindRules, type CorpusIndex, type DocSource } from "../corpus.js";
import { encode } from "../io/codec.js";
import { fromBytes } from "../io/read.js";

/** What cleaning one field gave: the text to write back, and counts of what the rules did. */
export interface CleanedField {
  text: string;
  /** Applied edits by rule id. */
  applied: Record<string, number>;
  unresolved: number;
}

/** A field to clean: its document id and text. */
export type FieldItem = [id: string, text: string];

/**
 * Cleans a field's text exactly as the same text stored in a file (UTF-8) would be cleaned;
 * null for text that is not text (NUL characters), which stays as it is.
 */
export async function cleanField(
  [id, text]: FieldItem,
  rules: readonly ConfiguredRule[],
  settings: Settings,
  index: CorpusIndex,
  read: DocSource,
): Promise<CleanedField | null> {
  const decoded = fromBytes(id, Buffer.from(text, "utf8"), 0o644);
  if (decoded.kind !== "text") return null;
  const bound = await bindRules(decoded.doc, rules, settings, index, read);
  const result = clean(decoded.doc, bound, { settings });
  const applied: Record<string, number> = {};
  for (const e of result.edits) if (e.applied) applied[e.rule] = (applied[e.rule] ?? 0) + 1;
  return { text: encode(result.text, decoded.format).toString("utf8"), applied, unresolved: result.unresolved.length };
}
