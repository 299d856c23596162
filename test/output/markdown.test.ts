import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type Article, parseArticle } from '../../src/index';
import { escapeMarkdown, toMarkdown } from '../../src/output/index';
import { arbitraryArticle, hostileText } from './arbitrary-article';
import { expectedBlocks, readBack, splitFrontMatter } from './markdown-structure';

const base: Article = parseArticle('A Title\n\nThe body.');
const article = (fields: Partial<Article>): Article => ({ ...base, ...fields });

describe('toMarkdown', () => {
  it('writes title, byline and date, image, headings, paragraphs, lists and block quotes', () => {
    const markdown = toMarkdown(
      article({
        title: 'A Headline',
        authors: [{ name: 'Jane Roe' }, { name: 'John Doe' }],
        publishedAt: '2024-01-02T10:00:00.000Z',
        image: { url: 'https://example.com/a (1).jpg', caption: 'The lead' },
        body: [
          { type: 'paragraph', text: 'First “quoted,” she said.' },
          { type: 'heading', text: 'Part two' },
          { type: 'list-item', text: 'one' },
          { type: 'list-item', text: 'two' },
          { type: 'quote', text: 'A block quote.' },
        ],
      }),
    );
    expect(markdown).toBe(
      '# A Headline\n\nBy Jane Roe, John Doe · 2024-01-02\n\n![The lead](<https://example.com/a%20(1).jpg>)\n\n' +
        'First “quoted,” she said.\n\n## Part two\n\n- one\n- two\n\n> A block quote.\n',
    );
  });

  it('writes front matter and related links only when asked', () => {
    const input = article({
      url: 'https://example.com/story',
      title: 'Say "hi"',
      authors: [{ name: 'Jane Roe' }],
      tags: ['a', 'b'],
      language: 'en',
      relatedLinks: [{ url: 'https://example.com/other', title: 'Other [story]' }],
    });
    expect(toMarkdown(input)).not.toContain('---');
    expect(toMarkdown(input)).not.toContain('Related');
    const markdown = toMarkdown(input, { frontMatter: true, relatedLinks: true });
    expect(markdown.startsWith('---\nurl: "https://example.com/story"\ntitle: "Say \\"hi\\""\nauthors:\n  - "Jane Roe"\nlanguage: "en"\ntags:\n  - "a"\n  - "b"\n---\n\n# Say "hi"')).toBe(true);
    expect(markdown.endsWith('## Related\n\n- [Other \\[story\\]](<https://example.com/other>)\n')).toBe(true);
    expect(splitFrontMatter(markdown).fields).toEqual({ url: 'https://example.com/story', title: 'Say "hi"', authors: ['Jane Roe'], language: 'en', tags: ['a', 'b'] });
  });

  it('escapes what would be structure', () => {
    expect(escapeMarkdown('# 1. *not* a <b>heading</b> | x')).toBe('\\# 1. \\*not\\* a \\<b\\>heading\\</b\\> \\| x');
    expect(escapeMarkdown('1) step')).toBe('1\\) step');
    expect(escapeMarkdown('- item')).toBe('\\- item');
    expect(escapeMarkdown('AT&T &amp; &#65;')).toBe('AT&T \\&amp; &\\#65;');
    expect(escapeMarkdown('a\n\n# b')).toBe('a \\# b');
    const { title, ...untitled } = base;
    expect(title).toBe('A Title');
    const hostile: Article = { ...untitled, body: [{ type: 'paragraph', text: '---' }, { type: 'paragraph', text: '[x](javascript:alert(1)) <script>' }] };
    expect(readBack(toMarkdown(hostile))).toEqual([{ type: 'paragraph', text: '---' }, { type: 'paragraph', text: '[x](javascript:alert(1)) <script>' }]);
  });

  it('reads back as the same blocks and text for any Article (property, CommonMark + GFM parser)', () => {
    fc.assert(
      fc.property(arbitraryArticle, fc.boolean(), fc.boolean(), (generated, frontMatter, relatedLinks) => {
        const options = { frontMatter, relatedLinks };
        const { fields, rest } = splitFrontMatter(toMarkdown(generated, options));
        expect(readBack(rest)).toEqual(expectedBlocks(generated, options));
        if (frontMatter) expect(fields['title']).toBe(generated.title);
      }),
      { numRuns: Number(process.env.FAST_CHECK_RUNS ?? 1000), seed: Number(process.env.FAST_CHECK_SEED ?? 20261201) },
    );
  }, 120_000);

  it('escaped text reads back as itself (property)', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const markdown = escapeMarkdown(text);
        const expected = text.replace(/\s+/gu, ' ').trim().replaceAll('\u0000', '\uFFFD');
        expect(readBack(markdown)).toEqual(expected.length === 0 ? [] : [{ type: 'paragraph', text: expected }]);
      }),
      { numRuns: Number(process.env.FAST_CHECK_RUNS ?? 1500), seed: Number(process.env.FAST_CHECK_SEED ?? 20261201) },
    );
  });
});
