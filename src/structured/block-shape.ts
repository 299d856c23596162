import { parseIsoLikeDate } from '../fields/dates';
import { isLanguageCode } from '../fields/language';
import { isPersonName } from '../people/person-name';
import { MAX_LOGO_HEIGHT, parsePublisherBlock } from '../fields/publisher';
import { isHttpUrl, isImageUrl, toHttpUrl } from '../fields/urls';
import type { Publisher } from '../model/article';
import { countWords, isProse } from '../text/prose';
import { collapseWhitespace } from '../text/repair';

/**
 * The shape of one block of a structured dump, recognised from the block alone.
 * Which field a block feeds is decided later, from shapes and positions together (see `assignRoles`).
 */
export type BlockShape =
  | { readonly kind: 'url'; readonly url: string; readonly image: boolean }
  | { readonly kind: 'url-list'; readonly urls: readonly string[] }
  | { readonly kind: 'date'; readonly iso: string }
  | { readonly kind: 'flag' }
  | { readonly kind: 'size'; readonly sizes: readonly { width: number; height: number }[]; readonly caption?: string }
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'selectors'; readonly selectors: readonly string[] }
  | { readonly kind: 'publisher'; readonly publisher: Publisher }
  | { readonly kind: 'person-detail'; readonly name: string; readonly url?: string; readonly coauthors?: readonly string[] }
  | { readonly kind: 'locale'; readonly code: string }
  | { readonly kind: 'list'; readonly items: readonly string[] }
  | { readonly kind: 'key-value'; readonly key: string; readonly value: string }
  | { readonly kind: 'identifier' }
  | { readonly kind: 'prose' }
  | { readonly kind: 'label'; readonly person: boolean };

/** The kinds of {@link BlockShape}. */
export type ShapeKind = BlockShape['kind'];

