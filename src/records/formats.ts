import type { Readable } from "node:stream";
import type { RecordLocation } from "./location.js";

/** One field of a record that is to be cleaned. */
export interface RecordField {
  field: string;
  text: string;
  location: Omit<RecordLocation, "file">;
}

/**
 * One record of a stream: its named fields, and how to write it with some of them replaced.
 * What passes through is kept as the input's bytes, which need not be text.
 */
export type StreamRecord =
  | { kind: "record"; line: number; key: string; fields: RecordField[]; render(cleaned: ReadonlyMap<string, string>): Buffer }
  /** A line or record that does not parse, or is not UTF-8: passed through as it was. */
  | { kind: "bad"; line: number; reason: string; raw: Buffer }
  /** What is not a record (a blank line, the CSV header, a byte order mark): passed through. */
  | { kind: "other"; raw: Buffer };

/**
 * Streams are read as UTF-8: a record that is not (a Windows-1252 export) would have its other
 * characters replaced, so it is passed through whole, and said why.
 */
export const NOT_UTF8 = "not UTF-8 (record streams are read as UTF-8; convert the file first, for example with iconv -f windows-1252 -t utf-8)";

export interface RecordFormatOptions {
  fields: readonly string[];
  idField: string;
}

export type RecordReader = (input: Readable, options: RecordFormatOptions) => AsyncIterable<StreamRecord>;

/** The document id of a field: the record's id (or line) and the field name. */
export function recordDocId(key: string, field: string): string {
  return `${key}/${field}`;
}

export function keyOf(value: unknown, line: number): string {
  return typeof value === "string" || typeof value === "number" ? String(value) : `line-${line}`;
}
