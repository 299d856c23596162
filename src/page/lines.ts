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

// A day and a month word before a year (`5. Januar 2023`) is a date, not a numbered item.
const BULLET = /^(?:[•*□◦▪‣·●○■–-]|\d{1,3}[.)](?!\s\p{L}+\s(?:19|20)\d\d\b))\s+/u;
const WIDGET = /\[[\sx]?\]/giu;
const LINK_MARKER = /\[((?:https?:)?\/\/[^\]\s]{1,2000}|\.{1,2}\/[^\]\s]{0,2000}|\/[^\]\s]{0,2000}|mailto:[^\]\s]{1,300}|#[^\]\s]{0,300})\]/gu;

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
  // Line by line without an array of every raw line (a page of blank or tiny lines would hold millions at once).
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    let line = text.slice(start, end).trim();
    start = end + 1;
    if (line.length === 0) {
      blank = true;
      continue;
    }
    if (!line.includes('[')) {
      if (pushLine(lines, line, blank, NO_LINKS, 0)) blank = false;
      continue;
    }
    const links: PageLink[] = [];
    let linkChars = 0;
    {
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
    if (pushLine(lines, line, blank, links.length === 0 ? NO_LINKS : links, linkChars)) blank = false;
  }
  return lines;
}

/** The links of a line without any (one shared list: a page of many lines does not hold an empty list per line). */
const NO_LINKS: readonly PageLink[] = Object.freeze([]);

/** Adds a line with its bullet taken off and whitespace collapsed, unless nothing is left; `true` when added. */
function pushLine(lines: PageLine[], raw: string, blankBefore: boolean, links: readonly PageLink[], linkChars: number): boolean {
  const bullet = BULLET.test(raw);
  const text = collapseWhitespace(bullet ? raw.replace(BULLET, '') : raw);
  if (text.length === 0) return false;
  lines.push({ index: lines.length, text, blankBefore, bullet, links, linkChars: Math.min(linkChars, text.length) });
  return true;
}
