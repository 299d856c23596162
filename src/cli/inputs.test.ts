import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { type InputItem, readInputs } from './inputs';

/** Every item of standard input made of these chunks. */
async function itemsOf(...chunks: Buffer[]): Promise<InputItem[]> {
  const items: InputItem[] = [];
  for await (const item of readInputs([], Readable.from(chunks))) items.push(item);
  return items;
}

describe('batch input lines', () => {
  it('drops a UTF-8 byte-order mark, takes LF and CRLF, keeps blank lines apart, and counts every byte', async () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"id":"é"}\r\n\n  \n{"id":2}')]);
    // Split inside the BOM-free text and inside the two-byte é, as a stream may.
    const items = await itemsOf(bytes.subarray(0, 9), bytes.subarray(9, 10), bytes.subarray(10));
    expect(items).toEqual([
      { kind: 'record', line: '{"id":"é"}', bytes: 13 },
      { kind: 'blank', bytes: 1 },
      { kind: 'blank', bytes: 3 },
      { kind: 'record', line: '{"id":2}', bytes: 8 },
    ]);
    expect(items.reduce((sum, item) => sum + item.bytes, 0)).toBe(bytes.length - 3);
  });

  it('reports a file it cannot read after what it read before', async () => {
    const items: InputItem[] = [];
    for await (const item of readInputs(['/nonexistent/records.ndjson'], Readable.from([]))) items.push(item);
    expect(items).toEqual([{ kind: 'unreadable', file: '/nonexistent/records.ndjson', records: 0, bytes: 0, reason: expect.stringContaining('ENOENT') }]);
  });
});
