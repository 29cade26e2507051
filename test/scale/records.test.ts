import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { PassThrough, Readable } from "node:stream";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { describe, expect, it } from "vitest";
import { BUILT_IN_RULES } from "../../rules/index.js";
import { main } from "../../src/cli.js";
import { configureRules } from "../../src/core/configure.js";
import type { ConfiguredRule } from "../../src/core/types.js";
import { run } from "../../src/engine.js";
import { runRecords, type RecordOptions } from "../../src/records/run.js";
import { rulesWithCorpusRule, runOptions, scratchFolder, tree } from "../helpers/scale.js";


interface Article {
  id: string;
  title: string;
  author: string;
  text: string;
  label: string;
}

/** Texts with what trips record formats (commas, quotes, line breaks, CRLF) and what the rules mend. */
function articles(): Article[] {
  const shared = "Additional reporting by Reuters";
  return Array.from({ length: 24 }, (_, i) => ({
    id: String(1000 + i),
    title: i % 3 === 0 ? `Talks in the U. S., "again" #${i}` : `Plain title ${i}`,
    author: `Writer, ${i}`,
    text: [`Line one of ${i}, with "quotes" and\u00a0a no-break space.`, i % 2 ? shared : `Own line ${i}`, `He said: “It is over. ”`]
      .join(i % 4 === 1 ? "\r\n" : "\n"),
    label: String(i % 2),
  }));
}

/** Cleans each field as a file of its own, named so that ids sort as the records' ids do. */
async function cleanedAsFiles(items: Article[], fields: (keyof Article)[], rules: ConfiguredRule[]): Promise<Map<string, string>> {
  const root = scratchFolder();
  for (const a of items) {
    mkdirSync(path.join(root, "in", a.id), { recursive: true });
    for (const f of fields) writeFileSync(path.join(root, "in", a.id, `${f}.txt`), a[f]);
  }
  await run(runOptions([path.join(root, "in")], rules, { naming: { suffix: ".clean", inPlace: false, outDir: path.join(root, "out") } }));
  return new Map([...tree(path.join(root, "out"))].map(([file, text]) => [file.replace(/\.txt$/, "").split(path.sep).join("/"), text]));
}

function sink(): { stream: PassThrough; text: () => string } {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (c: Buffer) => chunks.push(c));
  return { stream, text: () => Buffer.concat(chunks).toString("utf8") };
}

async function cleanStream(input: string, format: RecordOptions["format"], rules: ConfiguredRule[], fromFile?: string) {
  const out = sink();
  const options = runOptions([fromFile ?? "-"], rules);
  const report = await runRecords([fromFile ?? "-"], options, { format, fields: ["title", "text"], idField: "id" }, { stdin: Readable.from([Buffer.from(input)]), stdout: out.stream });
  return { output: out.text(), report };
}

for (const [name, rules] of [
  ["the built-in rules", () => configureRules(BUILT_IN_RULES, {})],
  ["a corpus rule that reads neighbours", rulesWithCorpusRule],
] as const) {
  describe(`record streams give each field the copy its file would get (${name})`, () => {
    it("JSON Lines: cleaned fields equal, every other byte untouched", async () => {
      const items = articles();
      const lines = items.map((a) => `{"id": "${a.id}", "big": 123456789012345678901, "title": ${JSON.stringify(a.title)}, "10": [1, {"a": "}"}], "author": ${JSON.stringify(a.author)}, "text": ${JSON.stringify(a.text)}, "label": ${a.label}}`);
      const { output } = await cleanStream(lines.join("\n") + "\n", "jsonl", rules());
      const expected = await cleanedAsFiles(items, ["title", "text"], rules());
      const outLines = output.split("\n");
      expect(outLines.length).toBe(items.length + 1);
      let changed = 0;
      items.forEach((a, i) => {
        const record = JSON.parse(outLines[i]!);
        expect(record.title).toBe(expected.get(`${a.id}/title`));
        expect(record.text).toBe(expected.get(`${a.id}/text`));
        if (record.text !== a.text) changed++;
        // Other fields, byte for byte (a JSON round trip would round "big" and move "10" first).
        expect(outLines[i]).toContain(`{"id": "${a.id}", "big": 123456789012345678901, "title": `);
        expect(outLines[i]).toContain(`"10": [1, {"a": "}"}], "author": ${JSON.stringify(a.author)}, "text": `);
      });
      expect(changed).toBe(items.length);
    });

    it("CSV: cleaned fields equal, other fields untouched, quoting per RFC 4180", async () => {
      const items = articles();
      const csv = stringify([["id", "title", "author", "text", "label"], ...items.map((a) => [a.id, a.title, a.author, a.text, a.label])], { record_delimiter: "\r\n" });
      const { output } = await cleanStream(csv, "csv", rules());
      const expected = await cleanedAsFiles(items, ["title", "text"], rules());
      const rows = parse(output) as string[][];
      expect(rows[0]).toEqual(["id", "title", "author", "text", "label"]);
      items.forEach((a, i) => {
        expect(rows[i + 1]).toEqual([a.id, expected.get(`${a.id}/title`), a.author, expected.get(`${a.id}/text`), a.label]);
      });
    });
  });
}

