import fc from 'fast-check';
import type { Article, Block, BlockType } from '../../src/index';

/**
 * Generated Articles for property tests of the output formats: text full of Markdown-active characters, HTML,
 * entity references, line breaks and any Unicode, in every block type.
 */

const MARKDOWN_ACTIVE = [...'\\`*_[]<>#|~-+=!&;:.)(1 \n\t'];
const pieces = fc.constantFrom(
  ...MARKDOWN_ACTIVE,
  '# ', '## ', '- ', '* ', '+ ', '1. ', '2) ', '> ', '```', '~~~', '---', '***', '___', '===', '    code', '<div>', '<!--', '-->',
  '<https://example.com>', '[a](b)', '![x](y)', '[ref]: /url', '&amp;', '&#65;', '&#x41;', '&copy;', '| a | b |', '|---|',
  '[ ] ', '[^1]', 'www.example.com', 'a@b.co', '~~gone~~', '**bold**', '_em_', 'word', 'Word', '“quoted,” she said', '\u0000', '\u00a0',
);
/** Text of any characters, weighted towards what Markdown reads as structure. */
export const hostileText: fc.Arbitrary<string> = fc.oneof(
  fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join('')),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.string({ maxLength: 30 }),
);
const nonEmpty = hostileText.filter((text) => text.trim().length > 0);
const blockType: fc.Arbitrary<BlockType> = fc.constantFrom('paragraph', 'heading', 'quote', 'list-item');
const block: fc.Arbitrary<Block> = fc.record({ type: blockType, text: hostileText });
const url = fc.webUrl({ withQueryParameters: true, withFragments: true });
const iso = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2090-01-01T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString());

/** An Article with any text in every field (not necessarily one the parser would produce). */
export const arbitraryArticle: fc.Arbitrary<Article> = fc
  .record(
    {
      url,
      title: nonEmpty,
      description: nonEmpty,
      publishedAt: iso,
      language: fc.constantFrom('en', 'fr', 'pt-BR'),
      tags: fc.array(nonEmpty, { maxLength: 3 }),
      authors: fc.array(fc.record({ name: nonEmpty }), { maxLength: 3 }),
      image: fc.record({ url, caption: nonEmpty }, { requiredKeys: ['url'] }),
      body: fc.array(block, { maxLength: 12 }),
      relatedLinks: fc.array(fc.record({ url, title: nonEmpty }, { requiredKeys: ['url'] }), { maxLength: 3 }),
    },
    { requiredKeys: ['tags', 'authors', 'body', 'relatedLinks'] },
  )
  .map((fields) => ({
    ...fields,
    keywords: [],
    images: fields.image === undefined ? [] : [fields.image],
    paragraphs: fields.body.filter((item) => item.type === 'paragraph').map((item) => item.text),
    quotes: [],
    wordCount: 0,
    leftovers: [],
    source: { format: 'text', layout: 'plain', kind: 'article', confidence: 1, fields: {} } as const,
  }));
