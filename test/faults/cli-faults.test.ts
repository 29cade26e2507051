/**
 * Faults, end to end: the built CLI (build first: npm run build) in temporary folders. Each
 * case checks what a user sees (exit code, a message naming the file, the reason and what to
 * do) and what is on disk afterwards: originals intact, no partial or temporary file anywhere.
 * Faults that cannot be caused for real on demand are injected by test/helpers/faults.mjs.
 */
import Ajv from "ajv";
import { execFileSync } from "node:child_process";
import { chmod, chown, cp, lstat, mkdir, readFile, readdir, readlink, rm, stat, symlink, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { assertBuilt, CLI as BIN, cleanNews as cli, ROOT, tempFolder } from "../helpers/cli.js";
import { installedCopy } from "../helpers/installed-copy.js";

const DIRTY = "Officials in the U. S. said so. ”\nA second paragraph, from the U. K.\n";
const CLEAN = "Officials in the U.S. said so.”\nA second paragraph, from the U.K.\n";

let dir: string;
let remove: () => Promise<void>;
beforeAll(assertBuilt);
beforeEach(async () => ({ dir, remove } = await tempFolder()));
afterEach(async () => remove());

/** Every file under `root`, relative, sorted (symbolic links listed, not followed). */
async function tree(root: string): Promise<string[]> {
  const out: string[] = [];
  const walk = async (folder: string) => {
    for (const entry of await readdir(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      out.push(path.relative(root, full));
      if (entry.isDirectory()) await walk(full);
    }
  };
  await walk(root);
  return out.sort();
}

const temporaries = async (root: string) => (await tree(root)).filter((f) => f.endsWith(".tmp"));
const put = (name: string, text: string | Buffer) => writeFile(path.join(dir, name), text);
const get = (name: string) => readFile(path.join(dir, name), "utf8");

describe("inputs that are not what they seem", () => {
  it("a path that does not exist is named with the reason and advice; the rest is cleaned", async () => {
    await put("a.txt", DIRTY);
    const run = await cli(["missing.txt", "a.txt"], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^error missing\.txt: cannot be opened: no such file or folder; check the path$/m);
    expect(await get("a.clean.txt")).toBe(CLEAN);
  });

  it("a binary file is skipped with a warning (exit 0) and gets no copy", async () => {
    await put("photo.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff]));
    const run = await cli(["photo.txt"], { cwd: dir });
    expect(run.exitCode).toBe(0);
    expect(run.stderr).toMatch(/^warning photo\.txt: skipped, binary file/m);
    expect(await tree(dir)).toEqual(["photo.txt"]);
  });

  it("an empty file gets an empty copy", async () => {
    await put("empty.txt", "");
    const run = await cli(["empty.txt"], { cwd: dir });
    expect(run.exitCode).toBe(0);
    expect(await get("empty.clean.txt")).toBe("");
  });

  it("names with spaces, newlines and non-ASCII are cleaned, reported exactly in JSON and escaped for people", async () => {
    const names = ["with space.txt", "line\nbreak.txt", "Zürich – 北京 🙂.txt"];
    for (const n of names) await put(n, DIRTY);
    const json = await cli(["--json", "."], { cwd: dir });
    expect(json.exitCode).toBe(0);
    const report = JSON.parse(json.stdout) as { files: { path: string; output: string }[] };
    expect(report.files.map((f) => f.path).sort()).toEqual([...names].sort());
    for (const n of names) expect(await get(n.replace(/\.txt$/, ".clean.txt"))).toBe(CLEAN);

    const human = await cli(["line\nbreak.txt"], { cwd: dir });
    expect(human.stderr).toMatch(/^unchanged line\\nbreak\.clean\.txt /m);
    await put("line\nbreak.txt", DIRTY + "More.\n");
    const check = await cli(["--check", "line\nbreak.txt"], { cwd: dir });
    expect(check.exitCode).toBe(1);
    expect(check.stderr).toContain("dirty line\\nbreak.txt: needs fix-spacing 3; its clean copy line\\nbreak.clean.txt is missing or not current; run: clean-news $'line\\x0abreak.txt'\n");
  });

  it("the same file named twice (and through a link) is cleaned once", async () => {
    await put("a.txt", DIRTY);
    await symlink("a.txt", path.join(dir, "alias.txt"));
    const run = await cli(["--json", "a.txt", "./a.txt", path.join(dir, "a.txt"), "alias.txt"], { cwd: dir });
    expect(run.exitCode).toBe(0);
    expect(JSON.parse(run.stdout).files).toHaveLength(1);
    expect(await tree(dir)).toEqual(["a.clean.txt", "a.txt", "alias.txt"]);
  });

  it("symbolic-link loops: named, an error with advice; inside a folder, never followed", async () => {
    await mkdir(path.join(dir, "news"));
    await writeFile(path.join(dir, "news/a.txt"), DIRTY);
    await symlink("loop2.txt", path.join(dir, "news/loop1.txt"));
    await symlink("loop1.txt", path.join(dir, "news/loop2.txt"));
    await symlink(".", path.join(dir, "news/self"));
    const folder = await cli(["news"], { cwd: dir });
    expect(folder.exitCode).toBe(0);
    expect(await readFile(path.join(dir, "news/a.clean.txt"), "utf8")).toBe(CLEAN);

    const named = await cli(["news/loop1.txt"], { cwd: dir });
    expect(named.exitCode).toBe(2);
    expect(named.stderr).toMatch(/^error news\/loop1\.txt: cannot be opened: too many levels of symbolic links.*; fix or remove the symbolic link$/m);
  });

  it("a named pipe or a device named on the command line is an error, not a hang (read twice, nowhere to write beside it); the rest is cleaned", async () => {
    await put("a.txt", DIRTY);
    execFileSync("mkfifo", [path.join(dir, "pipe.txt")]);
    // Before: the main thread blocked in open(2) on the pipe, deaf to SIGINT and SIGTERM;
    // /dev/zero filled the memory; a pipe with a writer was read once, then found empty.
    const run = await cli(["pipe.txt", "/dev/zero", "a.txt"], { cwd: dir, timeout: 15_000 });
    expect(run.timedOut).toBe(false);
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^error pipe\.txt: cannot be cleaned: it is a named pipe, not a file; clean-news reads files and folders \(pass a stream on standard input: clean-news - < NAME\)$/m);
    expect(run.stderr).toMatch(/^error \/dev\/zero: cannot be cleaned: it is a device, not a file; /m);
    expect(await get("a.clean.txt")).toBe(CLEAN);
    expect(await tree(dir)).toEqual(["a.clean.txt", "a.txt", "pipe.txt"]);

    const check = await cli(["--check", "pipe.txt"], { cwd: dir, timeout: 15_000 });
    expect(check.timedOut).toBe(false);
    expect(check.exitCode).toBe(2);
  }, 60_000);

  it("a file that disappears after discovery is reported; the others are cleaned", async () => {
    await put("a.txt", DIRTY);
    await put("gone.txt", DIRTY);
    const run = await cli(["."], { cwd: dir, faults: true, env: { FAULT_VANISH_BEFORE_READ: path.join(dir, "gone.txt") } });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^error gone\.txt: cannot be read: no such file or folder; it disappeared during the run; run clean-news again if it was moved$/m);
    expect(await tree(dir)).toEqual(["a.clean.txt", "a.txt"]);
  });
});

describe("outputs that must not be written", () => {
  it("NAME.clean.EXT as a folder or a symbolic link is never written through", async () => {
    await put("a.txt", DIRTY);
    await put("b.txt", DIRTY);
    await put("target.md", "someone else's file\n");
    await mkdir(path.join(dir, "a.clean.txt"));
    await symlink("target.md", path.join(dir, "b.clean.txt"));
    const run = await cli(["a.txt", "b.txt"], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^error a\.txt: its clean copy a\.clean\.txt: a folder is in the way; clean-news never writes through it: remove or rename it, or choose other names with --suffix or --out-dir$/m);
    expect(run.stderr).toMatch(/^error b\.txt: its clean copy b\.clean\.txt: a symbolic link is in the way;/m);
    expect(await get("target.md")).toBe("someone else's file\n");
    expect(await readlink(path.join(dir, "b.clean.txt"))).toBe("target.md");
    expect(await readdir(path.join(dir, "a.clean.txt"))).toEqual([]);
    expect(await temporaries(dir)).toEqual([]);
  });

  it("--in-place on a file named through a symbolic link: an error that says so and what to do, the link and its target untouched", async () => {
    await mkdir(path.join(dir, "real"));
    await writeFile(path.join(dir, "real/a.txt"), DIRTY);
    await symlink("real/a.txt", path.join(dir, "link.txt"));
    await put("b.txt", DIRTY);
    const run = await cli(["--in-place", "link.txt", "b.txt"], { cwd: dir });
    expect(run.exitCode).toBe(2);
    // Before: "error link.txt: it: a symbolic link is in the way; ... choose other names with --suffix or --out-dir".
    expect(run.stderr).toMatch(/^error link\.txt: cannot be rewritten in place: it is a symbolic link; --in-place replaces a file by a rename and never writes through a link or a special file: name the file itself, or clean a copy without --in-place$/m);
    expect(await readlink(path.join(dir, "link.txt"))).toBe("real/a.txt");
    expect(await readFile(path.join(dir, "real/a.txt"), "utf8")).toBe(DIRTY);
    expect(await get("b.txt")).toBe(CLEAN);
    expect(await temporaries(dir)).toEqual([]);
  });

  it("the input's file mode is kept on its copy", async () => {
    await put("private.txt", DIRTY);
    await put("script.txt", DIRTY);
    await chmod(path.join(dir, "private.txt"), 0o640);
    await chmod(path.join(dir, "script.txt"), 0o755);
    expect((await cli(["."], { cwd: dir })).exitCode).toBe(0);
    expect((await stat(path.join(dir, "private.clean.txt"))).mode & 0o777).toBe(0o640);
    expect((await stat(path.join(dir, "script.clean.txt"))).mode & 0o777).toBe(0o755);
  });

  it("--in-place keeps the original's mode and, run by root, its owner", async (ctx) => {
    if (process.getuid?.() !== 0) return ctx.skip("only root can give a file to another user");
    await put("theirs.txt", DIRTY);
    await chmod(path.join(dir, "theirs.txt"), 0o640);
    await chown(path.join(dir, "theirs.txt"), 65534, 65534);
    expect((await cli(["--in-place", "theirs.txt"], { cwd: dir })).exitCode).toBe(0);
    const info = await stat(path.join(dir, "theirs.txt"));
    expect([info.mode & 0o777, info.uid, info.gid]).toEqual([0o640, 65534, 65534]);
    expect(await get("theirs.txt")).toBe(CLEAN);
  });

  it("an input that changes between the read and the write is not written, and reported", async () => {
    await put("a.txt", DIRTY);
    await put("b.txt", DIRTY);
    const env = { FAULT_CHANGE_AFTER_READ: path.join(dir, "a.txt") };
    // Only a document rule: with a corpus rule the first read would be the corpus pass's.
    const copies = await cli([".", "--rules", "fix-spacing"], { cwd: dir, faults: true, env });
    expect(copies.exitCode).toBe(2);
    expect(copies.stderr).toMatch(/^error a\.txt: changed while it was being cleaned \(its content no longer matches what was read\), so nothing was written; run clean-news again once it has settled$/m);
    expect(await tree(dir)).toEqual(["a.txt", "b.clean.txt", "b.txt"]);

    // With --in-place the change someone made is kept, not overwritten by a stale clean copy.
    await put("a.txt", DIRTY);
    const inPlace = await cli(["--in-place", "a.txt", "--rules", "fix-spacing"], { cwd: dir, faults: true, env });
    expect(inPlace.exitCode).toBe(2);
    expect(await get("a.txt")).toBe(DIRTY + "A line someone added meanwhile.\n");
    expect(await temporaries(dir)).toEqual([]);
  });

  it("a same-size change with its old mtime put back is caught too, on a file older than timestamp granularity", async () => {
    await put("a.txt", DIRTY);
    await put("b.txt", DIRTY);
    // Past 2 s a stat decides (files younger are compared byte for byte): ctime gives it away.
    await new Promise((r) => setTimeout(r, 2_100));
    const run = await cli([".", "--rules", "fix-spacing"], { cwd: dir, faults: true, env: { FAULT_CHANGE_AFTER_READ: path.join(dir, "a.txt"), FAULT_SAME_SIZE: "1" } });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^error a\.txt: changed while it was being cleaned/m);
    expect(await tree(dir)).toEqual(["a.txt", "b.clean.txt", "b.txt"]);
  });
});

