import { decodeHtmlBytes } from '../encoding/index';

/**
 * Common Crawl's formats as batch input: WARC `response` records with an HTML payload become `{"html"}` records,
 * WET `conversion` records become `{"text"}` records; other record types (requests, metadata, warcinfo) are not
 * articles and are passed over. Gzipped files are read as they are.
 * @module
 */

/** Whether a file name is a WARC or WET file. */
export function isWarcFile(file: string): boolean {
  return /\.(?:warc|wet)(?:\.gz)?$/iu.test(file);
}

/**
 * The batch records (NDJSON lines) a WARC/WET file holds, in file order.
 * @param file - a .warc, .warc.gz, .wet or .wet.gz file
 * @param source - the file's bytes (decompressed)
 * @throws when a record does not start with a `WARC/` version line (the file is not WARC)
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
  for await (const record of parser) {
    if (!record.warcHeaders.statusline.startsWith('WARC/')) throw new Error(`not a WARC record: ${JSON.stringify(record.warcHeaders.statusline.slice(0, 40))}`);
    const type = record.warcType;
    const id = record.warcHeader('WARC-Record-ID') ?? undefined;
    const url = record.warcTargetURI ?? undefined;
    if (type === 'response') {
      const contentType = record.httpHeaders?.headers.get('content-type') ?? '';
      if (!/html/iu.test(contentType)) continue;
      yield JSON.stringify({ id, url, html: decodeHtmlBytes(await record.readFully(true), { contentType }) });
    } else if (type === 'conversion') {
      yield JSON.stringify({ id, url, text: decodeHtmlBytes(await record.readFully(true), { contentType: record.warcContentType }) });
    }
  }
}
