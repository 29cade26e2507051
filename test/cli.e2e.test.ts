/** The command line end to end: the built CLI on real files in temporary folders. */
import Ajv from "ajv";
import { applyPatch } from "diff";
import iconv from "iconv-lite";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { cleanNews, ROOT, samplesCopy, snapshot, tempDir } from "./helpers/cli.js";

const SAMPLE_000 = "000_68e598564f936f3c";
const SAMPLE_001 = "001_7b4ea5a74246930f";

function originals(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith(".txt") && !f.includes(".clean."));
}

describe("clean-news PATH", () => {
  it("writes a clean copy of each sample beside it and leaves the originals byte for byte", async () => {
    const dir = samplesCopy();
    const before = snapshot(dir);
    const result = await cleanNews([dir]);
    expect(result.exitCode).toBe(0);
    for (const name of originals(dir)) {
      expect(snapshot(dir)[name]).toBe(before[name]);
      expect(existsSync(path.join(dir, name.replace(/\.txt$/, ".clean.txt")))).toBe(true);
    }
    expect(readdirSync(dir).filter((f) => f.includes(".clean."))).toHaveLength(5);
    const copy000 = readFileSync(path.join(dir, `${SAMPLE_000}.clean.txt`), "utf8");
    expect(copy000).toContain("“The U.S. global");
    expect(copy000).toContain("pumping arms into the region.”");
    expect(copy000).not.toContain("U. S.");
    expect(readFileSync(path.join(dir, `${SAMPLE_001}.clean.txt`), "utf8")).not.toContain("\u00a0");
  });

  it("changes nothing when the clean copies are cleaned again", async () => {
    const dir = samplesCopy();
    await cleanNews([dir]);
    const again = tempDir();
    for (const f of readdirSync(dir).filter((f) => f.includes(".clean."))) {
      writeFileSync(path.join(again, f.replace(".clean.", ".")), readFileSync(path.join(dir, f)));
    }
    const result = await cleanNews([again, "--json"]);
    const report = JSON.parse(result.stdout);
    expect(report.files).toHaveLength(5);
    for (const file of report.files) {
      expect(file.changed).toBe(false);
      expect(file.edits).toEqual([]);
    }
  });

  it("never reads or cleans its own copies on a second run, and does not rewrite current copies", async () => {
    const dir = samplesCopy();
    await cleanNews([dir]);
    const copy = path.join(dir, `${SAMPLE_000}.clean.txt`);
    const mtime = statSync(copy).mtimeMs;
    const result = await cleanNews([dir, "--json"]);
    const report = JSON.parse(result.stdout);
    expect(report.files.map((f: { path: string }) => path.basename(f.path)).sort()).toEqual(originals(dir).sort());
    expect(readdirSync(dir).some((f) => f.includes(".clean.clean."))).toBe(false);
    expect(statSync(copy).mtimeMs).toBe(mtime);
  });

  it("skips a clean copy named explicitly, with a note", async () => {
    const dir = samplesCopy();
    await cleanNews([dir]);
    const result = await cleanNews([path.join(dir, `${SAMPLE_000}.clean.txt`)]);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toContain("skipped: it is a clean copy written by clean-news");
    expect(existsSync(path.join(dir, `${SAMPLE_000}.clean.clean.txt`))).toBe(false);
  });

  it("exits 2 naming a missing path, and still cleans the rest", async () => {
    const dir = samplesCopy();
    const missing = path.join(dir, "no-such-article.txt");
    const result = await cleanNews([missing, dir]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain(missing);
    expect(result.stderr).toContain("no such file or folder");
    expect(readdirSync(dir).filter((f) => f.includes(".clean."))).toHaveLength(5);
  });

  it("skips a binary file with a warning naming it", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "image.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    writeFileSync(path.join(dir, "article.txt"), "The U. S. said so.\n");
    const result = await cleanNews([dir]);
    expect(result.exitCode).toBe(0);
    expect(result.stderr).toMatch(/warning .*image\.txt: skipped, binary file/);
    expect(existsSync(path.join(dir, "image.clean.txt"))).toBe(false);
    expect(readFileSync(path.join(dir, "article.clean.txt"), "utf8")).toBe("The U.S. said so.\n");
  });

  it("keeps CRLF line endings and a BOM", async () => {
    const dir = tempDir();
    const input = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("The U. S. said\u00a0so.\r\nSecond line \r\n")]);
    writeFileSync(path.join(dir, "a.txt"), input);
    await cleanNews([dir]);
    const out = readFileSync(path.join(dir, "a.clean.txt"));
    expect([...out.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(out.subarray(3).toString("utf8")).toBe("The U.S. said so.\r\nSecond line\r\n");
  });

  it("reads Windows-1252 and UTF-16 files and writes UTF-8", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "latin.txt"), Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94, 0x0a]));
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Café “ok”\n", "utf16le")]);
    writeFileSync(path.join(dir, "wide.txt"), utf16);
    await cleanNews([dir]);
    expect(readFileSync(path.join(dir, "latin.clean.txt"), "utf8")).toBe("Café “ok”\n");
    expect(readFileSync(path.join(dir, "wide.clean.txt"))).toEqual(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Café “ok”\n")]));
  });

  // The executable's bundle leaves iconv-lite's multibyte tables to be loaded when needed
  // (scripts/bundle.js): a forced multibyte encoding must still find them.
  it("reads Shift_JIS, GBK and Big5 files with --encoding and writes UTF-8", async () => {
    const dir = tempDir();
    const texts = { shift_jis: "東京で会議が開かれた。\n", gbk: "北京举行会议。\n", big5: "台北舉行會議。\n" };
    for (const [encoding, text] of Object.entries(texts)) {
      writeFileSync(path.join(dir, `${encoding}.txt`), iconv.encode(text, encoding));
      const result = await cleanNews([path.join(dir, `${encoding}.txt`), "--encoding", encoding]);
      expect(result.exitCode).toBe(0);
      expect(readFileSync(path.join(dir, `${encoding}.clean.txt`), "utf8")).toBe(text);
    }
  });

  it("cleans folders recursively by extension, without following symbolic links", async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, "deep", "er"), { recursive: true });
    writeFileSync(path.join(dir, "deep", "er", "a.txt"), "U. S.\n");
    writeFileSync(path.join(dir, "deep", "b.md"), "U. S.\n");
    const outside = tempDir();
    writeFileSync(path.join(outside, "c.txt"), "U. S.\n");
    (await import("node:fs")).symlinkSync(outside, path.join(dir, "link"));
    const result = await cleanNews([dir, "--json"]);
    expect(JSON.parse(result.stdout).files.map((f: { path: string }) => path.basename(f.path))).toEqual(["a.txt"]);
    expect(existsSync(path.join(outside, "c.clean.txt"))).toBe(false);
    const widened = await cleanNews([dir, "--ext", "txt,md", "--json"]);
    expect(JSON.parse(widened.stdout).files).toHaveLength(2);
  });
});