describe("the --json report of faults", () => {
  it("follows the schema, with no output where nothing was written", async () => {
    const schema = JSON.parse(await readFile(path.join(ROOT, "schema", "report.schema.json"), "utf8"));
    await put("a.txt", DIRTY);
    await put("b.txt", DIRTY);
    await put("photo.txt", Buffer.from([0, 1, 2]));
    await mkdir(path.join(dir, "b.clean.txt"));
    const run = await cli(["--json", "a.txt", "b.txt", "photo.txt", "missing.txt"], { cwd: dir });
    expect(run.exitCode).toBe(2);
    const report = JSON.parse(run.stdout);
    const validate = new Ajv({ allErrors: true }).compile(schema);
    expect(validate(report), JSON.stringify(validate.errors)).toBe(true);
    const byPath = Object.fromEntries(report.files.map((f: { path: string }) => [f.path, f]));
    expect(byPath["a.txt"]).toMatchObject({ output: "a.clean.txt", error: null });
    expect(byPath["b.txt"]).toMatchObject({ output: null, error: expect.stringContaining("a folder is in the way") });
    expect(byPath["photo.txt"]).toMatchObject({ output: null, skipped: expect.stringContaining("binary") });
    expect(byPath["missing.txt"]).toMatchObject({ output: null, error: expect.stringContaining("no such file") });
  });
});

