// Only the main thread gets SIGINT and SIGTERM: the temporary files that worker threads are
// writing must be removed as well. Needs the build (dist/) and test/helpers/faults.mjs, which
// stalls every write to a new file half-way, in each thread.
import { mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, expect, it } from "vitest";
import { cleanNews as cli, tempFolder } from "../helpers/cli.js";

let dir: string;
let remove: () => Promise<void>;
beforeEach(async () => ({ dir, remove } = await tempFolder()));
afterEach(async () => remove());

async function temporaries(): Promise<string[]> {
  const found: string[] = [];
  for (const sub of ["a", "b"]) for (const f of await readdir(path.join(dir, sub))) if (f.endsWith(".tmp")) found.push(f);
  return found;
}

it("SIGINT while worker threads write leaves none of their temporary files", async () => {
  for (const sub of ["a", "b"]) {
    await mkdir(path.join(dir, sub));
    for (let i = 0; i < 150; i++) await writeFile(path.join(dir, sub, `n${i}.txt`), `Article ${i} from the U. S. capital.\n`);
  }
  const run = cli(["--jobs", "2", "a", "b"], { cwd: dir, faults: true, env: { FAULT_STALL_WRITES: "1" } });
  // One stalled write in the main thread and one in the worker.
  for (let waited = 0; (await temporaries()).length < 2; waited += 20) {
    if (waited > 20_000) throw new Error(`not two writes under way: ${await temporaries()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
  run.kill("SIGINT");
  const result = await run;
  expect(result.exitCode).toBe(130);
  expect(result.stderr).toContain("no partial file was left behind");
  expect(await temporaries()).toEqual([]);
});
