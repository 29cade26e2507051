import { existsSync, mkdirSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { execa } from "execa";
import { expect, it } from "vitest";
import { assertBuilt, CLI, cleanNews, ENV, scratchFolder } from "../helpers/cli.js";

assertBuilt();

function articles(): string {
  const dir = scratchFolder("clean-news-ux-");
  mkdirSync(path.join(dir, "in", "deep"), { recursive: true });
  writeFileSync(path.join(dir, "in", "a.txt"), "The talks in the U. S. went well .\n");
  writeFileSync(path.join(dir, "in", "deep", "b.txt"), "The talks in the U. S. went well .\n");
  return dir;
}

it("--out-dir makes the folders of a mirrored tree, several levels at once", async () => {
  const dir = articles();
  const result = await cleanNews(["--out-dir", "x/y/z", "in"], { cwd: dir });
  expect(result.exitCode).toBe(0);
  expect(existsSync(path.join(dir, "x/y/z/a.txt"))).toBe(true);
  expect(existsSync(path.join(dir, "x/y/z/deep/b.txt"))).toBe(true);
});

// /proc refuses to create with ENOENT under a folder that exists: Node's recursive mkdir spun there forever.
it.skipIf(!existsSync("/proc/self"))("--out-dir where the file system refuses to create a folder is an error naming each file, not a hang", async () => {
  const dir = articles();
  // The old build ignored SIGTERM while it spun: killed for good if it hangs.
  const result = await execa(process.execPath, [CLI, "--out-dir", "/proc/clean-news-out", "in"], { cwd: dir, env: { ...ENV, NO_COLOR: "1" }, extendEnv: false, reject: false, timeout: 20_000, killSignal: "SIGKILL" });
  expect(result.timedOut).toBe(false);
  expect(result.exitCode).toBe(2);
  expect(result.stderr).toMatch(/error in\/a\.txt: its clean copy \/proc\/clean-news-out\/a\.txt cannot be written: no such file or folder; its folder cannot be made there/);
});

it.each([
  ["022", 0o644],
  ["077", 0o600],
])("--write-index under umask %s writes the index as any new file of the user's (mode %o)", async (umask, mode) => {
  const dir = articles();
  const result = await cleanNews(["--write-index", "index.json", "in"], { cwd: dir, as: ["sh", "-c", `umask ${umask} && exec "$0" "$@"`] });
  expect(result.exitCode).toBe(0);
  expect(statSync(path.join(dir, "index.json")).mode & 0o777).toBe(mode);
});