describe("--check", () => {
  it("exits 1 on dirty articles without copies, naming each with the command that fixes it, and 0 once copies are written", async () => {
    const dir = samplesCopy();
    const before = snapshot(dir);
    const dirty = await cleanNews(["--check", dir]);
    expect(dirty.exitCode).toBe(1);
    expect(dirty.stderr).toContain(`${SAMPLE_000}.txt: needs fix-spacing`);
    expect(dirty.stderr).toMatch(/run: clean-news \S*000_68e598564f936f3c\.txt/);
    expect(snapshot(dir)).toEqual(before);
    await cleanNews([dir]);
    const clean = await cleanNews(["--check", dir]);
    expect(clean.exitCode).toBe(0);
  });

  it("passes a folder of clean articles", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "a.txt"), "Nothing to do here.\n");
    expect((await cleanNews(["--check", dir])).exitCode).toBe(0);
  });
});

describe("standard input", () => {
  it("cleans stdin to stdout", async () => {
    const result = await cleanNews(["-"], { input: "The U. S. and the U. K.\u00a0agreed.\n" });
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toBe("The U.S. and the U.K. agreed.");
  });

  it("puts the --json report on stderr and keeps stdout for the text", async () => {
    const result = await cleanNews(["-", "--json"], { input: "a. m.\n", stripFinalNewline: false });
    expect(result.stdout).toBe("a.m.\n");
    expect(JSON.parse(result.stderr).files[0].edits[0]).toMatchObject({ rule: "fix-spacing", before: "a. m.", after: "a.m." });
  });
});