it("standard input gives the same output as the same stream read from a file, corpus pass included", async () => {
  const root = scratchFolder();
  const items = articles();
  const lines = items.map((a) => JSON.stringify(a)).join("\n") + "\n";
  const file = path.join(root, "data.jsonl");
  writeFileSync(file, lines);
  const fromStdin = await cleanStream(lines, "jsonl", rulesWithCorpusRule());
  await cleanStream("", "jsonl", rulesWithCorpusRule(), file);
  expect(fromStdin.output).toContain("[neighbour: ");
  expect(readFileSync(path.join(root, "data.clean.jsonl"), "utf8")).toBe(fromStdin.output);
});

/** The command line over a stream on standard input: its exit code, its output as bytes and as text, and its report. */
async function cli(args: string[], input: string | Buffer) {
  const out: Buffer[] = [];
  const stdout = new PassThrough();
  stdout.on("data", (c: Buffer) => out.push(c));
  const err = sink();
  const code = await main({ argv: args, stdin: Readable.from([Buffer.from(input)]), stdout, stderr: err.stream, env: {} });
  const bytes = Buffer.concat(out);
  return { code, bytes, stdout: bytes.toString("utf8"), stderr: err.text() };
}

it("CSV: a record that changes keeps the bytes of its other fields, quotes and all; a cleaned field keeps its quoting", async () => {
  const input = 'id,title,author,text,label\r\n"7","Talks, day two",Jane Roe,"In the U. S. today.",1\r\n8,Talks,"Roe, Jane",In the U. K.,"0"\r\n';
  const { code, stdout } = await cli(["--format", "csv", "--field", "text", "-"], input);
  expect(code).toBe(0);
  expect(stdout).toBe('id,title,author,text,label\r\n"7","Talks, day two",Jane Roe,"In the U.S. today.",1\r\n8,Talks,"Roe, Jane",In the U.K.,"0"\r\n');
});

describe("a stream that starts with a byte order mark (as spreadsheets and Windows tools write)", () => {
  it("CSV: the first column is found by its name, and the mark passes through", async () => {
    const { code, stdout, stderr } = await cli(["--format", "csv", "--field", "title", "-"], '\uFEFFtitle,text\nIn the U. S.,In the U. S.\n');
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toBe("\uFEFFtitle,text\nIn the U.S.,In the U. S.\n");
  });

  it("JSON Lines: the first record is cleaned, and the mark passes through", async () => {
    const { code, stdout } = await cli(["--format", "jsonl", "--field", "text", "-"], '\uFEFF{"id": 1, "text": "In the U. S. today."}\n{"id": 2, "text": "In the U. K."}\n');
    expect(code).toBe(0);
    expect(stdout).toBe('\uFEFF{"id": 1, "text": "In the U.S. today."}\n{"id": 2, "text": "In the U.K."}\n');
  });
});

describe("a record that is not UTF-8 (a Windows-1252 export)", () => {
  const latin1 = (s: string) => Buffer.from(s, "latin1");

  for (const [format, input, expected] of [
    ["csv", latin1("id,text\n1,Caf\xe9 in the U. S.\n2,In the U. S.\n"), latin1("id,text\n1,Caf\xe9 in the U. S.\n2,In the U.S.\n")],
    ["jsonl", latin1('{"id": 1, "text": "Caf\xe9 in the U. S."}\n{"id": 2, "text": "In the U. S."}\n'), latin1('{"id": 1, "text": "Caf\xe9 in the U. S."}\n{"id": 2, "text": "In the U.S."}\n')],
  ] as const) {
    it(`${format}: is passed through byte for byte and reported, never written back with replacement characters`, async () => {
      const { code, bytes, stderr } = await cli(["--format", format, "--field", "text", "-"], input);
      expect(code).toBe(0);
      expect(bytes.equals(expected)).toBe(true);
      expect(stderr).toMatch(new RegExp(`-:${format === "csv" ? 2 : 1}: skipped, record passed through: not UTF-8`));
    });
  }

  it("--encoding is for files: with a stream it is a usage error", async () => {
    const { code, stderr } = await cli(["--format", "csv", "--field", "text", "--encoding", "windows-1252", "-"], latin1("id,text\n1,a\n"));
    expect(code).toBe(2);
    expect(stderr).toContain("--encoding applies to files");
  });
});

