/** Quiet runs stay quiet: nothing shows before a run has taken this long. */
const SHOW_AFTER_MS = 1000;
const REDRAW_MS = 100;

export interface Progress {
  update(done: number, total: number): void;
  stop(): void;
}

/**
 * One line on a terminal's stderr, redrawn in place, for runs that last: "cleaned 1200/10000
 * files (12%)", or a count where the total is not known (records of a stream).
 */
export function progressLine(stream: NodeJS.WritableStream, unit: string, now: () => number = Date.now): Progress {
  const started = now();
  let drawn = 0;
  let shown = false;
  return {
    update(done, total) {
      const t = now();
      if (t - started < SHOW_AFTER_MS || t - drawn < REDRAW_MS) return;
      drawn = t;
      shown = true;
      const text = total > 0 ? `${done}/${total} ${unit} (${Math.floor((100 * done) / total)}%)` : `${done} ${unit}`;
      stream.write(`\r\x1b[Kcleaned ${text}`);
    },
    stop() {
      if (shown) stream.write("\r\x1b[K");
    },
  };
}
