import type { Readable } from "node:stream";
import { Readable as ReadableStream } from "node:stream";
import { parse } from "csv-parse";
import { stringify } from "csv-stringify/sync";
import { ConfigError } from "../core/configure.js";
import { isUtf8 } from "node:buffer";
import { rewrittenField, writtenFields } from "./csv-fields.js";
import { keyOf, NOT_UTF8, type RecordFormatOptions, type StreamRecord } from "./formats.js";

interface Parsed {
  record: string[];
  info: { bytes: number; lines: number };
}

/**
 * CSV per RFC 4180 (csv-parse): the first record names the fields. Each record is passed on
 * with its exact bytes, taken from the input between the byte counts the parser reports, so
 * that a record whose fields are not cleaned, or do not change, is written back as it was; in a
 * record that changes, only the cleaned fields are written anew (csv-fields.ts).
 * Stray quotes inside unquoted fields are read as text (as spreadsheets do); a record with
 * more or fewer fields than the header, or one the parser gives up on, is passed through.
 */
export async function* readCsv(input: Readable, options: RecordFormatOptions): AsyncIterable<StreamRecord> {
  const held: Buffer[] = [];
  let heldFrom = 0; // byte offset of held[0]
  const tee = ReadableStream.from(
    (async function* () {
      for await (const chunk of input) {
        held.push(chunk as Buffer);
        yield chunk;
      }
    })(),
  );
  /** The input's bytes [from, to), forgetting everything before `to`. */
  const take = (from: number, to: number): Buffer => {
    const all = held.length === 1 ? held[0]! : Buffer.concat(held);
    const out = all.subarray(from - heldFrom, to - heldFrom);
    held.length = 0;
    held.push(all.subarray(to - heldFrom));
    heldFrom = to;
    return Buffer.from(out);
  };

  const failures: { line: number; reason: string }[] = [];
  // bom: a byte order mark (spreadsheets write one) is no part of the first column's name; the
  // byte counts still include it, so it passes through with the header.
  const parser = tee.pipe(parse({ info: true, bom: true, relax_quotes: true, relax_column_count: true, skip_records_with_error: true }));
  parser.on("skip", (error: Error & { lines: number }) => failures.push({ line: error.lines, reason: error.message }));

  let header: string[] = [];
  let columns: Map<string, number> | null = null;
  let end = 0;
  let lines = 0;
  for await (const { record, info } of parser as AsyncIterable<Parsed>) {
    const line = lines + 1;
    const raw = take(end, info.bytes);
    const offset = end;
    [end, lines] = [info.bytes, info.lines];
    if (failures.length > 0) {
      const failure = failures.splice(0);
      yield { kind: "bad", line, reason: `${failure[0]!.reason}; passed through up to line ${lines}`, raw };
      continue;
    }
    if (!columns) {
      header = record;
      columns = new Map(record.map((name, i) => [name, i]));
      const missing = [...options.fields].filter((f) => !columns!.has(f));
      if (missing.length > 0) throw new ConfigError(`--field ${missing.join(", ")}: no such column in the CSV header (${record.join(", ")})${otherSeparator(record)}`);
      yield { kind: "other", raw };
      continue;
    }
    // A blank line (an export's last line, most often) is no record: it passes through, as in JSON Lines.
    if (record.length === 1 && record[0] === "" && (raw.length === 1 ? raw[0] === 0x0a : raw.length === 2 && raw[0] === 0x0d && raw[1] === 0x0a)) {
      yield { kind: "other", raw };
      continue;
    }
    if (!isUtf8(raw)) {
      yield { kind: "bad", line, reason: NOT_UTF8, raw };
      continue;
    }
    if (record.length !== columns.size) {
      yield { kind: "bad", line, reason: `${record.length} fields where the header has ${columns.size}`, raw };
      continue;
    }
    // The record's own line break, kept on a rewritten record: a lone CR (an old Mac export)
    // was dropped, and the records ran into one line.
    const terminator = raw.at(-1) === 0x0a ? (raw.at(-2) === 0x0d ? "\r\n" : "\n") : raw.at(-1) === 0x0d ? "\r" : "";
    const idColumn = columns.get(options.idField);
    yield {
      kind: "record",
      line,
      key: keyOf(idColumn === undefined ? undefined : record[idColumn], line),
      fields: options.fields.map((field) => {
        const column = columns!.get(field)!;
        return { field, text: record[column]!, location: { format: "csv", offset, length: info.bytes - offset, field, column } };
      }),
      render: (cleaned) => {
        const row = record.map((value, i) => cleaned.get(header[i]!) ?? value);
        if (row.every((value, i) => value === record[i])) return raw;
        // The fields that did not change keep their bytes ("7" stays quoted), as the record's others do.
        const written = writtenFields(raw.subarray(0, raw.length - terminator.length).toString("utf8"), record);
        const line = written ? written.map((field, i) => (row[i] === record[i] ? field : rewrittenField(field, row[i]!))).join(",") : stringify([row], { eof: false });
        return Buffer.from(line + terminator, "utf8");
      },
    };
  }
  if (end < heldFrom + held.reduce((n, b) => n + b.length, 0) || failures.length > 0) {
    const raw = take(end, heldFrom + held.reduce((n, b) => n + b.length, 0));
    yield { kind: "bad", line: lines + 1, reason: failures[0]?.reason ?? "an incomplete record", raw };
  }
}

/** A hint where the header is one column that another separator would split: semicolons (a European spreadsheet's CSV), tabs. */
function otherSeparator(header: readonly string[]): string {
  const separator = header.length === 1 ? [";", "\t", "|"].find((c) => header[0]!.includes(c)) : undefined;
  return separator ? `; the header looks separated by ${JSON.stringify(separator)}, but --format csv reads comma-separated values (RFC 4180)` : "";
}