describe("a full disk", () => {
  it("is reported with the original intact and no partial copy (ENOSPC injected)", async () => {
    await put("a.txt", DIRTY);
    const env = { FAULT_FULL_DIR: dir };
    const copy = await cli(["a.txt"], { cwd: dir, faults: true, env });
    expect(copy.exitCode).toBe(2);
    expect(copy.stderr).toMatch(/^error a\.txt: its clean copy a\.clean\.txt cannot be written: no space left on the device; free some space and run again; the original is untouched$/m);
    expect(await tree(dir)).toEqual(["a.txt"]);

    const inPlace = await cli(["--in-place", "a.txt", "--rules", "fix-spacing"], { cwd: dir, faults: true, env });
    expect(inPlace.exitCode).toBe(2);
    expect(inPlace.stderr).toMatch(/^error a\.txt: it cannot be written: no space left on the device;/m);
    expect(await tree(dir)).toEqual(["a.txt"]);
    expect(await get("a.txt")).toBe(DIRTY);
  });

  it("is reported with the original intact on a real, tiny tmpfs", async (ctx) => {
    const mountPoint = path.join(dir, "small");
    await mkdir(mountPoint);
    try {
      execFileSync("mount", ["-t", "tmpfs", "-o", "size=64k", "tmpfs", mountPoint], { stdio: "ignore" });
    } catch {
      ctx.skip("mounting a tmpfs is not permitted here; the ENOSPC case above is injected instead");
    }
    try {
      // Half the space for the original, so that its copy cannot fit.
      const original = DIRTY.repeat(Math.ceil(40_000 / DIRTY.length));
      await writeFile(path.join(mountPoint, "big.txt"), original);
      const run = await cli(["big.txt"], { cwd: mountPoint });
      expect(run.exitCode).toBe(2);
      expect(run.stderr).toMatch(/^error big\.txt: its clean copy big\.clean\.txt cannot be written: no space left on the device;/m);
      expect(await tree(mountPoint)).toEqual(["big.txt"]);
      expect(await readFile(path.join(mountPoint, "big.txt"), "utf8")).toBe(original);
    } finally {
      execFileSync("umount", [mountPoint]);
    }
  });
});

