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
/** The stat of an open file, synchronous: a call that cannot block on the folder tree. */
export const fstatOf = (fd: number): fs.Stats => fs.fstatSync(fd);
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
