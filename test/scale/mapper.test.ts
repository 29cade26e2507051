// The streaming-mapper contract (Hadoop Streaming, Spark's RDD.pipe), end to end: GNU parallel
// splits one JSON Lines file across processes that share one saved index, and their output,
// put back in order, equals one process over the whole file. Needs the build (dist/) and the
// Debian package `parallel`, which .ci/run installs.
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { scratchFolder } from "../helpers/scale.js";

const CLI = path.join(import.meta.dirname, "..", "..", "bin", "clean-news.js");

const sh = (cwd: string, command: string) => execFileSync("bash", ["-c", command], { cwd, encoding: "utf8", env: { ...process.env, CLI } });

it("GNU parallel --pipe over one JSON Lines file gives what one process gives", () => {
  const cwd = scratchFolder();
  const shared = ["Stay up to date with notifications from The Independent", "Please refresh your browser to be logged in"];
  const records = Array.from({ length: 60 }, (_, i) =>
    JSON.stringify({ id: `r${i}`, text: [`Report ${i} from the U. S. capital.`, shared[i % 2], `It ended, he said. ”`].join("\n"), n: i }),
  );
  writeFileSync(path.join(cwd, "data.jsonl"), records.join("\n") + "\n");
  const flags = "--format jsonl --field text --index index.json";
  sh(cwd, `node "$CLI" --quiet --write-index index.json --format jsonl --field text data.jsonl`);
  sh(cwd, `node "$CLI" --quiet ${flags} - < data.jsonl > one.jsonl`);
  sh(cwd, `parallel --will-cite --pipe -N 7 --keep-order node "$CLI" --quiet ${flags} - < data.jsonl > many.jsonl`);
  const one = readFileSync(path.join(cwd, "one.jsonl"), "utf8");
  expect(one.split("\n").length).toBe(61);
  expect(one).toContain("the U.S. capital");
  expect(readFileSync(path.join(cwd, "many.jsonl"), "utf8")).toBe(one);
});
