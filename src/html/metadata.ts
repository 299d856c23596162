import { decodeEntities } from '../text/repair';
import { decodeHtmlReferences } from './references';
import { attr, textOf } from './dom';
import type { ElementIndex } from './element-index';

/**
 * Page metadata outside the article text: `<meta>` values (OpenGraph, Twitter cards, Dublin Core, `article:*`,
 * `parsely-*`, description, author), `<title>`, `<html lang>`, `<link rel=canonical>`, `<base href>`.
 * @module
 */

/** Metadata read from the document's head (and meta tags anywhere). */
export interface PageMetadata {
  /** Meta values by lower-cased name/property (first occurrence wins; repeated ones in `all`). */
  readonly values: ReadonlyMap<string, string>;
  /** Every value of repeated meta names (`article:tag`, `article:author`). */
  readonly all: ReadonlyMap<string, readonly string[]>;
  readonly title?: string;
  readonly language?: string;
  readonly canonical?: string;
  readonly base?: string;
  readonly authorLinks: readonly string[];
}

/**
 * Reads the document's metadata.
 *
 * @param index - the page's looked-up elements
 * @returns meta values, title, language, canonical link and base URL
 */
export function readMetadata(index: ElementIndex): PageMetadata {
  const values = new Map<string, string>();
  const all = new Map<string, string[]>();
  for (const meta of index.all('meta')) {
    const key = (attr(meta, 'property') ?? attr(meta, 'name') ?? attr(meta, 'itemprop'))?.toLowerCase();
    const raw = attr(meta, 'content');
    // Double-encoded entities (`&amp;quot;`) leave `&quot;` behind after one decoding: decode the residue.
    const content = raw === undefined ? undefined : decodeEntities(raw, decodeHtmlReferences);
    if (key === undefined || content === undefined) continue;
    for (const name of key.split(/\s+/u)) {
      if (!values.has(name)) values.set(name, content);
      const list = all.get(name) ?? [];
      list.push(content);
      all.set(name, list);
    }
  }
  const titleElement = index.all('title')[0];
  const title = titleElement === undefined ? undefined : decodeEntities(textOf(titleElement), decodeHtmlReferences);
  const html = index.all('html')[0];
  const language = html === undefined ? undefined : attr(html, 'lang') ?? attr(html, 'xml:lang');
  let canonical: string | undefined;
  const authorLinks: string[] = [];
  for (const link of index.all('link')) {
    const rel = attr(link, 'rel')?.toLowerCase() ?? '';
    const href = attr(link, 'href');
    if (href === undefined) continue;
    if (rel.split(/\s+/u).includes('canonical') && canonical === undefined) canonical = href;
    if (rel.split(/\s+/u).includes('author')) authorLinks.push(href);
  }
  const baseElement = index.all('base')[0];
  const base = baseElement === undefined ? undefined : attr(baseElement, 'href');
  return {
    values,
    all,
    ...(title === undefined || title.length === 0 ? {} : { title }),
    ...(language === undefined ? {} : { language }),
    ...(canonical === undefined ? {} : { canonical }),
    ...(base === undefined ? {} : { base }),
    authorLinks,
  };
}
