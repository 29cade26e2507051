import { ConfigError } from "./core/configure.js";

/** `--shard I/N`: this run cleans share I (1-based) of N. */
export interface Shard {
  index: number;
  count: number;
}

export function parseShard(text: string): Shard {
  const m = /^(\d+)\/(\d+)$/.exec(text.trim());
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!(count >= 1 && index >= 1 && index <= count)) {
    throw new ConfigError(`--shard wants I/N with 1 <= I <= N (for example 2/4), not "${text}"`);
  }
  return { index, count };
}

/**
 * FNV-1a over the UTF-8 bytes of the document id: the same id lands in the same share on
 * every machine and every Node version, whatever order the files were found in.
 */
export function shardOf(id: string, count: number): number {
  let hash = 0x811c9dc5;
  for (const byte of Buffer.from(id, "utf8")) {
    hash ^= byte;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return (hash % count) + 1;
}

export function inShard(id: string, shard: Shard | undefined): boolean {
  return !shard || shardOf(id, shard.count) === shard.index;
}
