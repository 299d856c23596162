import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from './parse-document';
import { visibleText } from './visible-text';

describe('the text a page shows', () => {
  it('puts blocks on lines of their own (a blank line between two), and leaves out what shows nothing', () => {
    const document = parseHtmlDocument('<div>By <b>Ann Lee</b></div><p>First  line<br>second</p><script>x()</script><p hidden>no</p><ul><li>one</li><li>two</li></ul>');
    expect(visibleText(document)).toBe('By Ann Lee\n\nFirst line\nsecond\n\none\n\ntwo');
  });

  it('cuts a giant text node at the limit and reads nothing after it', () => {
    const shown = visibleText(parseHtmlDocument(`<p>Dateline</p><p>${'word '.repeat(100_000)}</p><p>After</p>`));
    expect(shown.startsWith('Dateline\n\nword word')).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(200_000 + '\n\n'.length);
    expect(shown.length).toBeGreaterThan(190_000);
    expect(shown).not.toContain('After');
  });
});
