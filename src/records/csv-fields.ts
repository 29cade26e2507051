import { stringify } from "csv-stringify/sync";

/**
 * The fields of one CSV record as written, quotes and all, split at the commas outside quotes;
 * null where that split does not read back as the parser's `values` (a stray quote the parser
 * read leniently, a field count that differs): such a record is written anew.
 */
export function writtenFields(record: string, values: readonly string[]): string[] | null {
  const fields: string[] = [];
  for (let start = 0; ; ) {
    let end: number;
    if (record[start] === '"') {
      end = closingQuote(record, start + 1);
      if (end === -1 || (end < record.length && record[end] !== ",")) return null;
    } else {
      end = record.indexOf(",", start);
      if (end === -1) end = record.length;
    }
    fields.push(record.slice(start, end));
    if (end === record.length) break;
    start = end + 1;
  }
  return fields.length === values.length && fields.every((field, i) => valueOf(field) === values[i]) ? fields : null;
}

/** Just past the quote that closes a quoted field whose text starts at `from` ("" inside is one quote), or -1. */
function closingQuote(record: string, from: number): number {
  for (let at = from; ; at += 2) {
    at = record.indexOf('"', at);
    if (at === -1) return -1;
    if (record[at + 1] !== '"') return at + 1;
  }
}

function valueOf(field: string): string {
  return field.startsWith('"') ? field.slice(1, -1).replaceAll('""', '"') : field;
}

/**
 * A cleaned value in place of a field as written: quoted if the field was (a file written with
 * every field quoted stays so), otherwise only where RFC 4180 needs it.
 */
export function rewrittenField(written: string, value: string): string {
  return written.startsWith('"') ? `"${value.replaceAll('"', '""')}"` : stringify([[value]], { eof: false });
}
