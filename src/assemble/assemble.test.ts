import { describe, expect, it } from 'vitest';
import { assembleArticle } from './assemble';
import { SAMPLE_LENGTH, detectLanguage } from '../fields/detect-language';
import type { Draft, RawChunk, ScalarCandidate } from '../model/draft';

/** A draft with only a body. */
function draftOf(chunks: readonly RawChunk[], scalars: readonly ScalarCandidate[] = []): Draft {
  return { format: 'html', layout: 'html', kind: { kind: 'article', confidence: 1 }, scalars, lists: [], body: { chunks }, leftovers: [], context: [] };
}

describe('assembleArticle', () => {
  it('detects the language from the start of a long body, as from the whole body joined', () => {
    const english = Array.from({ length: 400 }, (_, index) => `The council said on day ${index} that it was not for the town to pay.`);
    const french = Array.from({ length: SAMPLE_LENGTH }, (_, index) => `Le conseil a dit le jour ${index} que ce ne sont pas les villes qui paient.`);
    const article = assembleArticle(draftOf([...english, ...french].map((text) => ({ text }))), undefined);
    expect(article.language).toBe('en');
    expect(article.language).toBe(detectLanguage(['', '', ...article.paragraphs].join('\n')));
    expect(article.paragraphs).toHaveLength(400 + SAMPLE_LENGTH);
  });

  it('detects it when tiny paragraphs fill the sample before any prose', () => {
    const article = assembleArticle(draftOf([...Array.from({ length: SAMPLE_LENGTH }, () => ({ text: 'x' })), { text: 'Le conseil a dit que ce ne sont pas les villes qui paient.' }]), undefined);
    // The sample is ten thousand `x`, no function word: no language, however much French follows.
    expect(article.language).toBeUndefined();
    expect(detectLanguage(['', '', ...article.paragraphs].join('\n'))).toBeUndefined();
    expect(article.paragraphs).toHaveLength(SAMPLE_LENGTH + 1);
  });

  it('names its own fallbacks as the origins of fields no candidate gave, in order, and a candidate’s origin over them', () => {
    const chunks = [{ text: 'The council said on Monday that it was not for the town to pay for the new road.' }];
    const fallback = assembleArticle(draftOf(chunks), 'https://example.com/2024/01/02/road');
    expect(fallback.source.fields).toEqual({
      description: 'body:first paragraph',
      language: 'text:detected',
      url: 'options.url',
      publishedAt: 'url:path date',
    });
    expect(Object.keys(fallback.source.fields)).toEqual(['description', 'language', 'url', 'publishedAt']);
    const declared = assembleArticle(draftOf(chunks, [{ field: 'description', value: 'A road.', origin: { source: 'html:meta description' }, score: 1 }]), undefined);
    expect(declared.source.fields).toEqual({ description: 'html:meta description', language: 'text:detected' });
  });

  it('describes the article by its first paragraph of eight words or more, else its first paragraph', () => {
    const short = ['x', 'A b c d e f g', '日本語の文章です', 'One two three four five six seven eight.'].map((text) => ({ text }));
    expect(assembleArticle(draftOf(short), undefined).description).toBe('日本語の文章です');
    expect(assembleArticle(draftOf(short.slice(0, 2)), undefined).description).toBe('x');
  });

  it('counts the words of every block but lists only the paragraphs, in order', () => {
    const chunks: RawChunk[] = [
      { text: 'A Heading Here', type: 'heading' },
      { text: 'One two three.' },
      { text: 'An item', type: 'list-item' },
      { text: 'Four five.' },
    ];
    const article = assembleArticle(draftOf(chunks), undefined);
    expect(article.body.map((block) => block.type)).toEqual(['heading', 'paragraph', 'list-item', 'paragraph']);
    expect(article.paragraphs).toEqual(['One two three.', 'Four five.']);
    expect(Object.keys(article.paragraphs)).toEqual(['0', '1']);
    expect(article.wordCount).toBe(10);
  });
});
