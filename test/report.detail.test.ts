import { describe, expect, it } from "vitest";
import type { Edit, Unresolved } from "../src/core/types.js";
import { toHuman } from "../src/report/human.js";
import { emptyReport, keepOnly, type FileReport, type RunReport } from "../src/report/model.js";

const edit = (rule: string, applied: boolean): Edit => ({ rule, kind: applied ? "fix" : "suggest", start: 0, end: 1, line: 1, column: 1, before: "a", after: "b", reason: "why", applied });
const blank: Unresolved = { rule: "restore-blanks", start: 3, end: 6, line: 2, column: 4, context: "President Park   will", message: "blank left" };

function dirty(): FileReport {
  return {
    ...emptyReport("a.txt", "a.clean.txt"),
    changed: true,
    written: true,
    edits: [edit("fix-spacing", true), edit("fix-spacing", true), edit("fix-quotes", true), edit("restore-blanks", false)],
    unresolved: [blank],
  };
}
const human = (file: FileReport, quiet: boolean, check = false) => {
  const report: RunReport = { files: [file], notes: [], check };
  return toHuman(report, { color: false, quiet, explain: false, fixCommand: "clean-news" });
};

describe("a report kept only as the human summary needs it", () => {
  it("keeps the counts and, unless quiet, the suggestions and the unresolved problems", () => {
    const kept = keepOnly(dirty(), { edits: false, unresolved: true, suggestions: true });
    expect(kept.tally).toBe("fix-spacing 2, fix-quotes 1");
    expect(kept.edits.map((e) => e.rule)).toEqual(["restore-blanks"]);
    expect(kept.unresolved).toEqual([blank]);
    const quiet = keepOnly(dirty(), { edits: false, unresolved: false, suggestions: false });
    expect(quiet.tally).toBe("fix-spacing 2, fix-quotes 1");
    expect(quiet.edits).toEqual([]);
    expect(quiet.unresolved).toEqual([]);
  });

  it("prints what the whole report prints, with and without --quiet, and in --check", () => {
    expect(human(keepOnly(dirty(), { edits: false, unresolved: true, suggestions: true }), false)).toBe(human(dirty(), false));
    expect(human(keepOnly(dirty(), { edits: false, unresolved: false, suggestions: false }), true)).toBe(human(dirty(), true));
    const inCheck = { ...dirty(), written: false };
    expect(human(keepOnly(inCheck, { edits: false, unresolved: true, suggestions: true }), false, true)).toBe(human(inCheck, false, true));
    expect(human(keepOnly(inCheck, { edits: false, unresolved: false, suggestions: false }), true, true)).toBe(human(inCheck, true, true));
  });
});
