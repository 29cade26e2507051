import fc from "fast-check";
import { describe, expect, it } from "vitest";
import fixEncoding from "../rules/fix-encoding.js";
import iconv from "iconv-lite";
import { readDataFile } from "../rules/data/load.js";
import { applyChanges, changesBetween, composeChanges, type Change } from "../rules/fix-encoding/changes.js";
import { PAGES } from "../rules/fix-encoding/page-list.js";

const findings = (text: string) => [...fixEncoding.check({ id: "t", text }, { options: {}, settings: { applySuggestions: false } })];

describe("fix-encoding code pages", () => {
  it("are iconv-lite's tables, as npm run build:codepages writes them", () => {
    const tables = JSON.parse(readDataFile("code-pages.json")) as Record<string, string>;
    const everyByte = Buffer.from(Array.from({ length: 256 }, (_, i) => i));
    expect(Object.keys(tables)).toEqual(PAGES.map(([name]) => name));
    for (const [name] of PAGES) expect(tables[name], name).toBe(iconv.decode(everyByte, name));
  });
});

describe("fix-encoding findings", () => {
  it("reports each garbled run on its own, with the code page", () => {
    const text = "He said â€œnoâ€\u009d and left.";
    expect(findings(text).map((f) => [text.slice(f.start, f.end), f.fix, f.message])).toEqual([
      ["â€œ", "“", "repaired mojibake (UTF-8 read as Windows-1252)"],
      ["â€\u009d", "”", "repaired mojibake (UTF-8 read as Windows-1252)"],
    ]);
  });

  it("mends a line whose mojibake runs into a letter that reads as a lead byte only before a space", () => {
    // "Β" is 0xC2 in ISO-8859-7, and the space a lost 0xA0: the line as one span will not
    // re-read, its word "â€™Β" will, as it does once the trailing space is gone.
    for (const text of ["â€™Β ", "â€™Β"]) expect(findings(text).map((f) => [text.slice(f.start, f.end), f.fix]), text).toEqual([["â€™", "’"]]);
  });

  it("gives mojibake hidden behind a reference one finding", () => {
    const text = "a pulse of 10Î&frac14;s, AT&amp;T said";
    expect(findings(text).map((f) => [text.slice(f.start, f.end), f.fix])).toEqual([
      ["Î&frac14;", "μ"],
      ["&amp;", "&"],
    ]);
  });
});

/**
 * Disjoint sorted changes of `text`. The first list's never delete and never insert (as
 * references never do); the second's may do both.
 */
const changesOf = (text: string, deleting: boolean) =>
  (deleting ? fc.array(fc.integer({ min: 0, max: text.length }), { maxLength: 6 }) : fc.uniqueArray(fc.integer({ min: 0, max: text.length }), { maxLength: 6 }))
    .chain((cuts) => {
      const points = [...cuts].sort((a, b) => a - b);
      const spans: [number, number][] = [];
      for (let i = 0; i + 1 < points.length; i += 2) if (points[i - 1] !== points[i]) spans.push([points[i]!, points[i + 1]!]);
      return fc.tuple(...spans.map(([start, end]) => fc.string({ minLength: deleting ? 0 : 1, maxLength: 3 }).map((after): Change => ({ start, end, after }))));
    });

describe("composeChanges", () => {
  it("yields the final text from the original in one list of disjoint changes", () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 12 }).chain((original) => fc.tuple(fc.constant(original), changesOf(original, false))),
        fc.nat(),
        ([original, first], seed) => {
          const middle = applyChanges(original, first);
          const second = fc.sample(changesOf(middle, true), { numRuns: 1, seed })[0]!;
          const composed = composeChanges(original, first, second);
          composed.forEach((c, i) => expect(i === 0 || composed[i - 1]!.end <= c.start).toBe(true));
          expect(applyChanges(original, composed)).toBe(applyChanges(middle, second));
        },
      ),
    );
  });

  it("changesBetween splits at unchanged ASCII", () => {
    expect(changesBetween("a Ã© b â€™ c", "a é b ’ c")).toEqual([
      { start: 2, end: 4, after: "é" },
      { start: 7, end: 10, after: "’" },
    ]);
  });

  it("changesBetween splits at unchanged ASCII even where a space became part of a letter", () => {
    // "Ã " is "à" with its no-break space lost: the space is taken in, the words stay anchors.
    expect(changesBetween("Ã  Trump s Ã© ", "à Trump s é ")).toEqual([
      { start: 0, end: 2, after: "à" },
      { start: 11, end: 13, after: "é" },
    ]);
  });
});
