import type { Nodes, Parents, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import type { Article } from '../../src/index';
import type { MarkdownOptions } from '../../src/output/markdown';

/**
 * The round-trip check of `toMarkdown`: the Markdown is parsed back with a CommonMark + GFM parser (micromark), and
 * its block structure and text must equal the Article's. Inline structure other than plain text (and GFM's
 * autolinked bare URLs, which keep their text) means content injected markup.
 */

/** One top-level block as read back: its kind and its text. */
export interface ReadBlock {
  readonly type: 'title' | 'image' | 'heading' | 'paragraph' | 'quote' | 'list-item';
  readonly text: string;
}

/** Whitespace as `toMarkdown` writes it (runs collapsed) and NUL as CommonMark reads it (U+FFFD). */
function normal(text: string): string {
  return text.replace(/\s+/gu, ' ').trim().replaceAll('\u0000', '\uFFFD');
}

/** The blocks the Markdown of an Article must read back as. */
export function expectedBlocks(article: Article, options: MarkdownOptions = {}): ReadBlock[] {
  const blocks: ReadBlock[] = [];
  if (article.title !== undefined && normal(article.title).length > 0) blocks.push({ type: 'title', text: normal(article.title) });
  const byline = [
    ...(article.authors.length > 0 ? [`By ${article.authors.map((author) => normal(author.name)).join(', ')}`] : []),
    ...(article.publishedAt === undefined ? [] : [article.publishedAt.slice(0, 10)]),
  ];
  if (byline.length > 0) blocks.push({ type: 'paragraph', text: byline.join(' · ') });
  if (article.image !== undefined) blocks.push({ type: 'image', text: normal(article.image.caption ?? '') });
  for (const block of article.body) {
    if (block.text.trim().length > 0) blocks.push({ type: block.type, text: normal(block.text) });
  }
  if (options.relatedLinks === true && article.relatedLinks.length > 0) {
    blocks.push({ type: 'heading', text: 'Related' });
    for (const link of article.relatedLinks) blocks.push({ type: 'list-item', text: normal(link.title ?? link.url) });
  }
  return blocks;
}

/** The text of a node; throws on inline structure that plain text must never produce. */
function textOf(node: Nodes, allowed: ReadonlySet<string>): string {
  if (node.type === 'text') return node.value;
  if (!allowed.has(node.type)) throw new Error(`unexpected inline ${node.type}`);
  if (node.type === 'image') return node.alt ?? '';
  if ('children' in node) return (node as Parents).children.map((child) => textOf(child as Nodes, allowed)).join('');
  throw new Error(`unexpected inline ${node.type}`);
}

const PLAIN = new Set(['paragraph', 'heading', 'link']);

/** A paragraph's text, or an image's alt text when the paragraph is one image. */
function paragraphBlock(node: Nodes): ReadBlock {
  if (node.type !== 'paragraph') throw new Error(`expected a paragraph, got ${node.type}`);
  const only = node.children[0];
  if (node.children.length === 1 && only?.type === 'image') return { type: 'image', text: only.alt ?? '' };
  return { type: 'paragraph', text: textOf(node, PLAIN) };
}

/**
 * Parses Markdown back into top-level blocks.
 *
 * @param markdown - the output of `toMarkdown` (without front matter)
 * @returns the blocks, in order
 */
export function readBack(markdown: string): ReadBlock[] {
  const tree: Root = fromMarkdown(markdown, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  const blocks: ReadBlock[] = [];
  for (const node of tree.children) {
    switch (node.type) {
      case 'heading':
        if (node.depth !== 1 && node.depth !== 2) throw new Error(`heading of depth ${node.depth}`);
        blocks.push({ type: node.depth === 1 ? 'title' : 'heading', text: textOf(node, PLAIN) });
        break;
      case 'paragraph':
        blocks.push(paragraphBlock(node));
        break;
      case 'blockquote':
        if (node.children.length !== 1) throw new Error('a block quote of several blocks');
        blocks.push({ type: 'quote', text: paragraphBlock(node.children[0] as Nodes).text });
        break;
      case 'list':
        for (const item of node.children) {
          if (item.children.length !== 1 || item.checked !== null && item.checked !== undefined) throw new Error('a list item that is not one paragraph');
          blocks.push({ type: 'list-item', text: paragraphBlock(item.children[0] as Nodes).text });
        }
        break;
      default:
        throw new Error(`unexpected block ${node.type}`);
    }
  }
  return blocks;
}

/** Splits the YAML front matter off: its lines as key/value pairs (values parsed as JSON), and the rest. */
export function splitFrontMatter(markdown: string): { fields: Record<string, unknown>; rest: string } {
  if (!markdown.startsWith('---\n')) return { fields: {}, rest: markdown };
  const end = markdown.indexOf('\n---\n', 3);
  const fields: Record<string, unknown> = {};
  let key = '';
  for (const line of markdown.slice(4, end).split('\n')) {
    const item = /^ {2}- (.*)$/u.exec(line);
    if (item !== null) (fields[key] as unknown[]).push(JSON.parse(item[1] ?? ''));
    else {
      const [, name = '', value = ''] = /^(\w+):(?: (.*))?$/u.exec(line) ?? [];
      key = name;
      fields[key] = value === '' ? [] : JSON.parse(value);
    }
  }
  return { fields, rest: markdown.slice(end + 5) };
}
