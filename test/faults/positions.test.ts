/** The fast position lookups (resumed column counting, binary search) against plain loops. */
import fc from "fast-check";
import { expect, it } from "vitest";
import { LineIndex, OffsetTrail } from "../../src/core/positions.js";

function naiveAt(text: string, offset: number) {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  let column = 1;
  for (let i = lineStart; i < offset; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < offset) i++;
    column++;
  }
  return { line: text.slice(0, offset).split("\n").length, column };
}

const text = fc.string({ unit: fc.constantFrom("a", "\n", "é", "🙂", "\ud800", "\udc00", " "), maxLength: 60 });

it("LineIndex gives the columns of a fresh count, whatever the order of lookups", () => {
  fc.assert(
    fc.property(text, fc.array(fc.nat(), { maxLength: 20 }), (t, raw) => {
      const index = new LineIndex(t);
      for (const o of raw.map((n) => n % (t.length + 1))) expect(index.at(o)).toEqual(naiveAt(t, o));
    }),
    { numRuns: 300 },
  );
});

it("OffsetTrail maps back like a walk over every replacement", () => {
  const replacements = fc
    .array(fc.tuple(fc.nat(30), fc.nat(3), fc.string({ maxLength: 3 })), { maxLength: 8 })
    .map((rs) => {
      let cursor = 0;
      return rs.map(([gap, len, text]) => {
        const start = cursor + gap;
        cursor = start + len + 1;
        return { start, end: start + len, text };
      });
    });
  fc.assert(
    fc.property(replacements, fc.nat(200), fc.boolean(), (rs, p, atStart) => {
      const trail = new OffsetTrail();
      trail.push(rs);
      // The walk the binary search replaced.
      let delta = 0;
      let expected: number | null = null;
      for (const r of rs) {
        const newStart = r.start + delta;
        const newEnd = newStart + r.text.length;
        if (p <= newStart) { expected = p - delta; break; }
        if (p < newEnd) { expected = atStart ? r.start : r.end; break; }
        if (p === newEnd) { expected = r.end; break; }
        delta = newEnd - r.end;
      }
      expect(trail.toOriginal(p, atStart ? "start" : "end")).toBe(expected ?? p - delta);
    }),
    { numRuns: 500 },
  );
});
