/**
 * scraped-article/output: what to do next with an `Article` — Markdown for LLM pipelines and note apps,
 * schema.org JSON-LD for publishing. A separate entry point, so that a user who only parses pays nothing for it.
 *
 * @example
 * ```ts
 * import { parseArticle } from 'scraped-article';
 * import { toJsonLd, toMarkdown } from 'scraped-article/output';
 *
 * const article = parseArticle(html, { url });
 * const markdown = toMarkdown(article, { frontMatter: true });
 * const jsonLd = toJsonLd(article);
 * ```
 * @packageDocumentation
 */

export { escapeMarkdown, toMarkdown } from './markdown';
export type { MarkdownOptions } from './markdown';
export { toJsonLd } from './json-ld';
export type { ArticleJsonLd, ArticleJsonLdType, JsonLdImage, JsonLdOrganization, JsonLdPerson, JsonLdSpeakable, JsonLdWebPage } from './json-ld';
