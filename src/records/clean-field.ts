import { clean } from "../core/clean.js";
import type { ConfiguredRule, Edit, Settings, Unresolved } from "../core/types.js";
import { bindRules, type CorpusIndex, type DocSource } from "../corpus.js";
import { encode } from "../io/codec.js";
import { fromBytes } from "../io/read.js";
import type { ReportDetail } from "../report/model.js";

/** What cleaning one field gave: the text to write back, and counts of what the rules did. */
export interface CleanedField {
  text: string;
  /** Applied edits by rule id. */
  applied: Record<string, number>;
  unresolved: number;
  /** Its edits and problems, when the report lists them (`listsFields`) and there are any. */
  detail: { edits: Edit[]; unresolved: Unresolved[] } | null;
}

/**
 * Whether the report of a stream lists what the rules did to each field: only when every edit
 * is asked for (--explain, --json, the other reporters). Otherwise it counts them, so that
 * memory stays flat over millions of records.
 */
export function listsFields(detail: ReportDetail | undefined): boolean {
  return detail === undefined;
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
  listed: boolean,
): Promise<CleanedField | null> {
  const decoded = fromBytes(id, Buffer.from(text, "utf8"), 0o644);
  if (decoded.kind !== "text") return null;
  const bound = await bindRules(decoded.doc, rules, settings, index, read);
  const result = clean(decoded.doc, bound, { settings });
  const applied: Record<string, number> = {};
  for (const e of result.edits) if (e.applied) applied[e.rule] = (applied[e.rule] ?? 0) + 1;
  const { edits, unresolved } = result;
  return {
    text: encode(result.text, decoded.format).toString("utf8"),
    applied,
    unresolved: unresolved.length,
    detail: listed && edits.length + unresolved.length > 0 ? { edits, unresolved } : null,
  };
}
