import { once } from "node:events";
import path from "node:path";
import { close, mkdir, rename, rm, writeAll } from "../io/fs.js";
import { openTemporary } from "../io/signals.js";

/** Where a record stream's cleaned records go, batch by batch. */
export interface RecordSink {
  write(text: string): Promise<void>;
}

/** Standard output, waiting for it to drain as a pipe to a slower reader asks. */
export function streamSink(out: NodeJS.WritableStream): RecordSink {
  return {
    async write(text) {
      if (!out.write(text)) await once(out, "drain");
    },
  };
}

/**
 * The clean copy of a record stream, written into a temporary file beside it and renamed into
 * place when the stream is done: a run that fails or is interrupted leaves the copy as it was
 * and no partial file (the temporary file is registered for removal on SIGINT/SIGTERM).
 * Opened before the stream is read, so that a copy that cannot be written is reported at once
 * rather than after the corpus pass.
 */
export async function openCopy(output: string): Promise<RecordSink & { commit(): Promise<void>; abort(): Promise<void> }> {
  const temporary = path.join(path.dirname(output), `.${path.basename(output)}.${process.pid}.tmp`);
  await mkdir(path.dirname(output), { recursive: true });
  const { fd, release } = await openTemporary(temporary, 0o666);
  let open = true;
  const finish = () => {
    if (open) close(fd);
    open = false;
  };
  return {
    // Batches are large (src/records/run.ts): one synchronous write each costs less than a stream.
    write: async (text) => writeAll(fd, Buffer.from(text, "utf8")),
    async commit() {
      finish();
      await rename(temporary, output);
      release();
    },
    async abort() {
      try {
        finish();
      } finally {
        await rm(temporary, { force: true });
        release();
      }
    },
  };
}
