import { describe, expect, it } from 'vitest';
import { replaceInPieces } from './pieces';

const ENTITY = /&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});?/giu;
const upper = (match: string): string => match.toUpperCase();

describe('replaceInPieces', () => {
  it('gives what one replace gives on a text many pieces long, with matches across every would-be cut', () => {
    // 200k units: several pieces; every reference is 7–8 units, so cuts fall inside references unless made before `&`.
    const text = 'a &amp; b &#8217;c &rsquo;'.repeat(8_000);
    const out = replaceInPieces(text, ENTITY, upper, '&');
    expect(out).toBe(text.replace(ENTITY, upper));
    expect(out.slice(0, 26)).toBe('a &AMP; b &#8217;c &RSQUO;');
  });

  it('returns short texts and texts without the cut character as one replace does', () => {
    expect(replaceInPieces('x &amp; y', ENTITY, upper, '&')).toBe('x &AMP; y');
    const long = 'word '.repeat(30_000);
    expect(replaceInPieces(long, ENTITY, upper, '&')).toBe(long);
    expect(replaceInPieces('', ENTITY, upper, '&')).toBe('');
  });
});
