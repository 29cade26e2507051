import { PassThrough } from "node:stream";
import { expect, it } from "vitest";
import { progressLine } from "../../src/progress.js";

function capture() {
  const stream = new PassThrough();
  let text = "";
  stream.on("data", (c: Buffer) => (text += c.toString()));
  return { stream, text: () => text };
}

it("stays silent for the first second, then redraws one line at most every 100 ms, and clears it", async () => {
  let now = 0;
  const err = capture();
  const progress = progressLine(err.stream, "files", () => now);
  progress.update(10, 100);
  now = 900;
  progress.update(20, 100);
  now = 1000;
  progress.update(30, 100);
  now = 1050;
  progress.update(40, 100);
  now = 1100;
  progress.update(50, 100);
  progress.stop();
  await new Promise((r) => setImmediate(r));
  expect(err.text()).toBe("\r\x1b[Kcleaned 30/100 files (30%)\r\x1b[Kcleaned 50/100 files (50%)\r\x1b[K");
});

it("leaves nothing behind when a run ends before it showed", async () => {
  const err = capture();
  const progress = progressLine(err.stream, "records", () => 0);
  progress.update(1, 0);
  progress.stop();
  await new Promise((r) => setImmediate(r));
  expect(err.text()).toBe("");
});
