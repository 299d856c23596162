import type { PageLine } from './lines';

/**
 * The site's name as a page prints it in its copyright line (`© 2019 Atlas Obscura. All rights reserved.`,
 * `Copyright © 2017 Breitbart`, `© Le Monde.fr | …`), for page text, which has no `og:site_name`.
 * @module
 */

/** Lines from the end of the page where the copyright line is looked for. */
const FOOTER_LINES = 60;
/** Words at most in a site name. */
const MAX_NAME_WORDS = 5;

/** A copyright mark and the years after it. */
const COPYRIGHT = /(?:©|\(c\)|copyright)(?:\s*©)?\s*(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*)?/iu;
/** Where the holder's name ends: a sentence end, a separator, a comma, "All rights reserved" and the like. */
const HOLDER_END = /\.\s|\s[|/·•–-]\s|\s\||,|\ball rights\b|\btous droits\b|\btodos os direitos\b|\balle rechte\b|\bderechos\b|$/iu;

/**
 * The holder named in the page's last copyright line, when it reads as a name (a few capitalised words).
 *
 * @param lines - the page's lines
 * @returns the site name and its line, or `undefined`
 * @example
 * ```ts
 * // a page ending with '© 2025 Atlas Obscura. All rights reserved.' → { name: 'Atlas Obscura', line: … }
 * ```
 */
export function siteNameFromCopyright(lines: readonly PageLine[]): { name: string; line: number } | undefined {
  for (let index = lines.length - 1; index >= Math.max(0, lines.length - FOOTER_LINES); index--) {
    const text = lines[index]?.text ?? '';
    if (text.length > 300) continue;
    const mark = COPYRIGHT.exec(text);
    if (mark === null) continue;
    const rest = text.slice(mark.index + mark[0].length);
    const end = HOLDER_END.exec(rest);
    const name = rest.slice(0, end?.index ?? rest.length).replace(/\.$/u, '').trim();
    const words = name.split(/\s+/u);
    if (name.length < 2 || words.length > MAX_NAME_WORDS || !/^\p{Lu}/u.test(name) || /\d/u.test(name)) continue;
    return { name, line: index };
  }
  return undefined;
}
