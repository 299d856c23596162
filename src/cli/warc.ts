import { decodeHtmlBytes } from '../encoding/index';

/**
 * Common Crawl's formats as batch input: WARC `response` records with an HTML payload become `{"html"}` records,
 * WET `conversion` records become `{"text"}` records; other record types (requests, metadata, warcinfo) are not
 * articles and are passed over. Gzipped files are read as they are. A record whose `Content-Length` runs past the end
 * of the file (a truncated download) fails the file after the records before it, as a damaged gzip stream does.
 * @module
 */

/** Whether a file name is a WARC or WET file. */
export function isWarcFile(file: string): boolean {
  return /\.(?:warc|wet)(?:\.gz)?$/iu.test(file);
}

/** What this module reads of warcio's record reader: the limit below (warcio types the reader as either iterable). */
interface ReaderLimit {
  /** Bytes of the record's content the file has not delivered yet (0 once it is read through). */
  readonly limit?: number;
}

/** The part of warcio's record reader this module reads: the bytes of the record still to come. */
type RecordReader = (AsyncIterable<Uint8Array> | Iterable<Uint8Array>) & ReaderLimit;

/**
 * Reads the rest of a record's content through and fails when the file ended before its `Content-Length` did.
 * (warcio itself would spin forever skipping past the end of a truncated record it was not asked to read.)
 */
async function drain(reader: RecordReader, number: number, declared: number): Promise<void> {
  if ((reader.limit ?? 0) > 0) for await (const chunk of reader) void chunk;
  truncation(reader, number, declared);
}

/** Fails when the record's reader still expects bytes the file does not have. */
function truncation(reader: RecordReader, number: number, declared: number): void {
  const missing = reader.limit ?? 0;
  if (missing > 0) throw new Error(`WARC record ${number} is truncated: its Content-Length (${declared} bytes) runs ${missing} byte${missing === 1 ? '' : 's'} past the end of the file`);
}

/**
 * The batch records (NDJSON lines) a WARC/WET file holds, in file order.
 * @param file - a .warc, .warc.gz, .wet or .wet.gz file
 * @param source - the file's bytes (decompressed)
 * @throws when a record does not start with a `WARC/` version line (the file is not WARC), has no `Content-Length`,
 * or is cut short by the end of the file
 * @returns the record lines
 */
export async function* warcRecordLines(file: string, source: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  // warcio is an optional peer dependency: only WARC users need it (and its dependencies).
  let warcio: typeof import('warcio');
  try {
    warcio = await import('warcio');
  } catch {
    throw new Error(`reading ${file} needs the optional package warcio: npm install warcio`);
  }
  const parser = new warcio.WARCParser(source);
  let number = 0;
  for await (const record of parser) {
    number += 1;
    if (!record.warcHeaders.statusline.startsWith('WARC/')) throw new Error(`not a WARC record: ${JSON.stringify(record.warcHeaders.statusline.slice(0, 40))}`);
    // Content-Length is mandatory; a header block cut short by the end of the file has none.
    if ((record.warcHeader('Content-Length') ?? undefined) === undefined) throw new Error(`WARC record ${number} has no Content-Length (its header is cut short or invalid)`);
    const declared = record.warcContentLength;
    // The raw reader, taken before any decoding starts, tells how much of the record the file still owes.
    const reader: RecordReader = record.reader;
    const type = record.warcType;
    const id = record.warcHeader('WARC-Record-ID') ?? undefined;
    const url = record.warcTargetURI ?? undefined;
    const contentType = type === 'response' ? (record.httpHeaders?.headers.get('content-type') ?? '') : undefined;
    if (type === 'response' && /html/iu.test(contentType ?? '')) {
      const html = decodeHtmlBytes(await record.readFully(true), { contentType: contentType ?? '' });
      truncation(reader, number, declared);
      yield JSON.stringify({ id, url, html });
    } else if (type === 'conversion') {
      const text = decodeHtmlBytes(await record.readFully(true), { contentType: record.warcContentType });
      truncation(reader, number, declared);
      yield JSON.stringify({ id, url, text });
    } else await drain(reader, number, declared);
  }
}
