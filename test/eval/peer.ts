import { JSDOM } from 'jsdom';
import type { Article } from '../../src/index';

/** Block-level elements whose text makes the body, as the corpus truth was made. */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, th, dd, dt';

/** What a comparison extractor (Readability.js, Defuddle) returns, reduced to the fields the evaluation scores. */
export interface PeerResult {
  readonly content?: string | null | undefined;
  readonly title?: string | null | undefined;
  readonly byline?: string | null | undefined;
  readonly description?: string | null | undefined;
  readonly publishedAt?: string | null | undefined;
  readonly language?: string | null | undefined;
  readonly siteName?: string | null | undefined;
}

/** The innermost text blocks of an extractor's content HTML, one paragraph each (the way the corpus truth was made). */
function bodyOf(content: string | null | undefined): { type: 'paragraph'; text: string }[] {
  const body: { type: 'paragraph'; text: string }[] = [];
  if (content === undefined || content === null || content.length === 0) return body;
  const dom = new JSDOM(content);
  for (const element of dom.window.document.querySelectorAll(BLOCKS)) {
    if (element.querySelector(BLOCKS) !== null) continue;
    const text = (element.textContent ?? '').replace(/\s+/gu, ' ').trim();
    if (text.length > 0) body.push({ type: 'paragraph', text });
  }
  dom.window.close();
  return body;
}

/**
 * Maps a comparison extractor's result onto an `Article`, so the evaluation scores it like ours.
 * For comparison only (devDependencies); never part of the library.
 */
export function peerArticle(result: PeerResult | null | undefined, url?: string): Article {
  const body = bodyOf(result?.content);
  const byline = result?.byline?.replace(/^by\s+/iu, '').trim();
  const authors = byline === undefined || byline.length === 0 ? [] : byline.split(/,| and | & /u).map((name) => ({ name: name.trim() })).filter((author) => author.name.length > 0);
  const optional = {
    title: result?.title,
    description: result?.description,
    publishedAt: result?.publishedAt,
    language: result?.language,
    siteName: result?.siteName,
  };
  const present = Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined && value !== null && value !== ''));
  return {
    ...present,
    ...(url === undefined ? {} : { url }),
    tags: [], keywords: [], authors, images: [], body, paragraphs: body.map((block) => block.text), quotes: [], relatedLinks: [],
    wordCount: 0, leftovers: [], source: { format: 'html', layout: 'html', kind: 'article', confidence: 1, fields: {} },
  } as Article;
}
