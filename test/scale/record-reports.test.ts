// A record stream's report says what the rules did to each field, where a file's report says
// what they did to the file: the fills and their evidence, and every blank left, at lines and
// columns of the field's text, under the record's line and id.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PassThrough, Readable } from "node:stream";
import Ajv from "ajv";
import { describe, expect, it } from "vitest";
import { BUILT_IN_RULES } from "../../rules/index.js";
import { configureRules } from "../../src/core/configure.js";
import { runRecords } from "../../src/records/run.js";
import { cleanNews } from "../helpers/cli.js";
import { runOptions, scratchFolder } from "../helpers/scale.js";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

// Record 7 (line 2) has a blank the lexicon fills on its second line; record 8 (line 4) one
// that nothing fills; record 9 nothing to mend.
const CSV = [
  "id,title,text,label",
  '7,Visit,"Line one of the story.\nThe impeached South Korean president, Park   will leave office, officials said.",1',
  '8,Talks,"Officials met for the   talks on Friday, the ministry said.",0',
  '9,Plain,"Nothing to mend here.",0',
  "",
].join("\n");

/** The built command line over the stream as a file, data.csv, in a folder of its own (the working folder). */
async function cli(args: string[]) {
  const dir = scratchFolder();
  writeFileSync(path.join(dir, "data.csv"), CSV);
  const result = await cleanNews([...args, "--format", "csv", "--field", "text", "data.csv"], { cwd: dir });
  return { code: result.exitCode, stdout: String(result.stdout), stderr: String(result.stderr) };
}

describe("the report of a record stream", () => {
  it("--json: one report per field with something to say, valid by the schema, at the field's lines and columns", async () => {
    const { code, stdout } = await cli(["--json"]);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    const validate = new Ajv({ allErrors: true }).compile(JSON.parse(readFileSync(path.join(ROOT, "schema", "report.schema.json"), "utf8")));
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    const [stream, filled, blank, ...rest] = report.files;
    expect(rest).toEqual([]);
    expect(stream).toMatchObject({ path: "data.csv", output: "data.clean.csv", changed: true, edits: [], unresolved: [] });
    expect(stream.record).toBeUndefined();
    expect(filled).toMatchObject({ path: "data.csv:2 7/text", output: null, changed: true, record: { path: "data.csv", line: 2, id: "7/text" }, unresolved: [] });
    expect(filled.edits).toHaveLength(1);
    expect(filled.edits[0]).toMatchObject({ rule: "restore-blanks", kind: "fix", line: 2, column: 43, before: "   ", after: " Geun-hye ", applied: true });
    expect(filled.edits[0].reason).toContain("lexicon");
    expect(blank).toMatchObject({ path: "data.csv:4 8/text", changed: false, edits: [], record: { path: "data.csv", line: 4, id: "8/text" } });
    expect(blank.unresolved).toEqual([expect.objectContaining({ rule: "restore-blanks", line: 1, column: 22 })]);
  });

  it("--explain lists each field's edits under it; the summary counts the stream, not its fields", async () => {
    const { stderr } = await cli(["--explain"]);
    const lines = stderr.trim().split("\n");
    const header = lines.indexOf("data.csv:2 7/text");
    expect(header).toBeGreaterThan(-1);
    expect(lines[header + 1]).toMatch(/^ {2}2:43 restore-blanks fix: " {3}" -> " Geun-hye ", restored "Geun-hye" \(lexicon/);
    expect(lines).toContainEqual(expect.stringMatching(/^warning data\.csv:4 8\/text:1:22 restore-blanks: blank: /));
    expect(lines.at(-1)).toBe("1 file(s) cleaned, 1 written, 1 changed");
  });

  it("by default the stream's line counts the problems and says how to list them; no line per field", async () => {
    const { stderr } = await cli([]);
    expect(stderr).toContain("data.csv: 3 records, 3 fields cleaned, 1 changed (restore-blanks 1), 1 unresolved problem(s) (--explain lists them), 0 passed through as they were");
    expect(stderr).not.toContain("8/text");
  });

  it("--check fails once, for the stream, and names no field as a file to clean", async () => {
    const { code, stderr } = await cli(["--check", "--explain"]);
    expect(stderr).toContain("data.csv:2 7/text");
    expect(code).toBe(1);
    expect(stderr.match(/^dirty /gm)).toHaveLength(1);
    expect(stderr).toMatch(/^dirty data\.csv: needs restore-blanks 1/m);
    expect(stderr).toMatch(/1 file\(s\) checked, 1 need a clean copy/);
  });

  it("GitHub annotations put a field's problem on its record's line of the stream", async () => {
    const { stdout, stderr } = await cli(["--reporter", "github"]);
    expect(stdout + stderr).toContain('::warning file=data.csv,line=4,col=1,title=clean-news restore-blanks::8/text 1:22: blank: ');
  });

  it("unless asked, nothing is kept per field (a long stream holds no edits); threads change nothing", async () => {
    const quiet = await cli(["--quiet"]);
    expect(quiet.stderr).toBe("");
    const text = Array.from({ length: 300 }, (_, i) => `${i},T,"Officials met for the   talks on day ${i}, the ministry said.",0`);
    const stream = ["id,title,text,label", ...text, ""].join("\n");
    const reports = [];
    for (const [jobs, detail] of [[1, undefined], [2, undefined], [2, { edits: false, unresolved: false }]] as const) {
      const options = runOptions(["-"], configureRules(BUILT_IN_RULES, {}), { jobs, detail });
      const report = await runRecords(["-"], options, { format: "csv", fields: ["text"], idField: "id" }, { stdin: Readable.from([Buffer.from(stream)]), stdout: new PassThrough() });
      reports.push(report.files);
    }
    expect(reports[0]).toHaveLength(301);
    expect(reports[0]![300]).toMatchObject({ path: "-:301 299/text", unresolved: [expect.objectContaining({ line: 1, column: 22 })] });
    expect(reports[1]).toEqual(reports[0]);
    expect(reports[2]).toHaveLength(1);
  });
});
