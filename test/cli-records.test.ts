import { describe, expect, it, vi } from 'vitest';
import { processRecordLine } from '../src/cli/records';

// A parser that fails the way a bug would: with an exception that is not an ArticleParseError.
vi.mock('../src/index', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../src/index')>()),
  parseArticle: (input: string) => {
    if (input === 'crash') throw new TypeError('cannot read properties of undefined');
    throw new RangeError('maximum call stack size exceeded');
  },
}));

describe('batch record errors', () => {
  it('turns an unexpected exception into an INTERNAL_ERROR line with the record id, not a stopped batch', () => {
    expect(JSON.parse(processRecordLine('{"id": "a1", "text": "crash"}', 3))).toEqual({
      id: 'a1',
      error: { code: 'INTERNAL_ERROR', message: 'cannot read properties of undefined' },
    });
    expect(JSON.parse(processRecordLine('{"html": "<p>x</p>"}', 7))).toEqual({
      id: 'line:7',
      error: { code: 'INTERNAL_ERROR', message: 'maximum call stack size exceeded' },
    });
  });
});
