import { decodeHTMLStrict } from 'entities';
import { readHtml } from './html/front-end';
import type { FrontEnd } from './model/draft';
import type { FormatOption } from './options';
import { readPageText } from './page/front-end';
import { readStructuredDump } from './structured/front-end';
import { isStructuredDump } from './structured/layout';
import { detectFormat } from './text/detect';
import { decodeReference } from './text/entity-names';
import { normalizeText, type ReferenceDecoder } from './text/repair';

/**
 * Which front end reads an input: the layout is decided here, once, and the input goes to that front end.
 * @module
 */

/**
 * The front ends, one per input layout. `page` reads page text and article text alike: it alone can tell whether
 * chrome surrounds the article, and says so in the Draft's layout (`page-text` or `plain`).
 */
export interface FrontEnds {
  /** HTML documents and fragments; absent in a text-only table. */
  readonly html?: FrontEnd;
  /** Structured dumps: metadata values and body, one block per value. */
  readonly structured: FrontEnd;
  /** The text of a page or of an article alone. */
  readonly page: FrontEnd;
  /** How text repair decodes character references (`&amp;`, `&#8217;`): complete references only. */
  readonly decode: ReferenceDecoder;
}

/** HTML, with the page-text reader for what the page shows only as text (a byline, a dateline). */
const readHtmlPage: FrontEnd = (html, options) => readHtml(html, options, (shown) => readPageText(normalizeText(shown, decodeHTMLStrict), options));

/** The front ends of the full library; references are decoded by `entities`, which the HTML parser ships anyway. */
export const FRONT_ENDS: FrontEnds = { html: readHtmlPage, structured: readStructuredDump, page: readPageText, decode: decodeHTMLStrict };

/** The front ends for text input only: no HTML parser, and the HTML 4 reference names from a small table. */
export const TEXT_FRONT_ENDS: FrontEnds = { structured: readStructuredDump, page: readPageText, decode: decodeReference };

/** The front end chosen for an input, with the input in the form that front end reads. */
export interface Dispatch {
  /** The front end. */
  readonly read: FrontEnd;
  /** The raw input for HTML, the normalised text otherwise. */
  readonly input: string;
}

/**
 * Decides an input's layout and picks its front end: HTML by `format` (or its markup, for `auto`) when the table
 * has an HTML front end; otherwise a structured dump by its block shapes, else page text.
 *
 * @param frontEnds - the table to pick from
 * @param input - the raw input
 * @param format - the caller's format option
 * @returns the front end and what to give it
 */
export function chooseFrontEnd(frontEnds: FrontEnds, input: string, format: FormatOption): Dispatch {
  const html = frontEnds.html;
  if (html !== undefined && (format === 'html' || (format === 'auto' && detectFormat(input) === 'html'))) return { read: html, input };
  const text = normalizeText(input, frontEnds.decode);
  return { read: isStructuredDump(text) ? frontEnds.structured : frontEnds.page, input: text };
}
