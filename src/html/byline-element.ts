import type { Element } from 'domhandler';
import { parseByline } from '../fields/byline';
import { attr, classAndId, findElements, isHidden, textOf } from './dom';
import { detachAll } from './detach';
import { textPrefix } from './text-measure';

/**
 * The page's byline element: `rel=author`, `itemprop=author`, or a class or id that says byline or author. Its
 * text is read as a byline, without the links to the writer's social accounts (`Twitter`, `Email`) that sit in it.
 * @module
 */

const BYLINE_HINT = /byline|author|dateline|writtenby|p-author/u;

/** Longest text (characters) of a byline element. */
const MAX_BYLINE_LENGTH = 100;

/** A link to a social account or an e-mail address: its text (`Twitter`, `@handle`, `Email`) is no part of a name. */
const SOCIAL_LINK = /^(?:mailto:|(?:https?:)?\/\/(?:www\.|mobile\.)?(?:twitter|x|facebook|instagram|linkedin|threads|bsky|tiktok|youtube)\.[a-z]{2,3}(?:[/?#]|$))/iu;

/**
 * The people of the page's byline element (the first that names any); the element is removed.
 *
 * @param candidates - the body and the elements in it that carry a class, id, `rel` or `itemprop`, in document order
 * @returns the names, or none
 */
export function takeBylineElement(candidates: readonly Element[]): string[] {
  for (const element of candidates) {
    if (element.name === 'script' || element.name === 'style' || isHidden(element)) continue;
    const rel = attr(element, 'rel');
    const itemprop = attr(element, 'itemprop') ?? '';
    if (rel !== 'author' && !itemprop.includes('author') && !BYLINE_HINT.test(classAndId(element))) continue;
    let text = textPrefix(element, MAX_BYLINE_LENGTH);
    if (text.length === 0 || text.length >= MAX_BYLINE_LENGTH) continue;
    // The text of links to the writer's accounts would end the name (`Jane Roe Twitter`).
    for (const link of findElements(element, (link) => link.name === 'a')) if (SOCIAL_LINK.test(attr(link, 'href') ?? '')) text = text.replace(textOf(link), ' ');
    const names = parseByline(text);
    if (names.length === 0) continue;
    detachAll([element]);
    return names;
  }
  return [];
}
