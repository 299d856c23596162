import { DefuddleClass } from 'defuddle/node';
import { parseHTML } from 'linkedom';
import type { Article } from '../../src/index';
import { peerArticle } from './peer';

/**
 * Defuddle (the extractor behind Obsidian's Web Clipper) on linkedom, the DOM its README names first for Node, with
 * the two polyfills its own string entry applies (linkedom has no `styleSheets` nor `getComputedStyle`). On jsdom it
 * is 5–20× slower than Readability (its hidden-element pass calls jsdom's `getComputedStyle` on every element).
 * The synchronous `parse()` is used: `parseAsync()` may fetch from the network for some sites, which an evaluation
 * must not do.
 */
function defuddle(html: string, url?: string): ReturnType<DefuddleClass['parse']> {
  const { document } = parseHTML(html);
  const patchable = document as unknown as { styleSheets?: unknown; URL: string; defaultView?: { getComputedStyle?: unknown } | null };
  patchable.styleSheets ??= [];
  if (patchable.defaultView && patchable.defaultView.getComputedStyle === undefined) patchable.defaultView.getComputedStyle = () => ({ display: '' });
  // As Defuddle's own Node entry does: without a URL, `about:blank` (an unset one makes it throw).
  patchable.URL = url ?? 'about:blank';
  // Defuddle logs malformed JSON-LD and the like to the console: kept out of the tables (it goes on regardless).
  const { error, warn } = console;
  console.error = console.warn = (): void => undefined;
  try {
    return new DefuddleClass(document as unknown as Document, { url: patchable.URL }).parse();
  } finally {
    Object.assign(console, { error, warn });
  }
}

/**
 * Only what a Defuddle user pays per page: linkedom's parse and `Defuddle#parse()` (for timing).
 *
 * @returns the length of the extracted content, so the work cannot be optimised away
 */
export function runDefuddle(html: string, url?: string): number {
  return defuddle(html, url).content.length;
}

/**
 * Parses a page with Defuddle + linkedom and maps its result onto the fields the evaluation scores.
 * For comparison only (a devDependency); never part of the library.
 */
export function parseWithDefuddle(html: string, url?: string): Article {
  const result = defuddle(html, url);
  return peerArticle({
    content: result.content,
    title: result.title,
    byline: result.author,
    description: result.description,
    publishedAt: result.published,
    language: result.language,
    siteName: result.site,
  }, url);
}
