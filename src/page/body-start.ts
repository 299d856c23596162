import type { LineFeatureTable } from './line-features';
import { isProseLine } from './region';

/**
 * Where the article's body starts in page text: right after its header (headline, byline, dateline), even when
 * an advertisement or a share bar stands between the first paragraph and the rest, which the article region
 * (the run where prose outweighs chrome) leaves out.
 * @module
 */

/** How far above the article region a first paragraph is still looked for, in lines. */
const OPENING_REACH = 6;

/**
 * The article region opened at the first paragraph under the header: a prose line between the header's last
 * line and the region, separated from the region only by lines that are not prose (chrome the chunking drops).
 *
 * @param region - the article region found
 * @param headerEnd - the header's last line (the byline, else the headline), when the page has a header
 * @param features - the page's line measurements
 * @returns the region, its start moved up to that paragraph when there is one
 */
export function openAtHeader(region: readonly [number, number], headerEnd: number | undefined, features: LineFeatureTable): [number, number] {
  if (headerEnd === undefined || headerEnd >= region[0] || region[0] - headerEnd > OPENING_REACH) return [region[0], region[1]];
  let start = region[0];
  for (let index = region[0] - 1; index > headerEnd; index--) {
    const feature = features.get(index);
    if (feature === undefined || feature.barrier) break;
    if (isProseLine(feature)) start = index;
  }
  return [start, region[1]];
}
