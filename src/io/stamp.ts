import type { BigIntStats } from "node:fs";
import { statBigInt } from "./fs.js";

/**
 * What a file's metadata says about its content: if device, inode, size, mtime and ctime are
 * all unchanged, so are its bytes, unless the file was being written around the time we read
 * it, within the file system's timestamp granularity (the "racy git" problem). Checking this
 * costs one stat instead of reading the file again.
 */
export interface Stamp {
  dev: bigint;
  ino: bigint;
  size: bigint;
  mtimeNs: bigint;
  ctimeNs: bigint;
  /** When we started reading, in the wall-clock nanoseconds timestamps use. */
  readAtNs: bigint;
}

/** Timestamps may be as coarse as this (FAT keeps 2 s); closer to the read, we look at bytes. */
const RACY_NS = 2_000_000_000n;

/**
 * A file's stat, with its stamp; taken just before the file is read, so that a change during
 * the read shows as well.
 */
export async function statStamped(file: string): Promise<{ info: BigIntStats; stamp: Stamp }> {
  const readAtNs = BigInt(Date.now()) * 1_000_000n;
  const info = await statBigInt(file);
  return { info, stamp: { dev: info.dev, ino: info.ino, size: info.size, mtimeNs: info.mtimeNs, ctimeNs: info.ctimeNs, readAtNs } };
}

/** True when `now` proves the bytes read with `then` are still the file's; false when unsure. */
export function provenUnchanged(then: Stamp, now: Stamp): boolean {
  const same = then.dev === now.dev && then.ino === now.ino && then.size === now.size && then.mtimeNs === now.mtimeNs && then.ctimeNs === now.ctimeNs;
  const racy = then.ctimeNs + RACY_NS >= then.readAtNs || then.mtimeNs + RACY_NS >= then.readAtNs;
  return same && !racy;
}
