import { toHttpUrl } from '../fields/urls';
import { collapseWhitespace } from '../text/repair';

/**
 * Page text as lines: list bullets, text-browser form widgets and html-to-text's `[url]` link markers are taken
 * off the text and remembered.
 * @module
 */

/** A link written into page text as `anchor [url]` (html-to-text). */
export interface PageLink {
  /** The absolute URL. */
  readonly url: string;
  /** The anchor text before the marker, when any. */
  readonly text: string;
}

/** One non-empty line of page text. */
export interface PageLine {
  /** Position among the non-empty lines. */
  readonly index: number;
  /** The text without bullets, widgets and link markers, whitespace collapsed. */
  readonly text: string;
  /** Whether one or more blank lines came before it. */
  readonly blankBefore: boolean;
  /** Whether it started with a list bullet (`•`, `*`, `□`, `-`, `1.`). */
  readonly bullet: boolean;
  /** Links written on the line. */
  readonly links: readonly PageLink[];
  /** How many characters of `text` are anchor text. */
  readonly linkChars: number;
}

const BULLET = /^(?:[•*□◦▪‣·●○■–-]|\d{1,3}[.)])\s+/u;
const WIDGET = /\[[\sx]?\]/giu;
const LINK_MARKER = /\[((?:https?:)?\/\/[^\]\s]{1,2000}|\/[^\]\s]{0,2000}|mailto:[^\]\s]{1,300}|#[^\]\s]{0,300})\]/gu;

/**
 * Splits page text into lines, recording bullets and html-to-text link markers.
 *
 * @param text - normalised page text
 * @param base - the page URL, to resolve relative link markers
 * @returns the non-empty lines
 */
export function readPageLines(text: string, base?: string): PageLine[] {
  const lines: PageLine[] = [];
  let blank = false;
  for (const rawLine of text.split('\n')) {
    let line = rawLine.trim();
    if (line.length === 0) {
      blank = true;
      continue;
    }
    const links: PageLink[] = [];
    let linkChars = 0;
    if (line.includes('[')) {
      let cursor = 0;
      let out = '';
      for (const match of line.matchAll(LINK_MARKER)) {
        const before = line.slice(cursor, match.index);
        out += before;
        // The anchor's start is not marked: take at most its last six words (a menu item or a headline is short;
        // a link inside a paragraph does not make the whole paragraph a link).
        const anchor = collapseWhitespace(before.slice(Math.max(before.lastIndexOf(']') + 1, 0))).split(' ').slice(-6).join(' ');
        const target = match[1] ?? '';
        const url = toHttpUrl(target.startsWith('//') ? `https:${target}` : target, base);
        if (url !== undefined) {
          links.push({ url, text: anchor });
          linkChars += anchor.length;
        }
        cursor = (match.index ?? 0) + match[0].length;
      }
      line = (out + line.slice(cursor)).replace(WIDGET, ' ');
    }
    const bullet = BULLET.test(line);
    if (bullet) line = line.replace(BULLET, '');
    line = collapseWhitespace(line);
    if (line.length === 0) continue;
    lines.push({ index: lines.length, text: line, blankBefore: blank, bullet, links, linkChars: Math.min(linkChars, line.length) });
    blank = false;
  }
  return lines;
}
