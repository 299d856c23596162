import { describe, expect, it } from 'vitest';
import { inputOf, loadCorpus } from '../eval/corpus';
import { evaluateKind } from '../eval/evaluate';
import { evaluateQuotes, loadQuoteLabels, summariseQuotes } from '../eval/quotes';
import { evaluateMetaKind, loadMetaCorpus, metaInputOf } from '../eval/meta';
import { loadPolnear, scoreArticle, summarisePolnear } from '../eval/polnear';
import { parseArticle } from '../../src/index';

/**
 * Quality floors on ../shared/corpus (metrics of ../shared/EVAL.md). A change that lowers any of them fails here.
 * Raise a floor when the method improves; never lower one to make a change pass.
 */
const cases = loadCorpus();

describe('quality floors on the corpus', () => {
  it('finds the corpus', () => {
    expect(cases.length).toBeGreaterThanOrEqual(94);
  });

  it('structured dumps (23 cases)', () => {
    const result = evaluateKind(cases, 'structured');
    expect(result.cases).toHaveLength(23);
    expect(result.failures).toBe(0);
    expect(result.fields.title.mean).toBeGreaterThanOrEqual(0.95);
    expect(result.fields.publishedAt.mean).toBeGreaterThanOrEqual(0.95);
    expect(result.fields.authors.mean).toBeGreaterThanOrEqual(0.9);
    expect(result.fields.language.mean).toBeGreaterThanOrEqual(0.95);
    expect(result.fields.url.mean).toBeGreaterThanOrEqual(0.95);
    // The dumps' own article bodies bound body F1 at 0.943 (bbc-1 has no body, tumblr a 289-character excerpt,
    // and the dumps leave out the headings, lists and tables the truth includes); see docs/evaluation.md.
    expect(result.body.f1).toBeGreaterThanOrEqual(0.92);
    expect(result.body.precision).toBeGreaterThanOrEqual(0.96);
  });

  // Page text (issue 3, in progress): floors pinned at the numbers reached so far; raise them as the method improves.
  it.each([
    ['innertext', { body: 0.908, title: 0.494, publishedAt: 0.59, authors: 0.772, language: 0.98 }],
    ['w3m', { body: 0.9, title: 0.515, publishedAt: 0.62, authors: 0.779, language: 0.99 }],
    ['html-to-text', { body: 0.853, title: 0.505, publishedAt: 0.62, authors: 0.749, language: 0.99 }],
  ] as const)('%s page text', (kind, floor) => {
    const result = evaluateKind(cases, kind);
    expect(result.cases).toHaveLength(93);
    expect(result.failures).toBe(0);
    expect(result.body.f1).toBeGreaterThanOrEqual(floor.body);
    expect(result.fields.title.mean).toBeGreaterThanOrEqual(floor.title);
    expect(result.fields.publishedAt.mean).toBeGreaterThanOrEqual(floor.publishedAt);
    expect(result.fields.authors.mean).toBeGreaterThanOrEqual(floor.authors);
    expect(result.fields.language.mean).toBeGreaterThanOrEqual(floor.language);
  });

  it('quotes on the hand-labelled articles (innertext)', () => {
    const labels = loadQuoteLabels();
    expect(labels.filter((label) => label.language === 'en').length).toBeGreaterThanOrEqual(12);
    expect(labels.filter((label) => label.language !== 'en').length).toBeGreaterThanOrEqual(3);
    const summary = summariseQuotes(evaluateQuotes(cases, 'innertext'));
    expect(summary.n).toBe(labels.length);
    expect(summary.f1).toBeGreaterThanOrEqual(0.9);
    expect(summary.speakerAccuracy).toBeGreaterThanOrEqual(0.918);
  });

  it('HTML pages (93 cases)', () => {
    const result = evaluateKind(cases, 'html');
    expect(result.cases).toHaveLength(93);
    expect(result.failures).toBe(0);
    // Issue 14: 0.960 / 0.968 / 0.952 before the conditional cleaning and the fixed container floor; reached
    // 0.975 / 0.989 / 0.961, then 0.9812 / 0.9892 / 0.9733 with split-article siblings, the dense-region fallback and the lede outside the container
    // (the targets are F1 ≥ 0.975, P ≥ 0.98, R ≥ 0.97).
    expect(result.body.f1).toBeGreaterThanOrEqual(0.981);
    expect(result.body.precision).toBeGreaterThanOrEqual(0.989);
    expect(result.body.recall).toBeGreaterThanOrEqual(0.973);
    // This corpus's titles are Readability's (its og:title as written, site name included: `Story | eHow`); issue 13
    // asks for the headline as shown (the <h1> that agrees with og:title/<title>, site name off), which the
    // human-checked ../shared/corpus-meta scores. 0.989 before that change, 0.796 after: the two truths disagree.
    expect(result.fields.title.mean).toBeGreaterThanOrEqual(0.79);
    expect(result.fields.authors.mean).toBeGreaterThanOrEqual(0.923);
    expect(result.fields.publishedAt.mean).toBeGreaterThanOrEqual(0.95);
    expect(result.fields.language.mean).toBeGreaterThanOrEqual(0.95);
    expect(result.fields.description.mean).toBeGreaterThanOrEqual(0.92);
  });
});

