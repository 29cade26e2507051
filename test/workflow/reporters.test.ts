/** The github and junit reporters end to end, rendered from the same report as --json. */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLEAN, DIRTY, ROOT, cli, tree } from "../helpers/workflow-cli.js";

const PLUGIN = path.join(ROOT, "test/plugins/spell-out-us.js");
const PLACEHOLDER = "A [TK] remains.\n";

describe("--reporter github", () => {
  it("annotates dirty files as errors and unresolved problems as warnings, on stdout", async () => {
    const dir = tree({ "a, b.txt": DIRTY, "fine.txt": CLEAN, "tk.txt": PLACEHOLDER, "bin.txt": "\u0000\u0001\u0002binary\u0000" });
    const run = await cli([".", "--check", "--reporter", "github", "--plugin", PLUGIN, "--rules", "fix-spacing"], { cwd: dir });
    expect(run.exitCode).toBe(1);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines).toContain(
      // The command repeats the flags that shape the copy: without them it would not make the check pass.
      `::error file=a%2C b.txt,line=1,col=5,title=clean-news%3A dirty article::needs fix-spacing 1; its clean copy a, b.clean.txt is missing or not current; run: clean-news --plugin ${PLUGIN} --rules fix-spacing 'a, b.txt'`,
    );
    expect(lines.some((l) => l.startsWith("::warning file=bin.txt,title=clean-news::skipped: "))).toBe(true);
    expect(lines.filter((l) => l.includes("fine.txt"))).toEqual([]);
  });

  it("reports unresolved problems at their line and column", async () => {
    const dir = tree({ "tk.txt": `First line.\n${PLACEHOLDER}` });
    const run = await cli(["tk.txt", "--check", "--reporter", "github", "--plugin", PLUGIN], { cwd: dir });
    expect(run.exitCode).toBe(0);
    expect(run.stdout).toBe('::warning file=tk.txt,line=2,col=3,title=clean-news spell-out-us::placeholder left by the editor: "First line. ⏎ A [TK] remains. ⏎ "\n');
  });
});

describe("--reporter junit", () => {
  it("writes one test case per file: failures for dirty files, skipped binaries, warnings in system-out", async () => {
    const dir = tree({ "a&b.txt": DIRTY, "fine.txt": CLEAN, "tk.txt": PLACEHOLDER, "bin.txt": "\u0000\u0001binary\u0000" });
    const run = await cli([".", "--check", "--reporter", "junit", "--plugin", PLUGIN], { cwd: dir });
    expect(run.exitCode).toBe(1);
    const xml = run.stdout;
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<testsuites name="clean-news" tests="4" failures="1" errors="0" skipped="1">/);
    expect(xml).toContain('<testcase classname="clean-news" name="a&amp;b.txt" file="a&amp;b.txt">');
    expect(xml).toContain(
      `<failure message="needs fix-spacing 1, spell-out-us 1; its clean copy a&amp;b.clean.txt is missing or not current; run: clean-news --plugin ${PLUGIN} 'a&amp;b.txt'" type="dirty">1:5 fix-spacing: &quot;U. S.&quot; -&gt; &quot;U.S.&quot;`,
    );
    expect(xml).toContain('<testcase classname="clean-news" name="fine.txt" file="fine.txt"/>');
    expect(xml).toMatch(/<testcase classname="clean-news" name="bin.txt" file="bin.txt">\n\s+<skipped message="[^"]+"\/>/);
    expect(xml).toContain("<system-out>warning tk.txt:1:3 spell-out-us: placeholder left by the editor");
    expect(xml.trimEnd().endsWith("</testsuites>")).toBe(true);
    // Every element opened is closed: a cheap well-formedness check.
    const opened = [...xml.matchAll(/<(testsuites|testsuite|testcase|failure|system-out)[\s>]/g)].length;
    const closed = [...xml.matchAll(/<\/(testsuites|testsuite|testcase|failure|system-out)>|<(?:testcase)[^>]*\/>/g)].length;
    expect(closed).toBe(opened);
  });

  it("cannot be combined with --json", async () => {
    const run = await cli([".", "--json", "--reporter", "junit"], { cwd: tree({ "a.txt": CLEAN }) });
    expect(run.exitCode).toBe(2);
    expect(run.stderr).toMatch(/--json and --reporter junit cannot be combined/);
  });
});
