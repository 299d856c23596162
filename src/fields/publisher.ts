import type { Publisher } from '../model/article';
import { isImageUrl, toHttpUrl } from './urls';

/**
 * Reading a publisher out of one flattened block such as
 * `Sputnik International feedback@sputniknews.com +74956456601 MIA „Rosiya Segodnya“ 252 60`.
 * @module
 */

const EMAIL = /^[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/u;
const PHONE = /\+\d[\d ().-]{5,18}\d|\(\d{3}\) ?\d{3}-\d{4}/u;
const NUMBER = /^\d{1,5}(?:px)?$/u;
const MARKER = /[\d@]|https?:\/\//iu;

/** The largest size a logo is given (anything bigger is an image). */
export const MAX_LOGO_HEIGHT = 200;

/** The most words of text (names) a publisher block has beside its contact details, sizes and URLs. */
const MAX_TEXT_WORDS = 12;
/** A word of letters with no digit or `@` and no scheme: text in any reading of the block. */
const PLAIN_WORD = /^(?!https?:)[^\d@\p{L}]*\p{L}[^\d@]*$/iu;

/** How many words of the block are text whatever the parse: a lower bound of its text words. */
function plainWordCount(block: string): number {
  let count = 0;
  for (const word of block.split(' ')) if (PLAIN_WORD.test(word)) count += 1;
  return count;
}

/** Removes the first word that is a whole match of `pattern` from `text`, returning it and the rest. */
function takeWord(text: string, pattern: RegExp): { match?: string; rest: string } {
  const words = text.split(' ');
  const index = words.findIndex((word) => pattern.test(word));
  if (index < 0) return { rest: text };
  const match = words[index];
  words[index] = '\u0000';
  return { ...(match === undefined ? {} : { match }), rest: words.join(' ') };
}

/** Removes the first match of `pattern` from `text`, returning the match and the rest. */
function takeMatch(text: string, pattern: RegExp): { match?: string; rest: string } {
  const found = pattern.exec(text);
  if (found === null) return { rest: text };
  return { match: found[0], rest: `${text.slice(0, found.index)} \u0000 ${text.slice(found.index + found[0].length)}` };
}

/**
 * Parses a publisher block: a name with an e-mail, a phone, a legal name, a logo size and/or URLs.
 * Returns `undefined` when the block has none of these markers (then it is no publisher block).
 *
 * @param block - one text block
 * @returns the publisher, or `undefined`
 * @example
 * ```ts
 * parsePublisherBlock('Atlas Obscura 600 60');
 * //=> { name: 'Atlas Obscura', logo: { width: 600, height: 60 } }
 * ```
 */
export function parsePublisherBlock(block: string): Publisher | undefined {
  // Every marker (e-mail, phone, logo size, URL) needs an `@`, a digit or a scheme.
  if (!MARKER.test(block) || plainWordCount(block) > MAX_TEXT_WORDS) return undefined;
  const email = takeWord(block, EMAIL);
  const phone = takeMatch(email.rest, PHONE);
  const words = phone.rest.split(/\s+/u).filter((word) => word.length > 0);
  const urls: string[] = [];
  const numbers: number[] = [];
  // Runs of text words; a run ends at any other token (number, URL, e-mail or phone).
  const groups: { words: string[]; afterContact: boolean }[] = [{ words: [], afterContact: false }];
  let seenContact = false;
  for (const word of words) {
    if (word === '\u0000') seenContact = true;
    else if (/^https?:\/\//iu.test(word)) {
      const url = toHttpUrl(word);
      if (url !== undefined) urls.push(url);
    } else if (NUMBER.test(word)) numbers.push(Number.parseInt(word, 10));
    else {
      groups[groups.length - 1]?.words.push(word);
      continue;
    }
    groups.push({ words: [], afterContact: seenContact });
  }
  const name = groups.find((group) => group.words.length > 0)?.words.join(' ') ?? '';
  const legalName = groups.find((group) => group.afterContact && group.words.length > 0)?.words.join(' ') ?? '';
  const hasContact = email.match !== undefined || phone.match !== undefined;
  const [width, height] = numbers;
  const hasLogoSize = numbers.length === 2 && width !== undefined && height !== undefined && height <= MAX_LOGO_HEIGHT;
  const hasUrls = urls.length > 0;
  const textWords = groups.reduce((sum, group) => sum + group.words.length, 0);
  const sentence = groups.some((group) => /[.!?]$/u.test(group.words[group.words.length - 1] ?? '') && group.words.length > 3);
  if (name.length === 0 || name.split(' ').length > 8 || textWords > MAX_TEXT_WORDS || sentence) return undefined;
  if (!hasContact && !hasLogoSize && !hasUrls) return undefined;
  const logoUrl = urls.find((url) => isImageUrl(url));
  const others = urls.filter((url) => url !== logoUrl);
  const logo = {
    ...(logoUrl === undefined ? {} : { url: logoUrl }),
    ...(hasLogoSize ? { width, height } : {}),
  };
  return {
    name,
    ...(legalName.length > 0 && hasContact ? { legalName } : {}),
    ...(email.match === undefined ? {} : { email: email.match }),
    ...(phone.match === undefined ? {} : { telephone: phone.match.replace(/\s+/gu, '') }),
    ...(others.length > 0 ? { sameAs: others } : {}),
    ...(Object.keys(logo).length > 0 ? { logo } : {}),
  };
}