/** Comparison form for a repeated headline: NFKC, lower case, letters and digits only. */
const squeeze = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');

describe('the headline is the title, never the first body block (issue 14)', () => {
  it.each([
    ['corpus', cases.map((testCase) => ({ id: testCase.id, html: inputOf(testCase, 'html'), url: testCase.truth.url }))],
    ['corpus-meta', loadMetaCorpus().map((testCase) => ({ id: testCase.id, html: metaInputOf(testCase, 'html'), url: testCase.truth.url }))],
  ] as const)('%s, HTML', (_name, pages) => {
    const withHtml = pages.filter((page) => page.html !== undefined);
    expect(withHtml.length).toBeGreaterThanOrEqual(76);
    const repeated = withHtml.filter((page) => {
      const article = parseArticle(page.html ?? '', page.url === undefined ? { format: 'html' } : { url: page.url, format: 'html' });
      const first = article.body[0];
      return article.title !== undefined && first !== undefined && squeeze(first.text) === squeeze(article.title);
    });
    expect(repeated.map((page) => page.id)).toEqual([]);
  }, 60_000);
});

/**
 * Floors on ../shared/corpus-meta (human-checked metadata of pages from sites the corpus above does not have).
 * Issue 13's targets: page text title ≥ 0.90, authors F1 ≥ 0.85, date ≥ 0.85 (or 0.95 × the share of pages that
 * print the value, where lower); HTML title ≥ 0.90, authors ≥ 0.85, date ≥ 0.90. Pinned at the numbers reached so far.
 */
const metaCases = loadMetaCorpus();

describe('quality floors on the metadata corpus', () => {
  it('finds the metadata corpus', () => {
    expect(metaCases.length).toBeGreaterThanOrEqual(76);
  });

  it.each([
    // innertext bodyIn 0.791 → 0.777: one page whose truth opens on a link line of its header (`原文(投稿日：…)へのリンク`), which
    // the body, opened under the header chosen over the whole page (issue 13), now leaves out with the header.
    // w3m and html-to-text publishedAt 0.891 / 0.875 → 0.875 / 0.859: one study record whose truth is its `Last Update
    // Posted` date; with its headline found (no longer a sponsor's name under `Sponsor:`), the date nearest the
    // headline is its `First Posted` date, as the HTML reading gives.
    ['innertext', { title: 0.902, authors: 0.904, publishedAt: 0.873, bodyIn: 0.777 }],
    ['w3m', { title: 0.89, authors: 0.891, publishedAt: 0.875, bodyIn: 0.763 }],
    ['html-to-text', { title: 0.904, authors: 0.876, publishedAt: 0.859, bodyIn: 0.736 }],
    ['html', { title: 0.9, authors: 0.93, publishedAt: 0.937, bodyIn: 0.847, bodyFirst: 0.805 }],
  ] as const)('%s', (kind, floor) => {
    const result = evaluateMetaKind(metaCases, kind);
    expect(result.failures).toBe(0);
    expect(result.fields.title.mean).toBeGreaterThanOrEqual(floor.title);
    expect(result.fields.authors.mean).toBeGreaterThanOrEqual(floor.authors);
    expect(result.fields.publishedAt.mean).toBeGreaterThanOrEqual(floor.publishedAt);
    expect(result.fields.bodyIn.mean).toBeGreaterThanOrEqual(floor.bodyIn);
    if ('bodyFirst' in floor) expect(result.fields.bodyFirst.mean).toBeGreaterThanOrEqual(floor.bodyFirst);
  }, 60_000);
});

// Issue 12: quotes and speakers on the PolNeAR train split (../shared/quotes-polnear), scored by its README's rules.
// Pinned at the numbers reached, rounded down (recall 0.9809, precision 0.9695, speaker 0.8749, via name 0.9205,
// via pronoun 0.7670, strict 0.8272); the targets are reached: speaker accuracy overall 0.85, where the
// source is a name 0.92 (4721 of 5129), strict 0.75.
const polnear = loadPolnear();
describe.skipIf(polnear.length === 0)('quality floors on PolNeAR quotes', () => {
  it('recall, attributed precision, speaker accuracy (overall and where the source is a name), strict accuracy', () => {
    const summary = summarisePolnear(polnear.map((article) => scoreArticle(article.id, parseArticle(article.text, { format: 'text' }).quotes, article.quotes)));
    expect(summary.articles).toBe(840);
    expect(summary.recall).toBeGreaterThanOrEqual(0.98);
    expect(summary.precision).toBeGreaterThanOrEqual(0.969);
    expect(summary.speaker.right / summary.speaker.n).toBeGreaterThanOrEqual(0.874);
    expect(summary.byVia.name.right / summary.byVia.name.n).toBeGreaterThanOrEqual(0.92);
    expect(summary.byVia.pronoun.right / summary.byVia.pronoun.n).toBeGreaterThanOrEqual(0.766);
    expect(summary.speaker.strict / summary.speaker.n).toBeGreaterThanOrEqual(0.827);
  }, 120_000);
});
