import { describe, expect, it } from 'vitest';
import { parseArticle } from '../index';
import { foldRepeatedLines } from './repeated-lines';

describe('foldRepeatedLines', () => {
  it('folds a long run of one line into its first line and keeps the copies verbatim', () => {
    const folded = foldRepeatedLines(`Title\n${'ab\n'.repeat(500)}End`);
    expect(folded.text).toBe('Title\nab\nEnd');
    expect(folded.copies).toEqual([`${'ab\n'.repeat(499)}`.slice(0, -1)]);
  });

  it('lets blank lines stand between the copies, and keeps them in the leftover', () => {
    const folded = foldRepeatedLines(`${'Yes.\n\n'.repeat(200)}No.`);
    expect(folded.text).toBe('Yes.\n\nNo.');
    expect(folded.copies[0]?.split('\n\n')).toHaveLength(199);
  });

  it('folds each run on its own, and leaves short runs and alternating lines alone', () => {
    const text = `${'a\n'.repeat(150)}b\n${'c\n'.repeat(150)}${'x\ny\n'.repeat(150)}${'z\n'.repeat(100)}end`;
    const folded = foldRepeatedLines(text);
    expect(folded.text).toBe(`a\nb\nc\n${'x\ny\n'.repeat(150)}${'z\n'.repeat(100)}end`);
    expect(folded.copies).toEqual(['a\n'.repeat(149).slice(0, -1), 'c\n'.repeat(149).slice(0, -1)]);
  });

  it('returns text without such a run as it is', () => {
    const text = 'One line.\nAnother line.\n\nA third.';
    expect(foldRepeatedLines(text)).toEqual({ text, copies: [] });
  });
});

describe('a flood of one tiny line (issue 10)', () => {
  it('reads as the line once, with the copies in the leftovers', () => {
    const article = parseArticle('• x\n'.repeat(10_000));
    expect(article.body).toHaveLength(1);
    expect(article.leftovers).toHaveLength(1);
    expect(article.leftovers[0]?.split('\n')).toHaveLength(9_999);
  });
});
