import { threadId } from "node:worker_threads";
import { close, fchmod, fchown, fstatOf, fsync, lstat, lstatIfAny, mkdir, readFile, rename, rm, writeAll } from "./fs.js";
import path from "node:path";
import { InputChanged, OutputInTheWay, codeOf } from "./errors.js";
import { openTemporary } from "./signals.js";
import { provenUnchanged, statStamped, type Stamp } from "./stamp.js";

export type WriteOutcome = "written" | "unchanged";

/**
 * Checked once the temporary file is complete, just before the rename: "skip" drops it (the
 * file already holds what we would write); throwing abandons the write.
 */
export type Guard = () => Promise<"write" | "skip">;

export interface WriteOptions {
  /** The input's mode, kept on its copy. */
  mode?: number;
  guard?: Guard;
  /**
   * With --in-place: the original itself is at stake, so the copy is flushed to the disk
   * before the rename, and takes the original's owner (when allowed: root rewriting another
   * user's file must not hand it to root).
   */
  replacing?: { uid: number; gid: number };
}

/** The bytes at `file`, or null when there is no regular file there. */
export async function readIfFile(file: string): Promise<Buffer | null> {
  try {
    const info = await lstatIfAny(file);
    return info?.isFile() ? await readFile(file) : null;
  } catch {
    return null;
  }
}

/** Throws when a folder, a symbolic link or a device sits where the output goes. */
export async function assertWritablePath(file: string): Promise<{ size: number } | null> {
  const existing = await lstatIfAny(file);
  if (!existing) return null;
  if (existing.isDirectory()) throw new OutputInTheWay("a folder");
  if (existing.isSymbolicLink()) throw new OutputInTheWay("a symbolic link");
  if (!existing.isFile()) throw new OutputInTheWay("a special file");
  return { size: existing.size };
}

/**
 * Writes through a temporary file in the same folder and a rename, so that a reader (or a
 * crash) never sees half a file. An identical file is left untouched; a folder or a symbolic
 * link in the way is an error, never written through.
 */
export async function writeAtomic(file: string, bytes: Buffer, options: WriteOptions = {}): Promise<WriteOutcome> {
  const existing = await assertWritablePath(file);
  if (existing && existing.size === bytes.length && (await readFile(file)).equals(bytes)) return "unchanged";
  return writeThrough(file, (fd) => writeAll(fd, bytes), options);
}

/**
 * Fills a fresh temporary file beside `file`, then renames it into place. The temporary file
 * is removed on any failure (a full disk, a guard that refuses) and on SIGINT/SIGTERM.
 */
export async function writeThrough(file: string, fill: (fd: number) => Promise<void> | void, options: WriteOptions = {}): Promise<WriteOutcome> {
  const temporary = path.join(path.dirname(file), temporaryName(path.basename(file), `${TEMPORARY_TAG}${(temporaries++).toString(36)}`));
  // Created with the copy's permissions (never wider), so that most files need no chmod after.
  const created = options.mode === undefined ? 0o600 : options.mode & 0o777;
  const { fd, release } = await openBeside(temporary, created);
  try {
    try {
      await fill(fd);
      // The umask (or a folder's default ACL) may have narrowed it.
      if (options.mode !== undefined && (options.mode & 0o7777) !== (fstatOf(fd).mode & 0o7777)) fchmod(fd, options.mode & 0o7777);
      if (options.replacing) {
        try {
          fchown(fd, options.replacing.uid, options.replacing.gid);
        } catch {
          // Not allowed (not root): the copy stays ours, as any file we write.
        }
        fsync(fd);
      }
    } finally {
      close(fd);
    }
    if (options.guard && (await options.guard()) === "skip") {
      await rm(temporary, { force: true });
      return "unchanged";
    }
    await rename(temporary, file);
    return "written";
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  } finally {
    release();
  }
}

/**
 * Names of temporary files: unique to this process and thread by the pid, the thread and a
 * random tag, and to each write by a counter (a random name per file cost a call into
 * crypto per file). The exclusive open ("wx") never takes over an existing file anyway.
 */
const TEMPORARY_TAG = `${process.pid}.${threadId}.${Math.random().toString(36).slice(2, 8)}.`;
let temporaries = 0;

/** Most file systems take names of up to 255 bytes. */
const NAME_MAX = 255;

/**
 * ".NAME.TAG.tmp", with NAME cut short where the whole would pass the longest name a file
 * system takes: a copy whose own name fits (a 230-character article's) was refused as "the
 * name is too long" for the sake of its temporary file.
 */
function temporaryName(name: string, tag: string): string {
  const room = NAME_MAX - Buffer.byteLength(`..${tag}.tmp`);
  let kept = name;
  if (Buffer.byteLength(kept) > room) {
    kept = "";
    for (const ch of name) {
      if (Buffer.byteLength(kept + ch) > room) break;
      kept += ch;
    }
  }
  return `.${kept}.${tag}.tmp`;
}

/** Opens a temporary file; its folder is made only when the open finds it missing (once per folder, not per file). */
async function openBeside(temporary: string, mode: number): ReturnType<typeof openTemporary> {
  try {
    return await openTemporary(temporary, mode);
  } catch (error) {
    if (codeOf(error) !== "ENOENT") throw error;
    await makeFolder(path.dirname(temporary));
    return openTemporary(temporary, mode);
  }
}

/**
 * mkdir -p, one level at a time: Node's recursive mkdir loops forever, deaf to Ctrl-C, where a
 * file system refuses to create with ENOENT under a folder that exists (--out-dir /proc/x).
 */
async function makeFolder(folder: string): Promise<void> {
  try {
    await mkdir(folder);
  } catch (error) {
    const code = codeOf(error);
    if (code === "EEXIST") return;
    if (code !== "ENOENT" || path.dirname(folder) === folder) throw error;
    await makeFolder(path.dirname(folder));
    try {
      await mkdir(folder);
    } catch (again) {
      // Another thread of the run made it meanwhile.
      if (codeOf(again) !== "EEXIST") throw again;
    }
  }
}

/**
 * The guard of an input cleaned from the bytes it held when `stamp` was taken: its copy is
 * written only if it still holds them. A stat proves it when it can (see `provenUnchanged`);
 * otherwise the file is read again and compared. With --in-place, an input that already holds
 * the clean bytes (another run got there first) needs nothing more.
 */
export function inputUnchanged(file: string, stamp: Stamp | undefined, stillSame: (now: Buffer) => boolean, alreadyClean?: (now: Buffer) => boolean): Guard {
  return async () => {
    let now: Buffer;
    try {
      if (stamp && provenUnchanged(stamp, (await statStamped(file)).stamp)) return "write";
      now = await readFile(file);
    } catch (error) {
      if (codeOf(error) === "ENOENT") throw new InputChanged("disappeared");
      throw error;
    }
    if (stillSame(now)) return "write";
    if (alreadyClean?.(now)) return "skip";
    throw new InputChanged("changed");
  };
}

/** The owner of `file`, kept when it is rewritten in place. */
export async function ownerOf(file: string): Promise<{ uid: number; gid: number }> {
  const { uid, gid } = await lstat(file);
  return { uid, gid };
}
