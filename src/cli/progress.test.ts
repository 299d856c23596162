import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createProgress } from './progress';

/** A standard error that records what is written, a terminal or not. */
function stderr(isTTY: boolean): Writable & { isTTY: boolean; text: () => string } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString());
      done();
    },
  });
  return Object.assign(stream, { isTTY, text: () => chunks.join('') });
}

describe('batch progress', () => {
  it('is silent off a terminal, and never drawn when turned off', () => {
    for (const [isTTY, enabled] of [[false, undefined], [true, false]] as const) {
      const out = stderr(isTTY);
      const progress = createProgress(out, enabled === undefined ? {} : { enabled });
      progress.record(100);
      progress.done();
      expect(out.text()).toBe('');
    }
  });

  it('on a terminal, clears its line and ends with a summary of records, blank lines and bytes consumed', () => {
    const out = stderr(true);
    const progress = createProgress(out, { totalBytes: 1_500 });
    progress.record(1_200);
    progress.blank(1);
    progress.blank(1);
    progress.unreadable(0);
    progress.done();
    const [clear, summary] = [out.text().slice(0, 4), out.text().slice(4)];
    expect(clear).toBe('\r\u001B[K');
    expect(summary).toMatch(/^scraped-article: 1 record, 2 blank lines skipped, 1 input unreadable \(1\.2 kB in \d+\.\d s\)\n$/u);
  });

  it('forced on off a terminal, writes plain lines (no escape codes)', () => {
    const out = stderr(false);
    const progress = createProgress(out, { enabled: true });
    progress.record(10);
    progress.record(20);
    progress.done();
    expect(out.text()).toMatch(/^scraped-article: 2 records \(30 B in \d+\.\d s\)\n$/u);
  });
});
