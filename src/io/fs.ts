import * as fs from "node:fs";

/**
 * The file calls of the engine, made synchronously behind the promise API's signatures. For
 * the many small files of a corpus each fs/promises call is a round trip through libuv's
 * thread pool, which doubled the CPU time of a run (npm run bench; docs/scale.md), and the
 * process has nothing else to do while it waits: the parallelism comes from the worker
 * threads of src/pool/, one per core, each doing its own reading and writing.
 */
const later =
  <A extends unknown[], R>(call: (...args: A) => R) =>
  async (...args: A): Promise<R> =>
    call(...args);

export const chmod = later(fs.chmodSync);

/**
 * Creates a file that must not exist yet ("wx"), through the thread pool: the one call of a
 * write that waits on the event loop, so that a signal is handled between files (and a disk
 * that hangs hangs there). Everything else on the new file is synchronous on its descriptor:
 * four round trips through the thread pool per file (open, write, chmod, close as a
 * FileHandle) cost more CPU than the rules of some documents (docs/performance.md).
 */
export const createExclusive = (file: string, mode: number): Promise<number> =>
  new Promise((resolve, reject) => fs.open(file, "wx", mode, (error, fd) => (error ? reject(error) : resolve(fd))));
/** The same, in a worker thread, which handles no signal and need not wait on its event loop. */
export const createExclusiveSync = (file: string, mode: number): number => fs.openSync(file, "wx", mode);
export function writeAll(fd: number, bytes: Uint8Array): void {
  for (let done = 0; done < bytes.length; ) done += fs.writeSync(fd, bytes, done, bytes.length - done);
}
export const fstatOf = (fd: number): fs.Stats => fs.fstatSync(fd);
export const fchmod = (fd: number, mode: number): void => fs.fchmodSync(fd, mode);
export const fchown = (fd: number, uid: number, gid: number): void => fs.fchownSync(fd, uid, gid);
export const fsync = (fd: number): void => fs.fsyncSync(fd);
export const close = (fd: number): void => fs.closeSync(fd);
export const lstat = later((file: fs.PathLike) => fs.lstatSync(file));
/** lstat, or null where nothing is: a missing output is the common case, and an exception per file costs. */
export const lstatIfAny = later((file: fs.PathLike) => fs.lstatSync(file, { throwIfNoEntry: false }) ?? null);
export const mkdir = later(fs.mkdirSync);
export const readdir = later((dir: fs.PathLike, options: { withFileTypes: true }) => fs.readdirSync(dir, options));
export const readFile = later((file: fs.PathLike) => fs.readFileSync(file));
// The system call, not the JavaScript emulation that lstats every component of the path.
export const realpath = later((file: fs.PathLike) => fs.realpathSync.native(file));
export const rename = later(fs.renameSync);
export const rm = later(fs.rmSync);
export const stat = later((file: fs.PathLike) => fs.statSync(file));
export const statBigInt = later((file: fs.PathLike) => fs.statSync(file, { bigint: true }));
export const writeFile = later(fs.writeFileSync);