/**
 * How to run the CLI as a user without root's powers, or why it cannot be done here. Where that
 * user cannot read this checkout (a clone in a private folder), it runs an installed copy.
 */
function unprivileged(): { as: string[]; uid: number; bin?: string; folder?: string } | { reason: string } {
  if (process.getuid?.() !== 0) return { as: [], uid: process.getuid?.() ?? -1 };
  const candidates = [
    ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"],
    ["runuser", "-u", "nobody", "--"],
  ];
  const runs = (as: string[], script: string) => {
    try {
      execFileSync(as[0]!, [...as.slice(1), process.execPath, "-e", script], { stdio: "ignore" });
      return true;
    } catch {
      return false;
    }
  };
  const as = candidates.find((prefix) => runs(prefix, "0"));
  if (!as) return { reason: "running as root and neither setpriv nor runuser can run node as an unprivileged user here" };
  if (runs(as, `require("fs").accessSync(${JSON.stringify(BIN)}, 4)`)) return { as, uid: 65534 };
  return { as, uid: 65534, ...installedCopy() };
}

describe("record streams (--format jsonl)", () => {
  const RECORDS = `{"id":1,"text":${JSON.stringify(DIRTY)}}\n{"id":2,"text":"Nothing to do."}\n`;
  const CLEANED = `{"id":1,"text":${JSON.stringify(CLEAN)}}\n{"id":2,"text":"Nothing to do."}\n`;
  const stream = ["--format", "jsonl", "--field", "text"];

  it("--out-dir makes the folder of the copy, which keeps the input's mode", async () => {
    await put("a.jsonl", RECORDS);
    await chmod(path.join(dir, "a.jsonl"), 0o640);
    const run = await cli([...stream, "--out-dir", "out/deep", "a.jsonl"], { cwd: dir });
    expect(run.exitCode).toBe(0);
    expect(await get("out/deep/a.jsonl")).toBe(CLEANED);
    expect((await stat(path.join(dir, "out/deep/a.jsonl"))).mode & 0o777).toBe(0o640);
  });

  it("a folder where the copy goes is never written through", async () => {
    await put("a.jsonl", RECORDS);
    await mkdir(path.join(dir, "a.clean.jsonl"));
    const run = await cli([...stream, "a.jsonl"], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^error a\.jsonl: its clean copy a\.clean\.jsonl: a folder is in the way/m);
    expect(await tree(dir)).toEqual(["a.clean.jsonl", "a.jsonl"]);
  });

  it("a copy that cannot be written is named with the reason before the stream is read; nothing is left", async () => {
    await put("a.jsonl", RECORDS);
    await put("blocker", "a file where a folder should be");
    const run = await cli([...stream, "--out-dir", "blocker/out", "a.jsonl"], { cwd: dir });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^error a\.jsonl: its clean copy blocker\/out\/a\.jsonl cannot be written: a part of the path is not a folder;/m);
    expect(await tree(dir)).toEqual(["a.jsonl", "blocker"]);
  });

  it("a full disk half-way is reported with the original intact and no partial copy (ENOSPC injected)", async () => {
    await put("a.jsonl", RECORDS);
    const run = await cli([...stream, "a.jsonl"], { cwd: dir, faults: true, env: { FAULT_FULL_DIR: dir } });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/^error a\.jsonl: its clean copy a\.clean\.jsonl cannot be written: no space left on the device; free some space and run again; the original is untouched$/m);
    expect(await tree(dir)).toEqual(["a.jsonl"]);
    expect(await get("a.jsonl")).toBe(RECORDS);
  });
});

