import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../eval/corpus';
import { evaluateKind } from '../eval/evaluate';
import { evaluateQuotes, loadQuoteLabels, summariseQuotes } from '../eval/quotes';

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
    ['innertext', { body: 0.865, title: 0.44, publishedAt: 0.5, authors: 0.57, language: 0.98 }],
    ['w3m', { body: 0.85, title: 0.43, publishedAt: 0.56, authors: 0.52, language: 0.99 }],
    ['html-to-text', { body: 0.785, title: 0.44, publishedAt: 0.5, authors: 0.44, language: 0.98 }],
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
    expect(summary.speakerAccuracy).toBeGreaterThanOrEqual(0.85);
  });

  it('HTML pages (93 cases)', () => {
    const result = evaluateKind(cases, 'html');
    expect(result.cases).toHaveLength(93);
    expect(result.failures).toBe(0);
    expect(result.body.f1).toBeGreaterThanOrEqual(0.955);
    expect(result.fields.title.mean).toBeGreaterThanOrEqual(0.98);
    expect(result.fields.authors.mean).toBeGreaterThanOrEqual(0.85);
    expect(result.fields.publishedAt.mean).toBeGreaterThanOrEqual(0.95);
    expect(result.fields.language.mean).toBeGreaterThanOrEqual(0.95);
    expect(result.fields.description.mean).toBeGreaterThanOrEqual(0.91);
  });
});