describe("--json", () => {
  it("follows the committed JSON Schema, with 1-based lines and code-point columns", async () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, "schema", "report.schema.json"), "utf8"));
    const validate = new Ajv({ allErrors: true }).compile(schema);
    const dir = samplesCopy();
    writeFileSync(path.join(dir, "emoji.txt"), "first line\n😀😀 U. S.\n");
    writeFileSync(path.join(dir, "binary.txt"), Buffer.from([0, 1, 2]));
    const result = await cleanNews([dir, "--json"]);
    const report = JSON.parse(result.stdout);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    const emoji = report.files.find((f: { path: string }) => f.path.endsWith("emoji.txt"));
    expect(emoji.edits[0]).toMatchObject({ line: 2, column: 4, before: "U. S.", after: "U.S.", kind: "fix" });
    expect(report.files.find((f: { path: string }) => f.path.endsWith("binary.txt")).skipped).toMatch(/binary/);
  });

  it("validates the check and error cases too", async () => {
    const schema = JSON.parse(readFileSync(path.join(ROOT, "schema", "report.schema.json"), "utf8"));
    const validate = new Ajv().compile(schema);
    const result = await cleanNews(["--check", "--json", samplesCopy(), "/no/such/file.txt"]);
    expect(result.exitCode).toBe(2);
    const report = JSON.parse(result.stdout);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    expect(report.files.find((f: { path: string }) => f.path === "/no/such/file.txt").error).toMatch(/no such file/);
  });
});

describe("output placement", () => {
  it("--suffix changes the copy's name", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "a.txt"), "U. S.\n");
    await cleanNews([dir, "--suffix", ".fixed"]);
    expect(readFileSync(path.join(dir, "a.fixed.txt"), "utf8")).toBe("U.S.\n");
  });

  it("a suffix with a slash (on the command line or in a config) is a usage error: copies are never written into other folders by it", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "a.txt"), "U. S.\n");
    const flag = await cleanNews(["a.txt", "--suffix", "/../x"], { cwd: dir });
    expect(flag.exitCode).toBe(2);
    expect(flag.stderr).toContain("--suffix must not hold a slash");
    writeFileSync(path.join(dir, ".cleannewsrc.json"), '{"suffix": "/x"}');
    const config = await cleanNews(["a.txt"], { cwd: dir });
    expect(config.exitCode).toBe(2);
    expect(config.stderr).toContain("suffix must not hold a slash");
    expect(readdirSync(dir).sort()).toEqual([".cleannewsrc.json", "a.txt"]);
  });

  it("--out-dir writes a mirrored tree elsewhere and never treats it as input", async () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, "in", "sub"), { recursive: true });
    writeFileSync(path.join(dir, "in", "sub", "a.txt"), "U. S.\n");
    const out = path.join(dir, "in", "out");
    await cleanNews([path.join(dir, "in"), "--out-dir", out]);
    expect(readFileSync(path.join(out, "sub", "a.txt"), "utf8")).toBe("U.S.\n");
    const again = await cleanNews([path.join(dir, "in"), "--out-dir", out, "--json"]);
    expect(JSON.parse(again.stdout).files).toHaveLength(1);
  });

  it("--out-dir over several paths mirrors the folder they share: files of the same name in two folders both keep their copy", async () => {
    const dir = tempDir();
    for (const sub of ["a", "b/deep"]) {
      mkdirSync(path.join(dir, sub), { recursive: true });
      writeFileSync(path.join(dir, sub, "x.txt"), `In the U. S. (${sub})\n`);
    }
    const run = await cleanNews(["a", "b/deep", "--out-dir", "out"], { cwd: dir });
    expect(run.exitCode).toBe(0);
    expect(readFileSync(path.join(dir, "out", "a", "x.txt"), "utf8")).toBe("In the U.S. (a)\n");
    expect(readFileSync(path.join(dir, "out", "b", "deep", "x.txt"), "utf8")).toBe("In the U.S. (b/deep)\n");
    // Files named one by one: the same.
    await cleanNews(["a/x.txt", "b/deep/x.txt", "--out-dir", "out2"], { cwd: dir });
    expect(readdirSync(path.join(dir, "out2"), { recursive: true }).map(String).sort()).toEqual(["a", "a/x.txt", "b", "b/deep", "b/deep/x.txt"]);
  });

  it("--in-place rewrites only what changes", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "dirty.txt"), "U. S.\n");
    writeFileSync(path.join(dir, "clean.txt"), "fine\n");
    const mtime = statSync(path.join(dir, "clean.txt")).mtimeMs;
    await cleanNews([dir, "--in-place"]);
    expect(readFileSync(path.join(dir, "dirty.txt"), "utf8")).toBe("U.S.\n");
    expect(statSync(path.join(dir, "clean.txt")).mtimeMs).toBe(mtime);
    expect(readdirSync(dir).sort()).toEqual(["clean.txt", "dirty.txt"]);
  });

  it("--diff prints a unified diff and writes nothing", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "a.txt"), "U. S.\n");
    const result = await cleanNews([dir, "--diff"]);
    expect(result.stdout).toContain("-U. S.");
    expect(result.stdout).toContain("+U.S.");
    expect(result.stderr).toMatch(/^would change .*a\.txt {2}\(fix-spacing 1\)$/m);
    expect(readdirSync(dir)).toEqual(["a.txt"]);
  });

  it("--diff of a file with CRLF line breaks and a byte order mark is a patch that turns it into its copy", async () => {
    const dir = tempDir();
    const original = "\uFEFFTalks\r\n\r\nThe talks in the U. S. went well .\r\nThey end today.\r\n";
    writeFileSync(path.join(dir, "a.txt"), original);
    const result = await cleanNews(["--diff", "a.txt"], { cwd: dir, stripFinalNewline: false });
    expect(result.stdout).toContain("-The talks in the U. S. went well .\r\n+The talks in the U.S. went well.\r\n");
    await cleanNews(["a.txt"], { cwd: dir });
    expect(applyPatch(original, result.stdout)).toBe(readFileSync(path.join(dir, "a.clean.txt"), "utf8"));
  });

  it("--reference documents are evidence only, never written", async () => {
    const dir = tempDir();
    const ref = tempDir();
    writeFileSync(path.join(dir, "a.txt"), "U. S.\n");
    writeFileSync(path.join(ref, "r.txt"), "U. K.\n");
    const result = await cleanNews([dir, "--reference", ref]);
    expect(result.exitCode).toBe(0);
    expect(readdirSync(ref)).toEqual(["r.txt"]);
  });
});

