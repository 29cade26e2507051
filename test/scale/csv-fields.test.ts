import fc from "fast-check";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { rewrittenField, writtenFields } from "../../src/records/csv-fields.js";

const value = fc.string({ unit: fc.constantFrom("a", "b", " ", ",", '"', "\n", "\r", "é") });

describe("writtenFields: a record's fields as written", () => {
  it("splits any record csv-stringify writes, quoted or not, into fields that read back as its values", () => {
    fc.assert(
      fc.property(fc.array(value, { minLength: 1, maxLength: 6 }), fc.boolean(), (values, quoted) => {
        const record = stringify([values], { eof: false, quoted });
        const fields = writtenFields(record, values);
        expect(fields).not.toBeNull();
        expect(fields!.join(",")).toBe(record);
        expect(parse(record, { relax_column_count: true })[0] ?? [""]).toEqual(values);
      }),
    );
  });

  it.each([
    ['"7",Title,"a ""b"" c",', ["7", "Title", 'a "b" c', ""], ['"7"', "Title", '"a ""b"" c"', ""]],
    ['7,"",x', ["7", "", "x"], ["7", '""', "x"]],
  ])("%s", (record, values, fields) => {
    expect(writtenFields(record, values)).toEqual(fields);
  });

  it.each([
    ['"7"x,a', ["7x", "a"]],
    ['"7,a', ["7,a"]],
    ["7,a", ["7", "a", ""]],
  ])("gives up on %s (parsed leniently as %j): the record is written anew", (record, values) => {
    expect(writtenFields(record, values)).toBeNull();
  });
});

describe("rewrittenField: a cleaned value in a field's place", () => {
  it.each([
    ['"In the U. S."', "In the U.S.", '"In the U.S."'],
    ["In the U. S.", "In the U.S.", "In the U.S."],
    ["U. S., today", "U.S., today", '"U.S., today"'],
    ['"say ""hi"""', 'say "hi".', '"say ""hi""."'],
  ])("%s becomes %s as %s", (written, cleaned, expected) => {
    expect(rewrittenField(written, cleaned)).toBe(expected);
  });
});