describe("records that do not parse", () => {
  it("JSON Lines: reported by line number, passed through, the rest cleaned", async () => {
    const input = ['{"id": 1, "text": "In the U. S. today."}', "{not json", "", '["an", "array"]', '{"id": 4, "text": "In the U. K. too."}'].join("\n") + "\n";
    const { code, stdout, stderr } = await cli(["--format", "jsonl", "--field", "text", "-"], input);
    expect(code).toBe(0);
    expect(stdout).toBe(['{"id": 1, "text": "In the U.S. today."}', "{not json", "", '["an", "array"]', '{"id": 4, "text": "In the U.K. too."}'].join("\n") + "\n");
    expect(stderr).toMatch(/-:2: skipped, record passed through: not valid JSON/);
    expect(stderr).toMatch(/-:4: skipped, record passed through: not a JSON object/);
  });

  it("CSV: a record with the wrong number of fields is reported and passed through as it was", async () => {
    const input = 'id,text,label\n1,"In the U. S., ""yes""",0\n2,In the U. S.,0,extra\n3,"In the U. K.\nsecond line",1\n';
    const { code, stdout, stderr } = await cli(["--format", "csv", "--field", "text", "-"], input);
    expect(code).toBe(0);
    expect(stdout).toBe('id,text,label\n1,"In the U.S., ""yes""",0\n2,In the U. S.,0,extra\n3,"In the U.K.\nsecond line",1\n');
    expect(stderr).toMatch(/-:3: skipped, record passed through: 4 fields where the header has 3/);
  });

  it("CSV: a header separated by semicolons or tabs is named as such", async () => {
    const { code, stderr } = await cli(["--format", "csv", "--field", "text", "-"], "id;text\n1;a\n");
    expect(code).toBe(2);
    expect(stderr).toContain('no such column in the CSV header (id;text); the header looks separated by ";", but --format csv reads comma-separated values');
  });

  it("CSV: an unknown --field is a usage error", async () => {
    const { code, stderr } = await cli(["--format", "csv", "--field", "body", "-"], "id,text\n1,a\n");
    expect(code).toBe(2);
    expect(stderr).toMatch(/--field body: no such column/);
  });
});

it("a long stream cleaned in worker threads gives the output of one thread", async () => {
  const root = scratchFolder();
  const file = path.join(root, "long.jsonl");
  const items = Array.from({ length: 700 }, (_, i) => articles()[i % 24]!).map((a, i) => ({ ...a, id: `r${i}`, text: `${a.text}\nrecord ${i % 50}` }));
  writeFileSync(file, items.map((a) => JSON.stringify(a)).join("\n") + "\n");
  const outputs = [];
  for (const jobs of [1, 2]) {
    const out = sink();
    const options = runOptions(["-"], rulesWithCorpusRule(), { jobs, indexFile: undefined });
    const report = await runRecords(["-"], options, { format: "jsonl", fields: ["title", "text"], idField: "id" }, { stdin: Readable.from([readFileSync(file)]), stdout: out.stream });
    outputs.push({ text: out.text(), notes: report.notes });
  }
  expect(outputs[0]!.text.split("\n").length).toBe(701);
  expect(outputs[0]!.text).toContain("[neighbour: ");
  expect(outputs[1]).toEqual(outputs[0]);
});

describe("a saved index of a stream", () => {
  for (const format of ["jsonl", "csv"] as const) {
    it(`${format}: cleaning standard input with it equals cleaning the file, neighbours read back by byte range`, async () => {
      const root = scratchFolder();
      const items = articles();
      const file = path.join(root, `data.${format}`);
      const text =
        format === "jsonl"
          ? items.map((a) => JSON.stringify(a)).join("\n") + "\n"
          : stringify([["id", "title", "author", "text", "label"], ...items.map((a) => [a.id, a.title, a.author, a.text, a.label])]);
      writeFileSync(file, text);
      const rules = rulesWithCorpusRule();
      const indexFile = path.join(root, "index.json");
      const records: RecordOptions = { format, fields: ["title", "text"], idField: "id" };
      const streams = { stdin: Readable.from([]), stdout: new PassThrough() };
      await runRecords([file], runOptions([file], rules), { ...records, writeIndex: indexFile }, streams);
      await runRecords([file], runOptions([file], rules), records, streams);
      const out = sink();
      await runRecords(["-"], runOptions(["-"], rules, { indexFile }), records, { stdin: Readable.from([Buffer.from(text)]), stdout: out.stream });
      const fromFile = readFileSync(path.join(root, `data.clean.${format}`), "utf8");
      expect(fromFile).toContain("[neighbour: ");
      expect(out.text()).toBe(fromFile);
    });
  }
});
