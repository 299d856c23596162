import { Readability } from '@mozilla/readability';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { Article } from '../../src/index';
import { peerArticle } from './peer';

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
  const dom = new JSDOM(html, { virtualConsole: new VirtualConsole(), ...(url === undefined ? {} : { url }) });
  const result = new Readability(dom.window.document).parse();
  dom.window.close();
  return peerArticle(result === null ? null : {
    content: result.content,
    title: result.title,
    byline: result.byline,
    description: result.excerpt,
    publishedAt: result.publishedTime,
    language: result.lang,
    siteName: result.siteName,
  }, url);
}
