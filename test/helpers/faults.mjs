// Fault injection for the end-to-end tests, loaded into the CLI's process with
// `node --import`: it wraps node:fs and node:fs/promises (nothing in src/ knows about it), driven
// by environment variables, so that faults a test cannot cause for real happen at a known moment.
//   FAULT_FULL_DIR=DIR            writes to files opened under DIR stop with ENOSPC half-way
//   FAULT_STALL_WRITES=1          new files ("wx") stall: created, half written, never finished
//   FAULT_CHANGE_AFTER_READ=FILE  FILE gets a line appended right after it is first read
//                                 (whole, or streamed to its end); with FAULT_SAME_SIZE=1 one
//                                 byte is changed instead and the old mtime put back
//   FAULT_VANISH_BEFORE_READ=FILE FILE is deleted just before it is read (after discovery)
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { syncBuiltinESMExports } from "node:module";

const env = process.env;
const p = fs.promises;
const real = { open: p.open, readFile: p.readFile, stat: p.stat };
const same = (a, b) => b !== undefined && path.resolve(String(a)) === path.resolve(b);

function stopHalfWay(handle, failure) {
  const write = handle.write.bind(handle);
  const writeFile = handle.writeFile.bind(handle);
  const half = async (data, fill) => {
    const bytes = Buffer.from(data);
    await fill(bytes.subarray(0, Math.ceil(bytes.length / 2)));
    return failure();
  };
  handle.write = (data, ...rest) => (typeof data === "string" || ArrayBuffer.isView(data) ? half(data, (b) => write(b)) : write(data, ...rest));
  handle.writeFile = (data) => half(data, (b) => writeFile(b));
  return handle;
}

const enospc = () => Promise.reject(Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", errno: -28, syscall: "write" }));
// A timer keeps the process alive, the way a write to a stalled disk would.
const never = () => new Promise(() => setTimeout(() => {}, 60_000));

const underFullDir = (file, flags) => /[wa+]/.test(String(flags)) && env.FAULT_FULL_DIR && path.resolve(String(file)).startsWith(path.resolve(env.FAULT_FULL_DIR) + path.sep);

p.open = async (file, flags = "r", ...rest) => {
  const handle = await real.open(file, flags, ...rest);
  if (underFullDir(file, flags)) return stopHalfWay(handle, enospc);
  if (env.FAULT_STALL_WRITES && String(flags).includes("x")) {
    process.stderr.write(`fault: stalling writes to ${file}\n`);
    return stopHalfWay(handle, never);
  }
  return handle;
};

// The engine creates its temporary files with fs.open in the main thread (the one call that
// waits on the event loop) and fs.openSync in worker threads, and writes them with synchronous
// calls on the descriptor (src/io/fs.ts). A disk that stalls stalls at the open: the file is
// there, half written, and the open never returns. A full disk fails the synchronous write
// half-way.
const full = new Set();
const open = fs.open;
fs.open = (file, flags, ...rest) => {
  const done = rest.pop();
  open(file, flags, ...rest, (error, fd) => {
    if (error) return done(error);
    if (underFullDir(file, flags)) full.add(fd);
    if (env.FAULT_STALL_WRITES && String(flags).includes("x")) {
      process.stderr.write(`fault: stalling writes to ${file}\n`);
      fs.writeSync(fd, "half of an article, never finis");
      return void never();
    }
    done(null, fd);
  });
};
const openSync = fs.openSync;
fs.openSync = (file, flags, ...rest) => {
  const fd = openSync(file, flags, ...rest);
  if (underFullDir(file, flags)) full.add(fd);
  if (env.FAULT_STALL_WRITES && String(flags).includes("x")) {
    process.stderr.write(`fault: stalling writes to ${file}\n`);
    fs.writeSync(fd, "half of an article, never finis");
    // Blocks this thread for good (allowed in a worker thread only, where openSync is used).
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
  }
  return fd;
};
const writeSync = fs.writeSync;
fs.writeSync = (fd, data, ...rest) => {
  if (!full.has(fd)) return writeSync(fd, data, ...rest);
  const [offset = 0, length = data.length - offset] = typeof rest[0] === "number" ? rest : [];
  writeSync(fd, data, offset, Math.ceil(length / 2));
  throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", errno: -28, syscall: "write" });
};
const closeSync = fs.closeSync;
fs.closeSync = (fd) => {
  full.delete(fd);
  return closeSync(fd);
};

let changed = false;
const changeOnce = (file) => {
  if (changed || !same(file, env.FAULT_CHANGE_AFTER_READ)) return;
  changed = true;
  if (!env.FAULT_SAME_SIZE) return fs.appendFileSync(file, "A line someone added meanwhile.\n");
  // touch -r copies timestamps to the nanosecond (fs.utimes would round them).
  const times = `${file}.times`;
  execFileSync("touch", ["-r", file, times]);
  const bytes = fs.readFileSync(file);
  bytes[0] = bytes[0] === 0x58 ? 0x59 : 0x58;
  fs.writeFileSync(file, bytes);
  execFileSync("touch", ["-r", times, file]);
  fs.rmSync(times);
};
p.readFile = async (file, ...rest) => {
  const bytes = await real.readFile(file, ...rest);
  changeOnce(file);
  return bytes;
};
// The engine's reads are synchronous calls (src/io/fs.ts): the same fault on that path.
const readFileSync = fs.readFileSync;
fs.readFileSync = (file, ...rest) => {
  const bytes = readFileSync(file, ...rest);
  changeOnce(file);
  return bytes;
};
const createReadStream = fs.createReadStream;
fs.createReadStream = (file, ...rest) => createReadStream(file, ...rest).once("end", () => changeOnce(file));

p.stat = async (file, ...rest) => {
  if (same(file, env.FAULT_VANISH_BEFORE_READ)) fs.rmSync(file, { force: true });
  return real.stat(file, ...rest);
};

// The engine's stat is a synchronous call too (src/io/fs.ts).
const statSync = fs.statSync;
fs.statSync = (file, ...rest) => {
  if (same(file, env.FAULT_VANISH_BEFORE_READ)) fs.rmSync(file, { force: true });
  return statSync(file, ...rest);
};

syncBuiltinESMExports();