describe("permissions (as an unprivileged user: root reads and writes everything)", () => {
  it("a folder that cannot be read and an output that cannot be written are named with advice; the rest is cleaned", async (ctx) => {
    const user = unprivileged();
    if ("reason" in user) return ctx.skip(user.reason);
    try {
      await chmod(dir, 0o755);
      for (const sub of ["open", "locked", "readonly"]) {
        await mkdir(path.join(dir, sub));
        await writeFile(path.join(dir, sub, "a.txt"), DIRTY);
      }
      await chown(path.join(dir, "open"), user.uid, user.uid);
      await chmod(path.join(dir, "locked"), 0o000);
      await chmod(path.join(dir, "readonly"), 0o555);
      const run = await cli(["."], { cwd: dir, as: user.as, bin: user.bin });
      await chmod(path.join(dir, "locked"), 0o755);
      expect(run.exitCode).toBe(2);
      expect(run.stderr).toMatch(/^error locked: the folder cannot be read: permission denied; give the user running clean-news read access to it, or leave it out$/m);
      expect(run.stderr).toMatch(/^error readonly\/a\.txt: its clean copy readonly\/a\.clean\.txt cannot be written: permission denied; give the user running clean-news write access to its folder, or write the copies elsewhere with --out-dir$/m);
      expect(await readFile(path.join(dir, "open/a.clean.txt"), "utf8")).toBe(CLEAN);
      expect(await tree(dir)).toEqual(["locked", "locked/a.txt", "open", "open/a.clean.txt", "open/a.txt", "readonly", "readonly/a.txt"]);
    } finally {
      if (user.folder) await rm(user.folder, { recursive: true, force: true });
    }
  });
});

