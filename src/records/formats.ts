import type { Readable } from "node:stream";
import type { RecordLocation } from "./location.js";

/** One field of a record that is to be cleaned. */
export interface RecordField {
  field: string;
  text: string;
  location: Omit<RecordLocation, "file">;
}

/** One record of a stream: its named fields, and how to write it with some of them replaced. */
export type StreamRecord =
  | { kind: "record"; line: number; key: string; fields: RecordField[]; render(cleaned: ReadonlyMap<string, string>): string }
  /** A line or record that does not parse: passed through as it was. */
  | { kind: "bad"; line: number; reason: string; raw: string }
  /** Text that is not a record (a blank line, the CSV header): passed through. */
  | { kind: "other"; raw: string };

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
