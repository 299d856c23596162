import type { Writable } from 'node:stream';

/** A progress line on standard error (records/s and, when the input size is known, an ETA); silent off a TTY. */
export interface Progress {
  bytes(count: number): void;
  record(): void;
  done(): void;
}

/**
 * Creates the progress reporter.
 * @param stderr - where to draw (only when it is a TTY)
 * @param totalBytes - the input size, when known
 * @returns the reporter
 */
export function createProgress(stderr: Writable & { isTTY?: boolean }, totalBytes: number | undefined): Progress {
  if (stderr.isTTY !== true) return { bytes: () => undefined, record: () => undefined, done: () => undefined };
  const started = Date.now();
  let records = 0;
  let read = 0;
  let drawn = 0;
  const draw = (): void => {
    const seconds = Math.max(0.001, (Date.now() - started) / 1000);
    const rate = records / seconds;
    let line = `\r${records} records, ${rate.toFixed(0)}/s`;
    if (totalBytes !== undefined && totalBytes > 0) {
      const share = Math.min(1, read / totalBytes);
      const width = 24;
      const filled = Math.round(share * width);
      const eta = share > 0 ? (seconds / share) * (1 - share) : 0;
      line = `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(0)}% ${records} records, ${rate.toFixed(0)}/s, ETA ${eta.toFixed(0)} s`;
    }
    stderr.write(line);
  };
  return {
    bytes: (count) => {
      read += count;
    },
    record: () => {
      records += 1;
      if (Date.now() - drawn > 200) {
        drawn = Date.now();
        draw();
      }
    },
    done: () => {
      draw();
      stderr.write('\n');
    },
  };
}
