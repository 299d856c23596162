import type { Article, Block } from '../model/article';

/**
 * Markdown out: an {@link Article} as CommonMark (GFM-safe) text for LLM pipelines, note apps and static sites.
 * Every character of the article's text that Markdown could read as structure is escaped, so no content can turn
 * into a heading, a list, a link, HTML or a table.
 * @module
 */

/**
 * Options of {@link toMarkdown}.
 * @example
 * ```ts
 * const options: MarkdownOptions = { frontMatter: true, relatedLinks: true };
 * ```
 * @category Output
 */
export interface MarkdownOptions {
  /** Open with a YAML front-matter block (url, title, authors, publishedAt, language, tags). Default `false`. */
  readonly frontMatter?: boolean;
  /** End with the related links as a list under a "Related" heading. Default `false`. */
  readonly relatedLinks?: boolean;
}

/**
 * Escapes text so that Markdown reads it as text: a backslash before every ASCII punctuation mark that can start
 * or end inline structure (emphasis, code, links, HTML, tables, strikethrough), before `&` that would start a
 * character reference, in what GFM would autolink (`://`, `www.`, `@`), and before the marks that open a block at the start of a line (headings, lists, block
 * quotes, thematic breaks, ordered-list numbers). Whitespace runs (line breaks included) become one space.
 *
 * @param text - plain text
 * @returns the same text as Markdown inline content
 * @example
 * ```ts
 * escapeMarkdown('# 1. *not* a <b>heading</b>'); //=> '\\# 1\\. \\*not\\* a \\<b\\>heading\\</b\\>'
 * ```
 * @category Output
 */
export function escapeMarkdown(text: string): string {
  const escaped = text
    .replace(/\s+/gu, ' ')
    .trim()
    .replace(/[\\`*_[\]<>#|~]/gu, '\\$&')
    .replace(/&(?=#?[\da-z]+;)/giu, '\\&')
    // GFM turns bare URLs and e-mail addresses into links, and reads escapes inside them as part of the URL.
    .replace(/:(?=\/\/)|@/gu, '\\$&')
    .replace(/(www)\./giu, '$1\\.');
  // At the start of a line: a list bullet, a thematic break or setext underline, an ordered-list number.
  return escaped.replace(/^[-+=]/u, '\\$&').replace(/^(\d{1,9})([.)])/u, '$1\\$2');
}

/** A URL as a link destination: angle brackets keep parentheses and spaces from ending it. */
function destination(url: string): string {
  return `<${url.replace(/[<>\s\\]/gu, encodeURIComponent)}>`;
}

/** The YAML front matter; every value is a JSON string, which YAML reads as the same string. */
function frontMatter(article: Article): string {
  const lines = ['---'];
  const scalar = (key: string, value: string | undefined): void => {
    if (value !== undefined) lines.push(`${key}: ${JSON.stringify(value)}`);
  };
  const list = (key: string, values: readonly string[]): void => {
    if (values.length > 0) lines.push(`${key}:`, ...values.map((value) => `  - ${JSON.stringify(value)}`));
  };
  scalar('url', article.url);
  scalar('title', article.title);
  list('authors', article.authors.map((author) => author.name));
  scalar('publishedAt', article.publishedAt);
  scalar('language', article.language);
  list('tags', article.tags);
  lines.push('---');
  return lines.join('\n');
}

/** The line under the title: the authors and the publication date (`By Jane Roe, John Doe · 2024-01-02`). */
function bylineOf(article: Article): string | undefined {
  const parts: string[] = [];
  if (article.authors.length > 0) parts.push(`By ${article.authors.map((author) => escapeMarkdown(author.name)).join(', ')}`);
  if (article.publishedAt !== undefined) parts.push(article.publishedAt.slice(0, 10));
  return parts.length === 0 ? undefined : parts.join(' · ');
}

/** One body block as Markdown; list items are joined into one list by {@link toMarkdown}. */
function blockToMarkdown(block: Block): string {
  const text = escapeMarkdown(block.text);
  switch (block.type) {
    case 'heading':
      return `## ${text}`;
    case 'quote':
      return `> ${text}`;
    case 'list-item':
      return `- ${text}`;
    default:
      return text;
  }
}

/**
 * Renders an Article as Markdown (CommonMark, safe under GFM): the title as `#`, a byline and date line, the lead
 * image with its caption, the body (headings as `##`, paragraphs, list items as lists, block quotes as `>`, inline
 * quotes kept as written), and optionally YAML front matter and the related links. Pure; blocks whose text is
 * empty are skipped.
 *
 * @param article - the Article
 * @param options - front matter and related links, both off by default
 * @returns the Markdown text, ending with a line break
 * @example
 * ```ts
 * import { parseArticle } from 'scraped-article';
 * import { toMarkdown } from 'scraped-article/output';
 *
 * const markdown = toMarkdown(parseArticle(html, { url }), { frontMatter: true });
 * // ---
 * // url: "https://example.com/2024/01/02/story"
 * // title: "A Headline Here"
 * // ---
 * //
 * // # A Headline Here
 * // …
 * ```
 * @category Output
 */
export function toMarkdown(article: Article, options: MarkdownOptions = {}): string {
  const parts: string[] = [];
  if (options.frontMatter === true) parts.push(frontMatter(article));
  const title = article.title === undefined ? '' : escapeMarkdown(article.title);
  if (title.length > 0) parts.push(`# ${title}`);
  const byline = bylineOf(article);
  if (byline !== undefined) parts.push(byline);
  if (article.image !== undefined) parts.push(`![${escapeMarkdown(article.image.caption ?? '')}](${destination(article.image.url)})`);
  let list: string[] = [];
  for (const block of article.body) {
    if (block.text.trim().length === 0) continue;
    const markdown = blockToMarkdown(block);
    if (block.type === 'list-item') {
      list.push(markdown);
      continue;
    }
    if (list.length > 0) parts.push(list.join('\n'));
    list = [];
    parts.push(markdown);
  }
  if (list.length > 0) parts.push(list.join('\n'));
  if (options.relatedLinks === true && article.relatedLinks.length > 0) {
    parts.push('## Related');
    parts.push(article.relatedLinks.map((link) => `- [${escapeMarkdown(link.title ?? link.url)}](${destination(link.url)})`).join('\n'));
  }
  return `${parts.join('\n\n')}\n`;
}
