import { describe, expect, it } from "vitest";
import { clean, RuleContractError, type BoundRule } from "../src/core/clean.js";
import type { Finding } from "../src/core/types.js";

const settings = { applySuggestions: false };
const rule = (id: string, find: (text: string) => Finding[]): BoundRule => ({ id, run: (doc) => find(doc.text) });
const replace = (id: string, from: string, to: string, kind: "fix" | "suggest" = "fix") =>
  rule(id, (text) => [...text.matchAll(new RegExp(from, "g"))].map((m) => ({ start: m.index, end: m.index + m[0].length, fix: to, message: `${from} -> ${to}`, kind })));

describe("clean", () => {
  it("runs each rule on the previous rule's output and reports edits in input coordinates", () => {
    const result = clean({ id: "d", text: "aa bb\ncc bb" }, [replace("one", "aa", "a"), replace("two", "bb", "BBBB")], { settings });
    expect(result.text).toBe("a BBBB\ncc BBBB");
    expect(result.edits.map((e) => [e.rule, e.start, e.end, e.line, e.column, e.before, e.after])).toEqual([
      ["one", 0, 2, 1, 1, "aa", "a"],
      ["two", 3, 5, 1, 4, "bb", "BBBB"],
      ["two", 9, 11, 2, 4, "bb", "BBBB"],
    ]);
  });

  it("offers suggestions without applying them unless asked", () => {
    const rules = [replace("s", "x", "y", "suggest")];
    const offered = clean({ id: "d", text: "x" }, rules, { settings });
    expect(offered.text).toBe("x");
    expect(offered.edits[0]).toMatchObject({ kind: "suggest", applied: false });
    expect(clean({ id: "d", text: "x" }, rules, { settings: { applySuggestions: true } }).text).toBe("y");
  });

  it("reports a finding without a fix as unresolved, with context", () => {
    const result = clean({ id: "d", text: "before  after" }, [rule("blank", () => [{ start: 6, end: 8, message: "a blank" }])], { settings });
    expect(result.text).toBe("before  after");
    expect(result.unresolved).toEqual([{ rule: "blank", start: 6, end: 8, line: 1, column: 7, context: "before  after", message: "a blank" }]);
  });

  it("makes only what the caller keeps, with the same text and edits", () => {
    const rules = [replace("one", "aa", "a"), rule("blank", (text) => [{ start: text.indexOf("  "), end: text.indexOf("  ") + 2, message: "a blank" }])];
    const doc = { id: "d", text: "aa  bb\naa" };
    const all = clean(doc, rules, { settings });
    expect(all.unresolved).toHaveLength(1);
    const lean = clean(doc, rules, { settings, keep: { edits: false, unresolved: false } });
    expect(lean.text).toBe(all.text);
    expect(lean.edits).toEqual(all.edits);
    expect(lean.unresolved).toEqual([]);
    expect(clean(doc, rules, { settings, keep: { edits: true, unresolved: true } })).toEqual(all);
  });

  it("in strict mode, throws naming the rule for out-of-range or overlapping fixes", () => {
    const outOfRange = rule("bad-range", () => [{ start: 0, end: 99, fix: "", message: "" }]);
    expect(() => clean({ id: "d", text: "abc" }, [outOfRange], { settings, strict: true })).toThrow(RuleContractError);
    expect(() => clean({ id: "d", text: "abc" }, [outOfRange], { settings, strict: true })).toThrow(/bad-range/);
    const overlapping = rule("overlap", () => [
      { start: 0, end: 2, fix: "x", message: "" },
      { start: 1, end: 3, fix: "y", message: "" },
    ]);
    expect(() => clean({ id: "d", text: "abc" }, [overlapping], { settings, strict: true })).toThrow(/overlap.*overlaps another fix/);
  });

  it("in a run, leaves contract-breaking findings unapplied and reports them", () => {
    const overlapping = rule("overlap", () => [
      { start: 0, end: 2, fix: "x", message: "" },
      { start: 1, end: 3, fix: "y", message: "" },
    ]);
    const result = clean({ id: "d", text: "abc" }, [overlapping], { settings });
    expect(result.text).toBe("xc");
    expect(result.unresolved[0]).toMatchObject({ rule: "overlap", message: expect.stringMatching(/overlaps/) });
  });

  it("maps positions back through insertions and deletions of earlier rules", () => {
    const insert = rule("insert", () => [{ start: 0, end: 0, fix: "XXXX", message: "" }]);
    const del = rule("delete", (text) => [{ start: text.indexOf("b"), end: text.indexOf("b") + 1, fix: "", message: "" }]);
    const result = clean({ id: "d", text: "a\nb" }, [insert, del], { settings });
    expect(result.text).toBe("XXXXa\n");
    expect(result.edits[1]).toMatchObject({ rule: "delete", start: 2, line: 2, column: 1 });
  });

  it("counts columns in code points", () => {
    const result = clean({ id: "d", text: "😀é x" }, [replace("r", "x", "y")], { settings });
    expect(result.edits[0]).toMatchObject({ line: 1, column: 4 });
  });
});
