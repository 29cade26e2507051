import { spawn } from "node:child_process";
import { expect, it } from "vitest";
import { assertBuilt, CLI, ENV } from "../helpers/cli.js";

assertBuilt();

/** Runs the CLI with `input` on stdin and a reader that takes the first chunk of stdout and goes away, as `| head -1` does. */
function intoHead(args: string[], input: string): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, [CLI, ...args], { env: { ...ENV, NO_COLOR: "1" }, stdio: ["pipe", "pipe", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (c: Buffer) => (stderr += c.toString()));
  child.stdout.once("data", () => child.stdout.destroy());
  child.stdin.on("error", () => {});
  child.stdin.end(input);
  return new Promise((resolve) => child.on("close", (code) => resolve({ code, stderr })));
}

// Far more than a pipe holds (64 KiB), so that writes go on after the reader left.
const article = "The minister said the talks went well . ".repeat(50) + "\n";
const longText = article.repeat(200);

it("stops quietly, as a tool SIGPIPE kills, when the reader of stdout goes away", async () => {
  const result = await intoHead(["-"], longText);
  expect(result.stderr).not.toMatch(/EPIPE|Error|internal error|at /);
  expect(result.code).toBe(141);
});

it("stops a record stream quietly too when its reader goes away", async () => {
  const records = Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: String(i), text: article.repeat(4) })).join("\n") + "\n";
  const result = await intoHead(["--format", "jsonl", "--field", "text", "-"], records);
  expect(result.stderr).not.toMatch(/EPIPE|Error|internal error|at /);
  expect(result.code).toBe(141);
});
