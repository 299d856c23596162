import type { Writable } from 'node:stream';

/**
 * The batch's progress line and summary on standard error. On a terminal the line is redrawn in place (records done,
 * input consumed, rate, and with files a bar and an ETA) and cleared at the end; forced on elsewhere (`--progress`)
 * it is a plain line every few seconds. Either way the batch ends with one summary line. Counts are of work done:
 * records written and the input bytes they stand for, not bytes read ahead.
 * @module
 */

/** What the batch reports. */
export interface Progress {
  /** A record's line was written. */
  record(bytes: number): void;
  /** A blank input line was skipped. */
  blank(bytes: number): void;
  /** An input could not be read. */
  unreadable(bytes: number): void;
  /** The batch ended: clears the line and writes the summary. */
  done(): void;
}

/** When the progress is drawn. */
export interface ProgressSettings {
  /** `true`/`false` from `--progress`/`--no-progress`; `undefined`: when standard error is a terminal. */
  readonly enabled?: boolean;
  /** The input's total size, when known (files only), for the bar and the ETA. */
  readonly totalBytes?: number;
}

/** How often the line is redrawn, in ms: on a terminal, and forced on elsewhere. */
const REDRAW_MS = { terminal: 200, plain: 5000 } as const;

/** `1 record`, `2 records`. */
function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? '' : 's'}`;
}

/** A byte count as people read it. */
function size(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1e6) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1e6).toFixed(1)} MB`;
}

/**
 * Creates the progress reporter.
 * @param stderr - standard error
 * @param settings - on/off and the input size
 * @returns the reporter
 */
export function createProgress(stderr: Writable & { isTTY?: boolean }, settings: ProgressSettings): Progress {
  const terminal = stderr.isTTY === true;
  const enabled = settings.enabled ?? terminal;
  let records = 0;
  let blanks = 0;
  let unreadable = 0;
  let consumed = 0;
  if (!enabled) {
    return { record: () => undefined, blank: () => undefined, unreadable: () => undefined, done: () => undefined };
  }
  const started = Date.now();
  let drawn = started;
  const { totalBytes } = settings;
  const status = (): string => {
    const seconds = Math.max(0.001, (Date.now() - started) / 1000);
    let line = `${count(records, 'record')}, ${size(consumed)}, ${(records / seconds).toFixed(0)}/s`;
    if (totalBytes !== undefined && totalBytes > 0) {
      const share = Math.min(1, consumed / totalBytes);
      const width = 24;
      const filled = Math.round(share * width);
      const eta = share > 0 ? (seconds / share) * (1 - share) : 0;
      line = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${(share * 100).toFixed(0)}% ${line}, ETA ${eta.toFixed(0)} s`;
    }
    return line;
  };
  const tick = (): void => {
    const now = Date.now();
    if (now - drawn < (terminal ? REDRAW_MS.terminal : REDRAW_MS.plain)) return;
    drawn = now;
    stderr.write(terminal ? `\r\u001B[K${status()}` : `${status()}\n`);
  };
  return {
    record: (bytes) => {
      records += 1;
      consumed += bytes;
      tick();
    },
    blank: (bytes) => {
      blanks += 1;
      consumed += bytes;
    },
    unreadable: (bytes) => {
      unreadable += 1;
      consumed += bytes;
    },
    done: () => {
      const seconds = (Date.now() - started) / 1000;
      const extra = [blanks > 0 ? `${count(blanks, 'blank line')} skipped` : '', unreadable > 0 ? `${count(unreadable, 'input')} unreadable` : ''];
      const summary = [count(records, 'record'), ...extra.filter((part) => part.length > 0)].join(', ');
      stderr.write(`${terminal ? '\r\u001B[K' : ''}scraped-article: ${summary} (${size(consumed)} in ${seconds.toFixed(1)} s)\n`);
    },
  };
}
