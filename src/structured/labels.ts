import { isCollectiveByline } from '../people/person-name';
import { slugCoverage, slugOverlap, slugWordsOf } from '../fields/slug';
import { countWords, endsLikeSentence } from '../text/prose';
import type { ShapedBlock } from './shaped-block';

/**
 * Label blocks of a structured dump: runs of short values (tags, people, section) and the headline.
 * @module
 */

const RUN_MEMBER = new Set(['label', 'person-detail', 'locale']);
const RUN_TRANSPARENT = new Set(['identifier', 'flag']);

/**
 * Groups label-like blocks into runs of neighbours. Identifier and flag blocks between two labels do not break a
 * run (they are values of the same flattened object); anything else does.
 *
 * @param blocks - the blocks not yet assigned to a field, in input order
 * @returns the runs, each in input order
 */
export function findLabelRuns(blocks: readonly ShapedBlock[]): ShapedBlock[][] {
  const runs: ShapedBlock[][] = [];
  let current: ShapedBlock[] = [];
  let lastIndex = -1;
  let pendingGap = 0;
  for (const block of blocks) {
    const kind = block.shape.kind;
    if (RUN_TRANSPARENT.has(kind)) {
      pendingGap += 1;
      continue;
    }
    const adjacent = block.index === lastIndex + 1 + pendingGap;
    if (RUN_MEMBER.has(kind)) {
      if (!adjacent && current.length > 0) {
        runs.push(current);
        current = [];
      }
      current.push(block);
      lastIndex = block.index;
    } else if (current.length > 0) {
      runs.push(current);
      current = [];
    }
    pendingGap = 0;
  }
  if (current.length > 0) runs.push(current);
  return runs;
}

/** How much a block reads as the headline. */
function headlineScore(block: ShapedBlock, rank: number, blocks: readonly ShapedBlock[], slugWords: ReadonlySet<string>, counts: ReadonlyMap<string, number>): number {
  const words = countWords(block.text, 31);
  let score = -0.3 * rank + 2 * slugOverlap(block.text, slugWords) + 2 * slugCoverage(block.text, slugWords);
  if ((counts.get(block.text) ?? 0) > 1) score += 3;
  if (words >= 3 && words <= 30) score += 2;
  else if (words === 2) score += 0.5;
  else if (words <= 1) score -= 2;
  if (endsLikeSentence(block.text)) score -= 1;
  if (block.shape.kind === 'label' && block.shape.person) score -= 2;
  const before = blocks[block.index - 1]?.shape.kind;
  const after = blocks[block.index + 1]?.shape.kind;
  if (before === 'label' && after === 'label') score -= 3;
  return score;
}

/**
 * Picks the headline: a short block that is not a person, a sentence or the body; repeated blocks (headline and
 * name) and earlier blocks are preferred.
 *
 * @param blocks - all blocks of the dump
 * @param body - the body block, never the headline
 * @returns the headline block, or `undefined`
 */
export function pickTitle(blocks: readonly ShapedBlock[], body: ShapedBlock | undefined): ShapedBlock | undefined {
  const counts = new Map<string, number>();
  for (const block of blocks) counts.set(block.text, (counts.get(block.text) ?? 0) + 1);
  const canonical = blocks.find((block) => block.shape.kind === 'url' && !block.shape.image);
  const slugWords = slugWordsOf(canonical?.shape.kind === 'url' ? canonical.shape.url : undefined);
  const candidates = blocks.filter((block) => {
    if (block === body) return false;
    const { shape } = block;
    if (shape.kind === 'label') return !isCollectiveByline(block.text);
    if (shape.kind !== 'prose') return false;
    return countWords(block.text, 41) <= 40 && !/\.["”’»]?$/u.test(block.text);
  });
  let best: ShapedBlock | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const [rank, block] of candidates.entries()) {
    const score = headlineScore(block, rank, blocks, slugWords, counts);
    if (score > bestScore) {
      best = block;
      bestScore = score;
    }
  }
  return best;
}
