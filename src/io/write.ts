import { randomBytes } from "node:crypto";
import { chmod, lstatIfAny, mkdir, readFile, rename, rm, writeFile } from "./fs.js";
import path from "node:path";

export type WriteOutcome = "written" | "unchanged";

/** The bytes at `file`, or null when there is no regular file there. */
export async function readIfFile(file: string): Promise<Buffer | null> {
  try {
    const info = await lstatIfAny(file);
    return info?.isFile() ? await readFile(file) : null;
  } catch {
    return null;
  }
}

/**
 * Writes through a temporary file in the same folder and a rename, so that a reader (or a
 * crash) never sees half a file. An identical file is left untouched; a folder or a symbolic
 * link in the way is an error, never written through.
 */
export async function writeAtomic(file: string, bytes: Buffer, mode?: number): Promise<WriteOutcome> {
  const existing = await lstatIfAny(file);
  if (existing && !existing.isFile()) {
    throw new Error(`${existing.isDirectory() ? "a folder" : "a symbolic link or special file"} is in the way of the output`);
  }
  if (existing && existing.size === bytes.length && (await readFile(file)).equals(bytes)) return "unchanged";
  await mkdir(path.dirname(file), { recursive: true });
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temporary, bytes, { flag: "wx" });
    if (mode !== undefined) await chmod(temporary, mode & 0o7777);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return "written";
}
