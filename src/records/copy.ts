import { once } from "node:events";
import { writeFailure } from "../engine.js";
import type { Input } from "../io/discover.js";
import { stat, writeAll } from "../io/fs.js";
import { Interrupted } from "../io/signals.js";
import { byteDigest, holdsBytes } from "../io/stream.js";
import { assertWritablePath, writeThrough, type Guard } from "../io/write.js";

/** Where a record stream's cleaned records go, batch by batch. */
export interface RecordSink {
  write(bytes: Buffer): Promise<void>;
}

/** Standard output, waiting for it to drain as a pipe to a slower reader asks. */
export function streamSink(out: NodeJS.WritableStream): RecordSink {
  return {
    async write(bytes) {
      if (!out.write(bytes)) await once(out, "drain");
    },
  };
}

/**
 * Runs `clean` (the stream's corpus pass and cleaning) into the clean copy of `input`, written
 * as every copy is (`writeThrough`: a temporary file beside it, renamed when the stream is
 * done, removed on a failure or a signal), with the input's mode. The temporary file is opened
 * before `clean` starts, so that a copy that cannot be written is reported before the corpus
 * pass. A failure of the copy (its folder, a full disk, the rename) is returned as the file's
 * error; a failure of the stream's own work (reading it, a worker) is thrown as it is.
 */
export async function cleanIntoCopy<T>(input: Input, clean: (sink: RecordSink) => Promise<T>): Promise<{ outcome: T; written: boolean } | { error: string }> {
  let outcome: T | undefined;
  let streaming = false;
  const digest = byteDigest();
  // Batches are large (run.ts): one synchronous write each costs less than a stream.
  const into = (fd: number): RecordSink => ({
    async write(bytes) {
      streaming = false;
      writeAll(fd, bytes);
      digest.update(bytes);
      streaming = true;
    },
  });
  // An identical copy already there is not rewritten (nor, with --in-place, an original that is already clean), as for files.
  const guard: Guard = async () => ((await holdsBytes(input.output, await assertWritablePath(input.output), digest)) ? "skip" : "write");
  try {
    await assertWritablePath(input.output);
    const { mode } = await stat(input.path);
    const written = await writeThrough(
      input.output,
      async (fd) => {
        streaming = true;
        outcome = await clean(into(fd));
        streaming = false;
      },
      { mode, guard },
    );
    return { outcome: outcome!, written: written === "written" };
  } catch (error) {
    if (streaming || error instanceof Interrupted) throw error;
    return { error: writeFailure(input, false, error) };
  }
}
