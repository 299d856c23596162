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
 * Drops the tags of elements nested deeper than {@link MAX_SOURCE_DEPTH}, each for one space. Linear time, in one
 * pass: the source is cut only once a tag must go, and the pieces kept are joined once at the end (adding a piece
 * at a time builds a rope of a million pieces on unclosed tags, which the parser must flatten).
 *
 * @param html - the HTML source
 * @returns the source, unchanged unless it nests deeper than the limit
 */
export function limitSourceNesting(html: string): string {
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