describe("rules", () => {
  it("--list-rules names every built-in rule with its description", async () => {
    const result = await cleanNews(["--list-rules"]);
    expect(result.exitCode).toBe(0);
    expect(result.stdout).toMatch(/^fix-spacing\s+\S/m);
  });

  it("--disable turns a rule off and --rules chooses rules", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "a.txt"), "U. S.\n");
    await cleanNews([dir, "--disable", "fix-spacing"]);
    expect(readFileSync(path.join(dir, "a.clean.txt"), "utf8")).toBe("U. S.\n");
    await cleanNews([dir, "--rules", "fix-spacing"]);
    expect(readFileSync(path.join(dir, "a.clean.txt"), "utf8")).toBe("U.S.\n");
  });

  it("an unknown rule is a usage error (exit 2) before any file is read", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "a.txt"), "U. S.\n");
    const result = await cleanNews([dir, "--rules", "no-such-rule"]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("unknown rule no-such-rule");
    expect(existsSync(path.join(dir, "a.clean.txt"))).toBe(false);
  });

  it("an unknown flag is a usage error (exit 2)", async () => {
    expect((await cleanNews(["--no-such-flag", "x"])).exitCode).toBe(2);
  });
});

describe("--quiet", () => {
  it("prints nothing for a run with nothing to warn about", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "a.txt"), "U. S.\n");
    const result = await cleanNews([dir, "--quiet"]);
    expect(result.stderr).toBe("");
    expect(result.stdout).toBe("");
  });
});

describe("rule options", () => {
  it("a bad option is a usage error even for a rule the run leaves out", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "a.txt"), "U. S.\n");
    const result = await cleanNews([dir, "--quotes", "sideways", "--rules", "fix-spacing"]);
    expect(result.exitCode).toBe(2);
    expect(result.stderr).toContain("fix-quotes");
    expect(existsSync(path.join(dir, "a.clean.txt"))).toBe(false);
  });
});

describe("record streams in the human report", () => {
  it("say what the rules did over the stream, and --check suggests the command with its --format and --field", async () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, "a.jsonl"), '{"id":1,"text":"The U. S. said so."}\n{"id":2,"text":"Fine."}\n');
    const stream = ["--format", "jsonl", "--field", "text", "--field", "my title"];
    const check = await cleanNews(["--check", ...stream, "a.jsonl"], { cwd: dir });
    expect(check.exitCode).toBe(1);
    expect(check.stderr).toMatch(/^dirty a\.jsonl: needs fix-spacing 1; its clean copy a\.clean\.jsonl is missing or not current; run: clean-news --format jsonl --field text --field 'my title' a\.jsonl$/m);
    const write = await cleanNews([...stream, "a.jsonl"], { cwd: dir });
    expect(write.stderr).toMatch(/^wrote a\.clean\.jsonl {2}\(fix-spacing 1\)$/m);
  });
});
