import { textContent } from 'domutils';
import { decodeEntities, removeControls } from '../text/repair';
import { decodeHtmlReferences } from './references';
import { attr } from './dom';
import type { ElementIndex } from './element-index';

/**
 * JSON-LD: every `application/ld+json` block parsed safely (keys that could reach `Object.prototype` dropped,
 * trailing commas and raw newlines tolerated), and the article-like objects found in arrays, `@graph` and
 * `mainEntity`.
 * @module
 */

/** A JSON value with no prototype tricks in it. */
type JsonValue = string | number | boolean | null | JsonValue[] | JsonObject;
/** A JSON object. */
export interface JsonObject {
  [key: string]: JsonValue;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** Characters of one script; a longer one is skipped (real pages stay far below). */
const MAX_SCRIPT_LENGTH = 1_000_000;
/** Characters of all the scripts of a page together; scripts past the budget are skipped. */
const MAX_TOTAL_LENGTH = 4_000_000;
/** Nesting of arrays and objects; a deeper script is skipped (real JSON-LD nests under ten levels). */
const MAX_DEPTH = 32;

/**
 * `JSON.parse` that drops `__proto__`, `constructor` and `prototype` keys, and cleans control characters and lone
 * surrogates out of strings.
 */
function parseJson(text: string): JsonValue | undefined {
  try {
    return JSON.parse(text, (key: string, value: unknown) => (FORBIDDEN_KEYS.has(key) ? undefined : typeof value === 'string' ? removeControls(value) : value)) as JsonValue;
  } catch {
    return undefined;
  }
}

/** What one scan of a script finds before parsing: whether it needs the repairs, and whether no parse can read it. */
interface JsonShape {
  readonly needsRepair: boolean;
  /**
   * Whether the text is nested deeper than {@link MAX_DEPTH} (the scan stops there), or breaks JSON's structure in a
   * way no parse accepts: a bracket that closes none, an unclosed one, a comma or colon right after `{`, `[`, `,` or
   * `:`, a closing bracket right after a comma or colon. (Valid JSON never does; invalid JSON is then not handed to
   * `JSON.parse`, whose thrown error costs more than the parse.)
   */
  readonly broken: boolean;
}

/** Character codes the scan reads. */
const enum Code {
  Tab = 0x09,
  LineFeed = 0x0a,
  CarriageReturn = 0x0d,
  Space = 0x20,
  Quote = 0x22,
  Comma = 0x2c,
  Colon = 0x3a,
  OpenBracket = 0x5b,
  Backslash = 0x5c,
  CloseBracket = 0x5d,
  OpenBrace = 0x7b,
  CloseBrace = 0x7d,
}

/** The significant characters after which a value or a key must come: a comma or a colon there breaks the text. */
const BEFORE_A_VALUE: readonly number[] = [Code.Comma, Code.Colon, Code.OpenBrace, Code.OpenBracket];

/**
 * Scans JSON text once, outside and inside strings (stopping once nested deeper than {@link MAX_DEPTH}): raw control
 * characters, trailing commas, and structural breaks.
 */
function scanJson(text: string): JsonShape {
  // Brackets open (at most MAX_DEPTH + 1: the scan stops there).
  let open = 0;
  let inString = false;
  let needsRepair = false;
  let broken = false;
  let lastSignificant = 0;
  for (let index = 0; index < text.length && open <= MAX_DEPTH; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === Code.Backslash) index += 1;
      else if (code === Code.Quote) inString = false;
      else if (code < Code.Space) needsRepair = true;
      continue;
    }
    if (code === Code.Quote) inString = true;
    else if (code === Code.OpenBrace || code === Code.OpenBracket) open += 1;
    else if (code === Code.CloseBrace || code === Code.CloseBracket) {
      if (lastSignificant === Code.Comma) needsRepair = true;
      // A bracket closes an open one, and never right after a colon.
      if (lastSignificant === Code.Colon || --open < 0) broken = true;
    } else if ((code === Code.Comma || code === Code.Colon) && BEFORE_A_VALUE.includes(lastSignificant)) broken = true;
    else if (code < Code.Space && code !== Code.Tab && code !== Code.LineFeed && code !== Code.CarriageReturn) needsRepair = true;
    if (code > Code.Space) lastSignificant = code;
  }
  // Brackets left open: the text is unclosed, or deeper than the limit.
  return { needsRepair, broken: broken || open > 0 };
}

/**
 * Parses one JSON-LD block, repairing what can be repaired safely: raw control characters inside strings,
 * trailing commas, a leading HTML comment or CDATA wrapper. One scan decides, before parsing, whether the block is
 * too deep to read, whether it needs the repairs and whether it is broken past them; then it is parsed once.
 *
 * @param text - the script's text
 * @returns the value, or `undefined` when it cannot be read (or is longer than 1 MB or nested deeper than 32)
 */