const FLAG = /^(?:true|false|nil|null|none|undefined)(?: \S+)?$/iu;
const SIZE_TOKEN = /^\d{1,5}(?:px)?$/u;
const XPATH_OR_CSS = /^(?:\/[\w@[\]='":.()/*-]+|[.#][\w-]+(?:[ >.#][\w-]+)*)$/u;

/** Parses `1920 1080 true`, `640px 480px`, `675 1200 180 320`, `1200 1200 Viyard` as image sizes. */
function sizeShape(words: readonly string[]): BlockShape | undefined {
  const numbers: number[] = [];
  let index = 0;
  while (index < words.length && SIZE_TOKEN.test(words[index] ?? '')) {
    numbers.push(Number.parseInt(words[index] ?? '', 10));
    index += 1;
  }
  if (numbers.length < 2 || numbers.length % 2 !== 0) return undefined;
  const rest = words.slice(index).join(' ');
  if (rest.length > 0 && FLAG.test(rest)) return sizeOf(numbers);
  if (rest.length > 0 && (numbers[1] ?? 0) <= MAX_LOGO_HEIGHT) return undefined; // a logo: publisher block
  return sizeOf(numbers, rest.length > 0 ? rest : undefined);
}

function sizeOf(numbers: readonly number[], caption?: string): BlockShape {
  const sizes: { width: number; height: number }[] = [];
  for (let i = 0; i + 1 < numbers.length; i += 2) sizes.push({ width: numbers[i] ?? 0, height: numbers[i + 1] ?? 0 });
  return caption === undefined ? { kind: 'size', sizes } : { kind: 'size', sizes, caption };
}

/** Path folders of profile pages. */
const PROFILE_FOLDER = /\/(?:authors?|contributors?|people|person|profiles?|staff|writers?|journalists?|reporters?|users?|u|by|team|autor(?:en)?|auteurs?|redaktion)\//iu;

/** Whether a URL is a person's profile page: a profile folder, or the name's words in the path. */
function isProfileUrl(url: string, name: string): boolean {
  const path = new URL(url).pathname.toLowerCase();
  const slug = name.toLowerCase().normalize('NFKD').replace(/\p{M}/gu, '').replace(/[^\p{L}\p{N}]+/gu, '-');
  return PROFILE_FOLDER.test(path) || path.includes(slug) || /\/@[\w.-]+/u.test(path);
}

/** `Name Name is a producer…` (name repeated, then a bio) or `Name https://…/photo.jpg`. */
function personDetailShape(words: readonly string[]): BlockShape | undefined {
  for (let length = 2; length <= 4 && length * 2 <= words.length; length++) {
    if (words[length] !== words[0]) continue;
    const first = words.slice(0, length).join(' ');
    if (words.slice(length, length * 2).join(' ') === first && isPersonName(first)) return { kind: 'person-detail', name: first };
  }
  const last = words[words.length - 1] ?? '';
  if (words.length < 3 || !isHttpUrl(last)) return undefined;
  const name = words.slice(0, -1).join(' ');
  if (!isPersonName(name)) return undefined;
  if (isImageUrl(last)) return { kind: 'person-detail', name };
  // `Molly Wood https://example.com/contributor/molly-wood`: the person's profile page.
  const url = toHttpUrl(last);
  return url !== undefined && isProfileUrl(url, name) ? { kind: 'person-detail', name, url } : undefined;
}

/**
 * Recognises the shape of one structured-dump block.
 *
 * @param block - the block text (trimmed, one or more lines)
 * @returns the block's shape
 */
export function shapeOfBlock(block: string): BlockShape {
  const text = collapseWhitespace(block);
  const shape = valueShape(text);
  if (shape !== undefined) return shape;
  if (isProse(text)) return { kind: 'prose' };
  return { kind: 'label', person: isPersonName(text) };
}

/** Shapes that only metadata values have. */
const METADATA_KINDS: ReadonlySet<ShapeKind> = new Set(['url', 'url-list', 'date', 'size', 'publisher', 'selectors', 'locale', 'flag', 'identifier', 'key-value']);

/**
 * The kind of metadata value a block holds when it has a shape only metadata values have (a URL, a date, an image
 * size, a publisher...): the same answer as `shapeOfBlock`, without the prose and name tests that only tell text
 * blocks apart.
 *
 * @param block - the block text
 * @returns the shape's kind, or `undefined` for a block that is no metadata value
 */
export function metadataKindOf(block: string): ShapeKind | undefined {
  const shape = valueShape(collapseWhitespace(block));
  return shape !== undefined && METADATA_KINDS.has(shape.kind) ? shape.kind : undefined;
}

/** The shape of a block that holds a value (everything but prose and labels), or `undefined`. */
function valueShape(text: string): BlockShape | undefined {
  const words = text.split(' ');
  if (words.length === 1 && isHttpUrl(text)) {
    const url = toHttpUrl(text) ?? text;
    return { kind: 'url', url, image: isImageUrl(url) };
  }
  if (words.length > 1 && words.every((word) => isHttpUrl(word))) {
    return { kind: 'url-list', urls: words.map((word) => toHttpUrl(word) ?? word) };
  }
  const iso = parseIsoLikeDate(text);
  if (iso !== undefined) return { kind: 'date', iso };
  if (FLAG.test(text) && words.length <= 2) return { kind: 'flag' };
  const size = sizeShape(words);
  if (size !== undefined) return size;
  if (/^\d{1,7}$/u.test(text)) return { kind: 'number', value: Number.parseInt(text, 10) };
  if (words.every((word) => XPATH_OR_CSS.test(word)) && /^[/.#]/u.test(text)) return { kind: 'selectors', selectors: words };
  const personDetail = personDetailShape(words);
  if (personDetail !== undefined) return personDetail;
  const publisher = words.length >= 2 ? parsePublisherBlock(text) : undefined;
  if (publisher !== undefined) return { kind: 'publisher', publisher };
  if (isLanguageCode(text)) return { kind: 'locale', code: text };
  const keyValue = /^([A-Z][A-Za-z]{1,30}):(\S.{0,200})$/u.exec(text);
  if (keyValue !== null && !text.includes(': ')) return { kind: 'key-value', key: keyValue[1] ?? '', value: keyValue[2] ?? '' };
  const list = listItems(text);
  if (list !== undefined) return { kind: 'list', items: list };
  if (words.length === 1 && isIdentifier(text)) return { kind: 'identifier' };
  if (/^(?:uid|id|guid) \S+$/iu.test(text)) return { kind: 'identifier' };
  return undefined;
}

/** A machine identifier: letters and digits mixed, no vowels pattern of a word (`d6e62af173e2`, `rcna183138`, `CC7567`). */
function isIdentifier(word: string): boolean {
  return /^[\w-]{5,}$/u.test(word) && /\d/u.test(word) && /[a-z]/iu.test(word) && !/^\d{1,4}(?:st|nd|rd|th|s)$/iu.test(word);
}

/** Splits a comma-separated keyword list (3+ short items); `undefined` when the block is no such list. */
function listItems(text: string): string[] | undefined {
  if (!text.includes(',') || /[.!?…]$/u.test(text) || /[:;«»“”"]/u.test(text)) return undefined;
  const items = text.split(',').map((item) => item.trim()).filter((item) => item.length > 0);
  if (items.length < 3) return undefined;
  const long = items.filter((item) => countWords(item, 6) > 5 || item.length > 60).length;
  return long / items.length <= 0.1 ? items : undefined;
}
