import { getAttributeValue, getElementsByTagName, innerText } from 'domutils';
import { parseDocument } from 'htmlparser2';
import type { Draft, RawChunk, ScalarCandidate } from '../assemble/draft';
import { collapseWhitespace } from '../text/repair';

/**
 * The HTML front end (first version): the document's title, language and canonical link, and the text of its
 * block elements as the body.
 * @module
 */

const BLOCK_TAGS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'blockquote', 'pre']);

/**
 * Reads an HTML document into a draft.
 *
 * @param html - the HTML source
 * @returns the draft
 */
export function readHtml(html: string): Draft {
  const document = parseDocument(html);
  const scalars: ScalarCandidate[] = [];
  const title = getElementsByTagName('title', document, true, 1)[0];
  if (title !== undefined) {
    const text = collapseWhitespace(innerText(title));
    if (text.length > 0) scalars.push({ field: 'title', value: text, origin: 'html:title', score: 1 });
  }
  const root = getElementsByTagName('html', document, true, 1)[0];
  const lang = root === undefined ? undefined : getAttributeValue(root, 'lang');
  if (lang !== undefined && lang.trim().length > 0) scalars.push({ field: 'language', value: lang.trim(), origin: 'html:lang', score: 1 });
  const chunks: RawChunk[] = [];
  const body = getElementsByTagName('body', document, true, 1)[0] ?? document;
  for (const element of getElementsByTagName((name) => BLOCK_TAGS.has(name), body, true)) {
    if (element.children.some((child) => child.type === 'tag' && BLOCK_TAGS.has(child.name))) continue;
    const text = collapseWhitespace(innerText(element));
    if (text.length === 0) continue;
    const type = /^h\d$/u.test(element.name) ? 'heading' : element.name === 'li' ? 'list-item' : element.name === 'blockquote' ? 'quote' : 'paragraph';
    chunks.push({ text, type });
  }
  return { format: 'html', layout: 'html', scalars, lists: [], body: { chunks }, leftovers: [], context: [] };
}
