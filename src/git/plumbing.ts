import { spawn } from "node:child_process";
import path from "node:path";
import { ConfigError } from "../core/configure.js";

/** A file as the git index holds it. */
export interface Blob {
  bytes: Buffer;
  mode: number;
}

/** Runs git and returns its standard output; a failure is an Error with git's own words. */
function git(cwd: string, args: readonly string[], input?: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn("git", args, { cwd, stdio: [input === undefined ? "ignore" : "pipe", "pipe", "pipe"] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout!.on("data", (c: Buffer) => out.push(c));
    child.stderr!.on("data", (c: Buffer) => err.push(c));
    child.on("error", (e) => reject(new Error(`git cannot be run: ${e.message}`)));
    child.on("close", (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else reject(new Error(`git ${args[0]} failed: ${Buffer.concat(err).toString().trim() || `exit ${code}`}`));
    });
    if (input !== undefined) {
      // git may stop reading early (and report why on stderr); the close handler tells.
      child.stdin!.on("error", () => {});
      child.stdin!.end(input);
    }
  });
}

const splitZ = (b: Buffer) => b.toString("utf8").split("\0").filter(Boolean);

/**
 * The top folder of the repository around `cwd`, spelled from `cwd` (a working folder reached
 * through a symbolic link keeps its reported paths relative); outside one, a usage error.
 */
export async function repositoryRoot(cwd: string): Promise<string> {
  try {
    return path.resolve(cwd, (await git(cwd, ["rev-parse", "--show-cdup"])).toString("utf8").trim());
  } catch (error) {
    throw new ConfigError(`--staged needs a git repository: ${(error as Error).message}`);
  }
}

/** Paths (from the top of the repository) added, copied, modified or renamed in the index. */
export async function stagedPaths(cwd: string, pathspecs: readonly string[]): Promise<string[]> {
  try {
    return splitZ(await git(cwd, ["diff", "--cached", "--name-only", "-z", "--diff-filter=ACMR", "--no-renames", "--", ...pathspecs]));
  } catch (error) {
    throw new ConfigError(`--staged: ${(error as Error).message}`);
  }
}

/**
 * The staged content of regular files, by path from the top of the repository: one
 * `ls-files` and one `cat-file --batch` whatever the number of files. Paths not in the
 * index, links and submodules are absent from the answer.
 */
export async function readIndex(root: string, paths: readonly string[]): Promise<Map<string, Blob>> {
  const found = new Map<string, Blob>();
  if (paths.length === 0) return found;
  const entries = splitZ(await git(root, ["ls-files", "--stage", "-z", "--", ...paths.map(literal)]))
    .map((line) => {
      const tab = line.indexOf("\t");
      const [mode, sha, stage] = line.slice(0, tab).split(" ");
      return { path: line.slice(tab + 1), mode: parseInt(mode!, 8), sha: sha!, stage };
    })
    .filter((e) => e.stage === "0" && (e.mode === 0o100644 || e.mode === 0o100755));
  if (entries.length === 0) return found;
  const out = await git(root, ["cat-file", "--batch"], entries.map((e) => e.sha).join("\n") + "\n");
  let at = 0;
  for (const entry of entries) {
    const headerEnd = out.indexOf(0x0a, at);
    const size = Number(out.subarray(at, headerEnd).toString("latin1").split(" ")[2]);
    const start = headerEnd + 1;
    found.set(entry.path, { bytes: Buffer.from(out.subarray(start, start + size)), mode: entry.mode & 0o777 });
    at = start + size + 1;
  }
  return found;
}

/** Adds these files (absolute or from the top of the repository) to the index. */
export async function stage(root: string, files: readonly string[]): Promise<void> {
  if (files.length > 0) await git(root, ["add", "--", ...files.map(literal)]);
}

/** A pathspec that means exactly this path, whatever characters it holds. */
const literal = (p: string) => `:(literal)${p}`;
