import { execa } from "execa";
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it, onTestFinished } from "vitest";
import { assertBuilt, ROOT, SAMPLES, tempDir } from "../helpers/cli.js";

const BUNDLE = path.join(ROOT, "dist", "cli.bundle.cjs");
const LOADER = path.join(ROOT, "dist", "src", "code-cache.js");

/**
 * In a process of its own (the cache depends on the process's V8 flags): loads the command
 * line from `bundle` and `cache`, cleans one sample read from standard input, and prints what
 * became of the cache, then the clean text.
 */
async function loadAndClean(bundle: string, cache: string, nodeFlags: string[] = []) {
  const script = `
    import { loadCommandLine } from ${JSON.stringify(LOADER)};
    const loaded = loadCommandLine(${JSON.stringify(bundle)}, ${JSON.stringify(cache)});
    process.stdout.write(loaded.cache + "\\n");
    process.exitCode = await loaded.exports.main({ argv: ["-"], stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: {} });`;
  const sample = readFileSync(path.join(SAMPLES, "000_68e598564f936f3c.txt"));
  const { stdout, exitCode } = await execa(process.execPath, [...nodeFlags, "--input-type=module", "-e", script], { input: sample, reject: false, stripFinalNewline: false });
  const [use, ...text] = stdout.split("\n");
  return { cache: use, text: text.join("\n"), exitCode };
}

describe("the command line's code cache", () => {
  let expected: string;
  beforeAll(async () => {
    assertBuilt();
    expected = (await loadAndClean(BUNDLE, path.join(tempDir("clean-news-no-cache-"), "none"))).text;
  });

  it("is taken by a run of the build it was made for, which cleans as a run without it", async () => {
    const run = await loadAndClean(BUNDLE, `${BUNDLE}.cache`);
    expect(run.cache).toBe("accepted");
    expect(run.exitCode).toBe(0);
    expect(run.text).toBe(expected);
    expect(expected).toContain("Park Geun-hye");
  });

  it("is not used for another build of the same length", async () => {
    // In dist/, where the bundle finds its dependencies and its package.
    const dir = mkdtempSync(path.join(ROOT, "dist", "code-cache-test-"));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const other = path.join(dir, "cli.bundle.cjs");
    // Another build's name on the first line: V8 alone, which checks only the length, would take the cache.
    const source = readFileSync(BUNDLE, "utf8");
    const renamed = source.replace(/^\/\/ build ([0-9a-f]+)/, (_, build: string) => `// build ${[...build].reverse().join("")}`);
    expect(renamed.length).toBe(source.length);
    expect(renamed).not.toBe(source);
    writeFileSync(other, renamed);
    copyFileSync(`${BUNDLE}.cache`, `${other}.cache`);
    const run = await loadAndClean(other, `${other}.cache`);
    expect(run.cache).toBe("absent");
    expect(run.text).toBe(expected);
  });

  it("is taken by the pool's worker threads too, which start from the same bundle", async () => {
    // The executable sets the flags in the main thread; a worker shares them and sets none.
    const script = `
      import { Worker } from "node:worker_threads";
      import { loadCommandLine } from ${JSON.stringify(LOADER)};
      loadCommandLine(${JSON.stringify(BUNDLE)});
      const worker = new Worker(${JSON.stringify(`
        import { parentPort } from "node:worker_threads";
        import { loadBundle } from ${JSON.stringify(LOADER)};
        const loaded = loadBundle(${JSON.stringify(BUNDLE)});
        parentPort.postMessage([loaded.cache, typeof loaded.exports.serveWorker]);`)}, { eval: true, type: "module" });
      worker.once("message", (m) => { process.stdout.write(m.join(" ")); worker.terminate(); });`;
    const { stdout } = await execa(process.execPath, ["--input-type=module", "-e", script]);
    expect(stdout).toBe("accepted function");
  });

  it("is refused by V8 under other flags, and the run goes on without it", async () => {
    const run = await loadAndClean(BUNDLE, `${BUNDLE}.cache`, ["--stack-size=2000"]);
    expect(run.cache).toBe("rejected");
    expect(run.text).toBe(expected);
  });
});
