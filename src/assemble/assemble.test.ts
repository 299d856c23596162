import { describe, expect, it } from 'vitest';
import { assembleArticle } from './assemble';
import { SAMPLE_LENGTH, detectLanguage } from '../fields/detect-language';
import type { Draft, RawChunk } from '../model/draft';

/** A draft with only a body. */
function draftOf(chunks: readonly RawChunk[]): Draft {
  return { format: 'html', layout: 'html', kind: { kind: 'article', confidence: 1 }, scalars: [], lists: [], body: { chunks }, leftovers: [], context: [] };
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
});
