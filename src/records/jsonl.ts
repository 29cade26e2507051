import type { Readable } from "node:stream";
import { fieldSpans } from "./json-fields.js";
import { isUtf8 } from "node:buffer";
import { keyOf, NOT_UTF8, type RecordField, type RecordFormatOptions, type StreamRecord } from "./formats.js";

/** Lines of a byte stream with their byte offsets, one at a time (bounded memory); `whole` with its line break. */
async function* lines(input: Readable): AsyncIterable<{ bytes: Buffer; whole: Buffer; offset: number; terminator: string }> {
  let pending: Buffer = Buffer.alloc(0);
  let offset = 0;
  for await (const chunk of input) {
    pending = pending.length === 0 ? (chunk as Buffer) : Buffer.concat([pending, chunk as Buffer]);
    let from = 0;
    for (let nl = pending.indexOf(10, from); nl !== -1; nl = pending.indexOf(10, from)) {
      const crlf = nl > from && pending[nl - 1] === 13;
      yield { bytes: pending.subarray(from, crlf ? nl - 1 : nl), whole: pending.subarray(from, nl + 1), offset, terminator: crlf ? "\r\n" : "\n" };
      offset += nl + 1 - from;
      from = nl + 1;
    }
    pending = pending.subarray(from);
  }
  if (pending.length > 0) yield { bytes: pending, whole: pending, offset, terminator: "" };
}

/** JSON Lines: one JSON object per line; blank lines pass through. */
export async function* readJsonl(input: Readable, options: RecordFormatOptions): AsyncIterable<StreamRecord> {
  let line = 0;
  for await (const next of lines(input)) {
    let { bytes, whole: raw, offset } = next;
    const { terminator } = next;
    line++;
    if (line === 1 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      // A byte order mark (Windows tools write one) is no part of the first record: it passes through.
      yield { kind: "other", raw: bytes.subarray(0, 3) };
      [bytes, raw, offset] = [bytes.subarray(3), raw.subarray(3), offset + 3];
    }
    if (!isUtf8(bytes)) {
      yield { kind: "bad", line, reason: NOT_UTF8, raw };
      continue;
    }
    const text = bytes.toString("utf8");
    if (text.trim() === "") {
      yield { kind: "other", raw };
      continue;
    }
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      yield { kind: "bad", line, reason: `not valid JSON (${(error as Error).message})`, raw };
      continue;
    }
    if (value === null || typeof value !== "object" || Array.isArray(value)) {
      yield { kind: "bad", line, reason: "not a JSON object", raw };
      continue;
    }
    const record = value as Record<string, unknown>;
    const fields: RecordField[] = options.fields
      .filter((field) => typeof record[field] === "string")
      .map((field) => ({ field, text: record[field] as string, location: { format: "jsonl", offset, length: bytes.length, field } }));
    yield {
      kind: "record",
      line,
      key: keyOf(record[options.idField], line),
      fields,
      render: (cleaned) => {
        if (![...cleaned].some(([field, t]) => t !== record[field])) return raw;
        // Replaced from the end, so that earlier spans keep their offsets.
        const spans = [...fieldSpans(text, new Set(cleaned.keys()))].sort(([, a], [, b]) => b.start - a.start);
        let out = text;
        for (const [field, { start, end }] of spans) {
          const t = cleaned.get(field)!;
          if (t !== record[field]) out = out.slice(0, start) + JSON.stringify(t) + out.slice(end);
        }
        return Buffer.from(out + terminator, "utf8");
      },
    };
  }
}
