import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../index';
import { serialiseContent } from './blocks';
import { textOf } from './dom';

describe('serialising content', () => {
  it('writes the quotation marks a <q> renders into the text', () => {
    const document = parseDocument('<p>The mayor said <q>we will rebuild the bridge</q> on Monday.</p>');
    const { chunks } = serialiseContent(document.children);
    expect(chunks.map((chunk) => chunk.text)).toEqual(['The mayor said “we will rebuild the bridge” on Monday.']);
  });

  it('gives a chunk like the one before it as that chunk again, and a different one as its own', () => {
    const document = parseDocument('<p>x</p><p>x</p><li>x</li><p>x</p><p>y</p>');
    const { chunks } = serialiseContent(document.children);
    expect(chunks.map((chunk) => `${chunk.type ?? ''}:${chunk.text}`)).toEqual(['paragraph:x', 'paragraph:x', 'list-item:x', 'paragraph:x', 'paragraph:y']);
    expect(chunks.map((chunk, index) => chunk === chunks[index - 1])).toEqual([false, true, false, false, false]);
  });

  it('writes them once when the same tree is serialised again (a retry on a thin first result)', () => {
    const document = parseDocument('<p>She answered <q>not yet</q> and left.</p>');
    serialiseContent(document.children);
    const { chunks } = serialiseContent(document.children);
    expect(chunks.map((chunk) => chunk.text)).toEqual(['She answered “not yet” and left.']);
  });

  it('writes them at serialisation and leaves the tree as parsed (inline runs, nested blocks, captions)', () => {
    const document = parseDocument('<div><div>He said <q>go</q>.</div><p>Then <q>stop <q>now</q></q>.</p><figure><img src="https://example.com/a.jpg"><figcaption>A sign: <q>closed</q></figcaption></figure></div>');
    const { chunks } = serialiseContent(document.children);
    expect(chunks.map((chunk) => chunk.text)).toEqual(['He said “go”.', 'Then “stop “now””.', 'A sign: “closed”']);
    expect(textOf(document.children)).toBe('He said go.Then stop now.A sign: closed');
  });

  it('gives a <q> in an article one quotation with its speaker', () => {
    const sentence = 'The council met on Tuesday, heard the engineers, and agreed after a long debate that the work would go on.';
    const html = `<html><body><article><p>${sentence}</p><p>Mayor Jane Roe said <q>we will rebuild the bridge by spring</q> after the vote.</p><p>${sentence}</p></article></body></html>`;
    const article = parseArticle(html, { url: 'https://example.com/news/bridge' });
    expect(article.quotes.map((quote) => quote.text)).toEqual(['we will rebuild the bridge by spring']);
    expect(article.body.some((block) => block.text.includes('““'))).toBe(false);
  });
});
