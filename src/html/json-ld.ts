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

/** What one scan of a script finds before parsing: its nesting depth and whether it needs the repairs. */
interface JsonShape {
  readonly depth: number;
  readonly needsRepair: boolean;
}

/** Scans JSON text once, outside and inside strings: deepest nesting, raw control characters, trailing commas. */
function scanJson(text: string): JsonShape {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  let needsRepair = false;
  let lastSignificant = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (inString) {
      if (code === 0x5c) index += 1;
      else if (code === 0x22) inString = false;
      else if (code < 0x20) needsRepair = true;
      continue;
    }
    if (code === 0x22) inString = true;
    else if (code === 0x7b || code === 0x5b) {
      depth += 1;
      if (depth > deepest) deepest = depth;
    } else if (code === 0x7d || code === 0x5d) {
      if (lastSignificant === 0x2c) needsRepair = true;
      depth -= 1;
    } else if (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) needsRepair = true;
    if (code > 0x20) lastSignificant = code;
  }
  return { depth: deepest, needsRepair };
}

/**
 * Parses one JSON-LD block, repairing what can be repaired safely: raw control characters inside strings,
 * trailing commas, a leading HTML comment or CDATA wrapper. One scan decides, before parsing, whether the block is
 * too deep to read and whether it needs the repairs; then it is parsed once.
 *
 * @param text - the script's text
 * @returns the value, or `undefined` when it cannot be read (or is longer than 1 MB or nested deeper than 32)
 */
export function parseJsonLd(text: string): JsonValue | undefined {
  if (text.length > MAX_SCRIPT_LENGTH) return undefined;
  const trimmed = text.trim().replace(/^(?:<!--|<!\[CDATA\[)/u, '').replace(/(?:-->|\]\]>)$/u, '').trim();
  const shape = scanJson(trimmed);
  if (shape.depth > MAX_DEPTH) return undefined;
  if (!shape.needsRepair) return parseJson(trimmed);
  // eslint-disable-next-line no-control-regex -- raw control characters are what breaks scraped JSON-LD
  const repaired = trimmed.replace(/[\u0000-\u001F]+/gu, ' ').replace(/,(\s*[}\]])/gu, '$1');
  return parseJson(repaired);
}

const ARTICLE_TYPE =
  /^(?:Article|AdvertiserContentArticle|NewsArticle|AnalysisNewsArticle|AskPublicNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReportageNewsArticle|ReviewNewsArticle|Report|SatiricalArticle|ScholarlyArticle|MedicalScholarlyArticle|SocialMediaPosting|BlogPosting|LiveBlogPosting|DiscussionForumPosting|TechArticle|APIReference|Recipe|HowTo)$/u;

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
