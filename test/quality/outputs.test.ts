import { beforeAll, describe, expect, it } from 'vitest';
import { buildArticleSchema } from '../../scripts/article-schema';
import { type Article, parseArticle } from '../../src/index';
import { toMarkdown } from '../../src/output/index';
import { KINDS, inputOf, loadCorpus } from '../eval/corpus';
import { kindCases, scoreKinds } from '../eval/kinds';
import { expectedMetadata, roundTripMetadata } from '../output/json-ld-round-trip';
import { expectedBlocks, readBack, splitFrontMatter } from '../output/markdown-structure';
import { articleValidator } from '../output/article-validator';

/**
 * The output formats and kind detection on every case of ../shared/corpus, in every input kind: the Markdown reads
 * back as the Article's blocks, the JSON-LD round-trips its metadata, the Article validates against the JSON Schema,
 * and `source.kind` holds its precision and recall (over the corpus and the labelled non-articles of
 * test/fixtures/kinds). `npm run test:quality`: needs the corpus.
 */
const cases = loadCorpus();
const articles: { id: string; article: Article }[] = [];

describe('outputs and kinds on the corpus', () => {
  beforeAll(() => {
    for (const testCase of cases) {
      for (const kind of KINDS) {
        const input = inputOf(testCase, kind);
        if (input !== undefined) articles.push({ id: `${testCase.id} (${kind})`, article: parseArticle(input, { ...(testCase.truth.url === undefined ? {} : { url: testCase.truth.url }) }) });
      }
    }
  }, 600_000);

  it('parses every input', () => {
    expect(articles.length).toBeGreaterThanOrEqual(93 * 4 + 23);
  });

  it('Markdown reads back as the same blocks and text (CommonMark + GFM parser)', () => {
    for (const { id, article } of articles) {
      const options = { frontMatter: true, relatedLinks: true };
      const { fields, rest } = splitFrontMatter(toMarkdown(article, options));
      expect(readBack(rest), id).toEqual(expectedBlocks(article, options));
      expect(fields['title'], id).toBe(article.title);
    }
  }, 300_000);

  it('JSON-LD round-trips the metadata through a page whose only metadata it is', () => {
    for (const { id, article } of articles) expect(roundTripMetadata(article), id).toEqual(expectedMetadata(article));
  }, 300_000);

  it('every Article validates against the JSON Schema', () => {
    const check = articleValidator(buildArticleSchema());
    for (const { id, article } of articles) expect(check(article), id).toBeUndefined();
  }, 300_000);

  it('kind detection: precision and recall of article ≥ 0.95 per input kind, isProbablyArticle agrees', () => {
    for (const score of scoreKinds(kindCases(cases))) {
      expect(score.precision, score.kind).toBeGreaterThanOrEqual(0.95);
      expect(score.recall, score.kind).toBeGreaterThanOrEqual(0.95);
      expect(score.agreement, score.kind).toBe(1);
    }
  }, 600_000);
});
