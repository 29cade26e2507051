import { PassThrough, Readable } from "node:stream";
import { expect, it } from "vitest";
import { main } from "../../src/cli.js";

async function fromStdin(isTTY: boolean): Promise<{ stdout: string; stderr: string }> {
  const stdin = Object.assign(Readable.from([Buffer.from("The talks in the U. S. went well.\n")]), { isTTY });
  const [out, err] = [new PassThrough(), new PassThrough()];
  let [stdout, stderr] = ["", ""];
  out.on("data", (c: Buffer) => (stdout += c.toString()));
  err.on("data", (c: Buffer) => (stderr += c.toString()));
  expect(await main({ argv: ["-"], stdin, stdout: out, stderr: err, env: {} })).toBe(0);
  return { stdout, stderr };
}

it("says it is reading the terminal, and how to end, when - is typed at a prompt", async () => {
  const { stdout, stderr } = await fromStdin(true);
  expect(stderr).toBe("clean-news: reading the article from the terminal; end it with Ctrl-D\n");
  expect(stdout).toBe("The talks in the U.S. went well.\n");
});

it("says nothing of the kind when standard input is a pipe or a file", async () => {
  const { stdout, stderr } = await fromStdin(false);
  expect(stderr).toBe("");
  expect(stdout).toBe("The talks in the U.S. went well.\n");
});
