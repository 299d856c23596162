/**
 * A guard against pathological nesting: htmlparser2 keeps its open-element stack with `Array#shift`/`unshift`, so
 * 100,000 nested elements cost quadratic time. Before parsing, tags nested deeper than {@link MAX_SOURCE_DEPTH} are
 * dropped from the source (their text stays). Real pages never come near the limit, and their source is returned
 * unchanged.
 * @module
 */

/** The deepest element nesting kept in the source. */
export const MAX_SOURCE_DEPTH = 400;

const TAG = /<(\/?)([a-z][\w:-]{0,40})[^<>]{0,2000}?(\/?)>/giu;
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

/**
 * A name of {@link VOID} in ASCII letters of either case at `lastIndex`, where the name ends as {@link TAG} reads it
 * (no letter, digit, `_`, `:`, `-`, `ſ` or Kelvin sign after it): tested in place, as cutting and folding the name
 * a tag was most of the scan's garbage on pages of tiny elements.
 */
const VOID_AT = /(?:area|base|br|col|embed|hr|img|input|link|meta|param|source|track|wbr)(?![\w:ſ\u212A-])/iy;

/** Whether a character can start a tag name as {@link TAG} reads one: a Latin letter, `ſ` or the Kelvin sign (`iu`). */
function isNameStart(code: number): boolean {
  const letter = code | 0x20;
  return (letter >= 0x61 && letter <= 0x7a) || code === 0x17f || code === 0x212a;
}

/** Whether a character continues a tag name, among the ASCII ones: a letter, a digit, `_`, `:` or `-`. */
function isAsciiNameChar(code: number): boolean {
  const letter = code | 0x20;
  return (letter >= 0x61 && letter <= 0x7a) || (code >= 0x30 && code <= 0x3a) || code === 0x5f || code === 0x2d;
}

/**
 * Whether the source may nest deeper than {@link MAX_SOURCE_DEPTH} as {@link limitSourceNesting} reads it, by a
 * bound above its depth found without the pattern (whose match a tag cost most of the guard's time on pages of tiny
 * elements): every `<` and a letter opens, unless the name is a void one; only a closing tag written as a name and
 * `>` (`</p>`), which the pattern reads the same, closes. Opening more and closing less than the guard, the bound is
 * never below its depth, so a source it keeps under the limit is one the guard returns unchanged.
 *
 * @param html - the HTML source
 * @returns false when the guard would drop nothing
 */
export function mayNestTooDeep(html: string): boolean {
  let depth = 0;
  for (let at = html.indexOf('<'); at !== -1; at = html.indexOf('<', at + 1)) {
    const closing = html.charCodeAt(at + 1) === 0x2f;
    const start = closing ? at + 2 : at + 1;
    if (!isNameStart(html.charCodeAt(start))) continue;
    let end = start + 1;
    while (end - start < 41 && isAsciiNameChar(html.charCodeAt(end))) end += 1;
    // A name of one letter is no void one (most names of a page of tiny elements): the pattern is not tried.
    VOID_AT.lastIndex = start;
    if (end - start > 1 && VOID_AT.test(html)) continue;
    const next = html.charCodeAt(end);
    if (!closing) {
      if (depth >= MAX_SOURCE_DEPTH) return true;
      depth += 1;
    } else if (next === 0x3e && depth > 0) depth -= 1;
  }
  return false;
}

/**
 * Drops the tags of elements nested deeper than {@link MAX_SOURCE_DEPTH}, each for one space. Linear time, in one
 * pass: the source is cut only once a tag must go, and the pieces kept are joined once at the end (adding a piece
 * at a time builds a rope of a million pieces on unclosed tags, which the parser must flatten).
 *
 * @param html - the HTML source
 * @returns the source, unchanged unless it nests deeper than the limit
 */
export function limitSourceNesting(html: string): string {
  if (!mayNestTooDeep(html)) return html;
  const kept: string[] = [];
  let cursor = 0;
  let depth = 0;
  let dropped = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(html); match !== null; match = TAG.exec(html)) {
    if (match[3] === '/' || VOID.has((match[2] ?? '').toLowerCase())) continue;
    let drop = false;
    if (match[1] === '/') {
      if (dropped > 0) {
        dropped -= 1;
        drop = true;
      } else depth = Math.max(0, depth - 1);
    } else if (depth >= MAX_SOURCE_DEPTH) {
      dropped += 1;
      drop = true;
    } else depth += 1;
    if (drop) {
      kept.push(html.slice(cursor, match.index));
      cursor = match.index + match[0].length;
    }
  }
  if (kept.length === 0) return html;
  kept.push(html.slice(cursor));
  return kept.join(' ');
}
