import { rmSync } from "node:fs";

/**
 * Temporary files being written right now. A run stopped by SIGINT or SIGTERM removes them
 * before it exits, so that an interruption leaves no half-written file anywhere: every clean
 * copy is either whole (renamed into place before the signal) or absent.
 */
const inFlight = new Set<string>();

/** Registers a temporary file; the returned function unregisters it once renamed or removed. */
export function trackTemporary(file: string): () => void {
  inFlight.add(file);
  return () => inFlight.delete(file);
}

const EXIT_CODES = { SIGINT: 130, SIGTERM: 143 } as const;

/**
 * Installed by the command line only (a library user keeps its own signal handling). The
 * removal is synchronous: nothing else runs between the signal and the exit, so no rename can
 * slip in after it; a rename already under way either completed (a whole file) or will fail.
 */
export function removeTemporariesOnSignal(): void {
  for (const signal of Object.keys(EXIT_CODES) as (keyof typeof EXIT_CODES)[]) {
    process.once(signal, () => {
      const left: string[] = [];
      for (const file of inFlight) {
        try {
          rmSync(file, { force: true });
        } catch {
          left.push(file);
        }
      }
      process.stderr.write(
        left.length === 0
          ? `clean-news: stopped by ${signal}; no partial file was left behind\n`
          : `clean-news: stopped by ${signal}; these temporary files could not be removed, delete them: ${left.join(", ")}\n`,
      );
      process.exit(EXIT_CODES[signal]);
    });
  }
}
