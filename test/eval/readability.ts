import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { Article } from '../../src/index';

/** Block-level elements whose text makes the body, as the corpus truth was made. */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, th, dd, dt';

/**
 * Only what a Readability user pays per page: jsdom's parse and `Readability#parse()` (for timing).
 *
 * @returns the length of the extracted text, so the work cannot be optimised away
 */
export function runReadability(html: string, url?: string): number {
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole(), ...(url === undefined ? {} : { url }) });
  const length = new Readability(dom.window.document).parse()?.textContent?.length ?? 0;
  dom.window.close();
  return length;
}

/**
 * Parses a page with Readability + jsdom and maps its result onto the fields the evaluation scores.
 * For comparison only (a devDependency); never part of the library.
 */
export function parseWithReadability(html: string, url?: string): Article {
  const virtualConsole = new VirtualConsole();
  const dom = new JSDOM(html, { virtualConsole, ...(url === undefined ? {} : { url }) });
  const result = new Readability(dom.window.document).parse();
  const body: { type: 'paragraph'; text: string }[] = [];
  if (result?.content) {
    const content = new JSDOM(result.content).window.document;
    for (const element of content.querySelectorAll(BLOCKS)) {
      if (element.querySelector(BLOCKS) !== null) continue;
      const text = (element.textContent ?? '').replace(/\s+/gu, ' ').trim();
      if (text.length > 0) body.push({ type: 'paragraph', text });
    }
  }
  const byline = result?.byline?.replace(/^by\s+/iu, '').trim();
  const authors = byline === undefined || byline.length === 0 ? [] : byline.split(/,| and | & /u).map((name) => ({ name: name.trim() })).filter((author) => author.name.length > 0);
  const optional = {
    title: result?.title ?? undefined,
    description: result?.excerpt ?? undefined,
    publishedAt: result?.publishedTime ?? undefined,
    language: result?.lang ?? undefined,
    siteName: result?.siteName ?? undefined,
  };
  const present = Object.fromEntries(Object.entries(optional).filter(([, value]) => value !== undefined && value !== null && value !== ''));
  dom.window.close();
  return {
    ...present,
    ...(url === undefined ? {} : { url }),
    tags: [], keywords: [], authors, images: [], body, paragraphs: body.map((block) => block.text), quotes: [], relatedLinks: [],
    wordCount: 0, leftovers: [], source: { format: 'html', layout: 'html', kind: 'article', confidence: 1, fields: {} },
  } as Article;
}
