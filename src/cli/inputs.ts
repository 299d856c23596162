import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { gunzip } from './gunzip';
import { isWarcFile, warcRecordLines } from './warc';

/**
 * The batch's inputs, read in order and one at a time: NDJSON lines from files and standard input (`-`), records of
 * WARC/WET files. Each item carries the input bytes it stands for, so progress counts what was consumed. A file that
 * fails (missing, a directory, truncated, not WARC) becomes one `unreadable` item after the records read from it,
 * and the next file is read.
 * @module
 */

/** A record line. */
export interface RecordItem {
  readonly kind: 'record';
  readonly line: string;
  /** Input bytes the record stands for. */
  readonly bytes: number;
}

/** A blank line: skipped, but counted. */
export interface BlankItem {
  readonly kind: 'blank';
  readonly bytes: number;
}

/** An input that could not be read (to its end). */
export interface UnreadableItem {
  readonly kind: 'unreadable';
  /** The file's name as given (`-` for standard input). */
  readonly file: string;
  /** Records read from it before it failed. */
  readonly records: number;
  /** Bytes read from it before it failed. */
  readonly bytes: number;
  /** Why it failed. */
  readonly reason: string;
}

/** One item of the batch's input. */
export type InputItem = RecordItem | BlankItem | UnreadableItem;

const NEWLINE = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

/** A stream's chunks, counting the bytes read into `counter.bytes`. */
async function* counted(chunks: AsyncIterable<Buffer | string>, counter: { bytes: number }): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    counter.bytes += buffer.length;
    yield buffer;
  }
}

/** The lines of a byte stream (LF or CRLF; a UTF-8 byte-order mark at the start is dropped), each with its size. */
async function* lines(chunks: AsyncIterable<Buffer>): AsyncGenerator<RecordItem | BlankItem> {
  let parts: Buffer[] = [];
  let first = true;
  const item = (bytes: Buffer, size: number): RecordItem | BlankItem => {
    let end = bytes.length;
    if (end > 0 && bytes[end - 1] === CARRIAGE_RETURN) end -= 1;
    const line = bytes.toString('utf8', 0, end);
    return line.trim().length === 0 ? { kind: 'blank', bytes: size } : { kind: 'record', line, bytes: size };
  };
  for await (let chunk of chunks) {
    if (first && chunk.length > 0) {
      first = false;
      if (chunk.subarray(0, 3).equals(BOM)) chunk = chunk.subarray(3);
    }
    let start = 0;
    for (let end = chunk.indexOf(NEWLINE); end !== -1; end = chunk.indexOf(NEWLINE, start)) {
      parts.push(chunk.subarray(start, end));
      const whole = parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts);
      parts = [];
      yield item(whole, whole.length + 1);
      start = end + 1;
    }
    if (start < chunk.length) parts.push(chunk.subarray(start));
  }
  if (parts.length > 0) {
    const whole = Buffer.concat(parts);
    yield item(whole, whole.length);
  }
}

/** The items of one input, with the unreadable item last when it fails. */
async function* itemsOf(file: string, stdin: Readable): AsyncGenerator<InputItem> {
  const counter = { bytes: 0 };
  let records = 0;
  let consumed = 0;
  try {
    if (file === '-') {
      for await (const entry of lines(counted(stdin, counter))) {
        if (entry.kind === 'record') records += 1;
        yield entry;
      }
    } else if (isWarcFile(file)) {
      const bytes = counted(createReadStream(file), counter);
      for await (const line of warcRecordLines(file, /\.gz$/iu.test(file) ? gunzip(bytes) : bytes)) {
        records += 1;
        yield { kind: 'record', line, bytes: counter.bytes - consumed };
        consumed = counter.bytes;
      }
    } else {
      for await (const entry of lines(counted(createReadStream(file), counter))) {
        if (entry.kind === 'record') records += 1;
        yield entry;
      }
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    yield { kind: 'unreadable', file, records, bytes: counter.bytes, reason };
  }
}

/**
 * Every item of every input, in order; standard input when no file is given.
 * @param files - the input files (`-` for standard input)
 * @param stdin - standard input
 * @returns the items
 */
export async function* readInputs(files: readonly string[], stdin: Readable): AsyncGenerator<InputItem> {
  for (const file of files.length === 0 ? ['-'] : files) yield* itemsOf(file, stdin);
}