export function parseJsonLd(text: string): JsonValue | undefined {
  if (text.length > MAX_SCRIPT_LENGTH) return undefined;
  const trimmed = text.trim().replace(/^(?:<!--|<!\[CDATA\[)/u, '').replace(/(?:-->|\]\]>)$/u, '').trim();
  const shape = scanJson(trimmed);
  if (!shape.needsRepair) return shape.broken ? undefined : parseJson(trimmed);
  // eslint-disable-next-line no-control-regex -- raw control characters are what breaks scraped JSON-LD
  const repaired = trimmed.replace(/[\u0000-\u001F]+/gu, ' ').replace(/,(\s*[}\]])/gu, '$1');
  // The repairs may mend a break (`[1,]`) or leave one (`,,`): the repaired text is scanned again.
  return scanJson(repaired).broken ? undefined : parseJson(repaired);
}

/** schema.org's article types (and the how-to types pages mark up as articles). */
const ARTICLE_TYPE =
  /^(?:(?:AdvertiserContent|(?:Analysis|AskPublic|Background|Opinion|Reportage|Review)?News|Satirical|(?:Medical)?Scholarly|Tech)?Article|Report|(?:SocialMedia|Blog|LiveBlog|DiscussionForum)Posting|APIReference|Recipe|HowTo)$/u;

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The `@type` names of an object. */
export function typesOf(value: JsonObject): string[] {
  const type = value['@type'];
  const types = Array.isArray(type) ? type : [type];
  return types.filter((item): item is string => typeof item === 'string').map((item) => item.replace(/^https?:\/\/schema\.org\//u, ''));
}

/** Every object inside a JSON-LD value: the value, array members, `@graph` members, `mainEntity`, nested. */
function objectsIn(value: JsonValue | undefined, out: JsonObject[], depth = 0): void {
  if (depth > 6 || value === undefined) return;
  if (Array.isArray(value)) {
    for (const item of value) objectsIn(item, out, depth + 1);
    return;
  }
  if (!isObject(value)) return;
  out.push(value);
  objectsIn(value['@graph'], out, depth + 1);
  objectsIn(value['mainEntity'], out, depth + 1);
  if (isObject(value['mainEntityOfPage']) && typesOf(value['mainEntityOfPage']).some((type) => ARTICLE_TYPE.test(type))) {
    objectsIn(value['mainEntityOfPage'], out, depth + 1);
  }
}

/** The JSON-LD of a page: all objects, and the article-like ones first. */
export interface JsonLd {
  readonly objects: readonly JsonObject[];
  readonly articles: readonly JsonObject[];
}

/**
 * Reads every JSON-LD block of a document.
 *
 * @param index - the page's looked-up elements (its scripts)
 * @returns all objects found and the article-like ones
 */
export function readJsonLd(index: ElementIndex): JsonLd {
  const objects: JsonObject[] = [];
  let budget = MAX_TOTAL_LENGTH;
  for (const script of index.all('script')) {
    if (!/ld\+json/iu.test(attr(script, 'type') ?? '')) continue;
    const text = textContent(script);
    if (text.length > budget) continue;
    budget -= text.length;
    objectsIn(parseJsonLd(text), objects);
  }
  const articles = objects.filter((object) => typesOf(object).some((type) => ARTICLE_TYPE.test(type)));
  return { objects, articles };
}

/** A string property (or the first string of an array, or an object's `name`), entity-decoded and trimmed. */
export function stringOf(value: JsonValue | undefined): string | undefined {
  if (typeof value === 'string') {
    const text = decodeEntities(value, decodeHtmlReferences).replace(/<[^<>]{0,200}>/gu, ' ').replace(/\s+/gu, ' ').trim();
    return text.length === 0 ? undefined : text;
  }
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) {
    for (const item of value) {
      const text = stringOf(item);
      if (text !== undefined) return text;
    }
    return undefined;
  }
  if (isObject(value)) return stringOf(value['name']) ?? stringOf(value['@value']);
  return undefined;
}

/** Every string of a property that may be a string, an array of strings or objects with names. */
export function stringsOf(value: JsonValue | undefined): string[] {
  if (value === undefined || value === null) return [];
  if (Array.isArray(value)) return value.flatMap((item) => stringsOf(item));
  const text = stringOf(value);
  return text === undefined ? [] : [text];
}

/** An object-valued property (the first object of an array). */
export function objectOf(value: JsonValue | undefined): JsonObject | undefined {
  if (isObject(value)) return value;
  if (Array.isArray(value)) return value.find((item): item is JsonObject => isObject(item));
  return undefined;
}

/** URLs of a property that may be a string, an object with `url`/`@id`, or an array of these. */
export function urlsOf(value: JsonValue | undefined): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap((item) => urlsOf(item));
  if (isObject(value)) return [...urlsOf(value['url']), ...(typeof value['@id'] === 'string' ? [value['@id']] : [])].slice(0, 1);
  return [];
}