describe("permissions of a record stream (as an unprivileged user)", () => {
  it.each(["jsonl", "csv"])("a --format %s stream that cannot be read is an error naming it (exit 2), not a crash; no temporary file is left", async (format, ctx) => {
    const user = unprivileged();
    if ("reason" in user) return ctx.skip(user.reason);
    try {
      await chmod(dir, 0o777);
      const name = `data.${format}`;
      await put(name, format === "jsonl" ? '{"id":1,"text":"Officials in the U. S. said so ."}\n' : 'id,text\n1,Officials in the U. S. said so .\n');
      await chmod(path.join(dir, name), 0o000);
      for (const mode of [[], ["--check"]]) {
        const run = await cli([...mode, "--format", format, "--field", "text", name], { cwd: dir, as: user.as, bin: user.bin });
        // Before: "Unhandled 'error' event ... EACCES" with a stack trace, exit 1, and the copy's .tmp left behind.
        expect(run.stderr).not.toMatch(/Unhandled|\n    at /);
        expect(run.stderr).toMatch(new RegExp(`^error ${name.replace(".", "\\.")}: cannot be read: permission denied; give the user running clean-news read access to it, or leave it out$`, "m"));
        expect(run.exitCode).toBe(2);
        expect(await tree(dir)).toEqual([name]);
      }
    } finally {
      if (user.folder) await rm(user.folder, { recursive: true, force: true });
    }
  });
});

describe("concurrency and interruptions", () => {
  async function articles(n: number): Promise<void> {
    await mkdir(path.join(dir, "news/deep"), { recursive: true });
    for (let i = 0; i < n; i++) await writeFile(path.join(dir, i % 2 ? "news" : "news/deep", `a${i}.txt`), `Article ${i}.\n${DIRTY}`);
  }
  const cleanOf = (text: string) => text.replace(DIRTY, CLEAN);

  async function expectEveryCopyWhole(): Promise<number> {
    let copies = 0;
    for (const f of await tree(dir)) {
      if (!f.endsWith(".clean.txt")) continue;
      copies++;
      const original = await get(f.replace(/\.clean\.txt$/, ".txt"));
      expect(await get(f)).toBe(cleanOf(original));
    }
    return copies;
  }

  it("two runs over the same tree at once both succeed and write each copy whole", async () => {
    await articles(60);
    const [one, two] = await Promise.all([cli(["news"], { cwd: dir }), cli(["news"], { cwd: dir })]);
    expect([one.exitCode, two.exitCode]).toEqual([0, 0]);
    expect(await expectEveryCopyWhole()).toBe(60);
    expect(await temporaries(dir)).toEqual([]);

    const [three, four] = await Promise.all([cli(["--in-place", "news"], { cwd: dir }), cli(["--in-place", "news"], { cwd: dir })]);
    expect([three.stderr, four.stderr]).toEqual([expect.not.stringContaining("error"), expect.not.stringContaining("error")]);
    expect(await get("news/a1.txt")).toBe(cleanOf(`Article 1.\n${DIRTY}`));
  });

  /** Starts a run whose writes stall half-way, waits until one is under way, then signals it. */
  async function interrupt(args: string[], signal: "SIGINT" | "SIGTERM") {
    const run = cli(args, { cwd: dir, faults: true, env: { FAULT_STALL_WRITES: "1" } });
    for (let waited = 0; (await temporaries(dir)).length === 0; waited += 20) {
      if (waited > 10_000) throw new Error("no write started");
      await new Promise((r) => setTimeout(r, 20));
    }
    run.kill(signal);
    return run;
  }

  it.each([
    ["SIGINT", 130],
    ["SIGTERM", 143],
  ] as const)("%s mid-run leaves no partial or temporary file anywhere, exit %i", async (signal, code) => {
    await articles(20);
    const before = await tree(dir);
    const run = await interrupt(["news"], signal);
    expect(run.exitCode).toBe(code);
    expect(run.stderr).toContain(`stopped by ${signal}`);
    expect(await temporaries(dir)).toEqual([]);
    expect(await expectEveryCopyWhole()).toBe(0);
    expect(await tree(dir)).toEqual(before);
  });

  it("--in-place interrupted leaves every original whole", async () => {
    await articles(20);
    const snapshot = path.join(dir, "..", `${path.basename(dir)}-before`);
    await cp(path.join(dir, "news"), snapshot, { recursive: true });
    try {
      const run = await interrupt(["--in-place", "news"], "SIGINT");
      expect(run.exitCode).toBe(130);
      expect(await temporaries(dir)).toEqual([]);
      for (const f of (await tree(path.join(dir, "news"))).filter((f) => f.endsWith(".txt"))) {
        expect((await lstat(path.join(dir, "news", f))).isFile()).toBe(true);
        expect(await readFile(path.join(dir, "news", f), "utf8")).toBe(await readFile(path.join(snapshot, f), "utf8"));
      }
    } finally {
      await (await import("node:fs/promises")).rm(snapshot, { recursive: true, force: true });
    }
  });
});
