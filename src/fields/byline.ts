import { trimTrailing } from '../text/trim';
import { isCollectiveByline, isPersonName } from '../people/person-name';

/**
 * Reading people out of a byline: `By Jane Roe and John Doe`, `Jane Roe, Reuters`, `Story by …`, `Par …`, `Von …`,
 * `Por A, B y C` — without "By", roles, handles or dates.
 * @module
 */

/** Words that open a byline, in the languages the library reads. */
const BY = /^(?:\/\/ ?)?(?:(?:written|story|words|reported|text|reporting|posted|published) by|by|von|par|por|di|door|od|av|af|autor(?:a|es)?|author|auteur|texto|text)\b ?:? ?/iu;

/** Separators between several people. */
const AND = / ?[,;&] ?| (?:and|und|et|[yea]|en|og|och) /iu;

/** Where the names of a byline end: a date, a time, a handle, a separator, a role after a comma. */
const TAIL = /[|•·—–@(\d]| - |\b(?:on|updated|published|am|le|il y a|vor|hace|há|posted|last|min read)\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|july|august|september|october|november|december)\.? \d/iu;

/** Where a byline starts inside a line: after a separator (`Le Monde | 04.05.2015 | Par Martin Untersinger`). */
const INNER = /(?:^|[|•·—–]) ?(?=(?:by|par|von|por|door|di) \p{Lu})|\s(?=by \p{Lu})/iu;

/**
 * The part of a line from where a byline starts in it, or `undefined` when none does.
 *
 * @param line - one line of text
 * @returns the byline part
 * @example
 * ```ts
 * bylineIn('Le Monde | 04.05.2015 à 13h36 | Par Martin Untersinger'); //=> 'Par Martin Untersinger'
 * ```
 */
export function bylineIn(line: string): string | undefined {
  if (BY.test(line.trim())) return line.trim();
  const match = INNER.exec(line);
  if (match === null) return undefined;
  // "Reviewed by", "Edited by", "Photo by", "Illustration by" credit someone other than the author.
  if (/(?:review|edit|photo|photograph|illustrat|graphic|video|image)\p{L}*\s?$/iu.test(line.slice(0, match.index + match[0].length))) return undefined;
  return line.slice(match.index + match[0].length).trim();
}

/**
 * Extracts the people a byline credits.
 *
 * @param line - the byline, with or without its "By" word
 * @param commonWords - words the page writes in lower case; a "name" made mostly of them is a phrase
 * @returns the names, in order, each once
 * @example
 * ```ts
 * parseByline('By Stella Kim and Jennifer Jett'); //=> ['Stella Kim', 'Jennifer Jett']
 * parseByline('Par Alexandre Hervaud et Jérémy Piette — 24 novembre 2017'); //=> ['Alexandre Hervaud', 'Jérémy Piette']
 * parseByline('By Daniel Kahn Gillmor, Senior Staff Technologist, ACLU'); //=> ['Daniel Kahn Gillmor']
 * ```
 */
export function parseByline(line: string, commonWords: ReadonlySet<string> = new Set()): string[] {
  let text = line.trim().replace(BY, '');
  text = text.replace(/\([^)]{0,40}\)/gu, ' ').replace(/\s+/gu, ' ');
  const tail = TAIL.exec(text);
  if (tail !== null) text = text.slice(0, tail.index);
  text = text.trim();
  const names: string[] = [];
  for (const part of text.split(AND)) {
    const name = trimTrailing(part.replace(/^(?:and|und|et|y|e) /iu, ''), '.,;: ').trim();
    if (name.length === 0) continue;
    if ((isPersonName(name) && !isCommonPhrase(name, commonWords)) || (names.length === 0 && isCollectiveByline(name))) {
      if (!names.includes(name)) names.push(name);
    } else if (names.length > 0) break; // a role or an organisation after the names ends the list
  }
  return names;
}

/**
 * Whether a capitalised phrase is made mostly of words the page also writes in lower case (`Special Reports`,
 * `All Topics`): a heading or a menu item, not a person.
 *
 * @param name - a capitalised phrase
 * @param commonWords - lower-case words of the page
 * @returns `true` for a common phrase
 */
export function isCommonPhrase(name: string, commonWords: ReadonlySet<string>): boolean {
  const tokens = name.split(/\s+/u).filter((token) => token.length > 2);
  const common = tokens.filter((token) => commonWords.has(token.toLowerCase())).length;
  return tokens.length > 0 && common * 2 >= tokens.length;
}
