import type { Candidates } from '../model/candidates';
import type { CandidateOrigin } from '../model/draft';
import { readBylineLine } from '../fields/byline-forms';
import { isPersonName } from '../people/person-name';
import { countWords } from '../text/prose';
import { type BlockShape, shapeOfBlock } from './block-shape';
import { splitBlocks, stripEchoedSuffix } from './blocks';

/**
 * The blocks of a structured dump with their shapes and positions, and the reading state the structured front
 * end's readers share.
 * @module
 */

/** One block with its shape and position. */
export interface ShapedBlock {
  /** Position among the dump's blocks. */
  readonly index: number;
  /** The block's text, whitespace collapsed. */
  readonly text: string;
  /** What the block's value looks like. */
  readonly shape: BlockShape;
}

/** Marks a block as used by a field. */
export type Use = (block: ShapedBlock) => void;
/** Names where a block's value came from. */
export type Origin = (block: ShapedBlock) => CandidateOrigin;

/** What the readers of one dump share: its blocks, the candidates found so far and the blocks already used. */
export interface DumpReading {
  /** All blocks, in order. */
  readonly blocks: readonly ShapedBlock[];
  /** Where the readers propose values. */
  readonly candidates: Candidates;
  /** Indexes of the blocks given to a field (or the body). */
  readonly used: ReadonlySet<number>;
  /** Marks a block used. */
  readonly use: Use;
  /** Names where a block's value came from. */
  readonly origin: Origin;
}

/** Words at most in a block read as a byline (`By NAME, Wire Service Writer`, `NAME | Outlet`). */
const MAX_BYLINE_WORDS = 12;

/**
 * A label block that is a byline in one of its forms (`By NAME, Role`, `NAME | Outlet`, `NAME, Outlet.com`,
 * `NAME and NAME`): the first person, with the others as co-authors. `marker` takes only bylines a word opens.
 */
function bylineShape(block: string, forms: 'marker' | 'any'): BlockShape | undefined {
  if (countWords(block, MAX_BYLINE_WORDS + 1) > MAX_BYLINE_WORDS) return undefined;
  const reading = readBylineLine(block);
  const [name, ...coauthors] = reading?.names ?? [];
  if (name === undefined || reading === undefined || (forms === 'marker' && reading.form !== 'marker')) return undefined;
  // Without a byline word the names open the block (`NAME | Outlet`), not end a title (`Story - NAME - Site`).
  if (reading.form === 'bare' && !block.startsWith(name)) return undefined;
  return coauthors.length > 0 ? { kind: 'person-detail', name, coauthors } : { kind: 'person-detail', name };
}

/**
 * Splits a dump into blocks and gives each its shape. A person's block with a value echoed at its end
 * (`Bruno Rodrigues São Paulo` beside a `São Paulo` block) is read as that person, and the echoed value as no person.
 *
 * @param text - normalised input text
 * @returns the shaped blocks, in order
 */
export function shapeBlocks(text: string): ShapedBlock[] {
  const raw = splitBlocks(text).map((block) => block.replace(/\s+/gu, ' '));
  const shortBlocks = new Set(raw.filter((block) => countWords(block, 4) <= 3));
  const echoed = new Set<string>();
  const shaped: ShapedBlock[] = raw.map((block, index) => {
    let shape = shapeOfBlock(block);
    // `Par Claire Dubois` reads as three capitalised words; its byline word says who they are.
    if (shape.kind === 'label' && shape.person) shape = bylineShape(block, 'marker') ?? shape;
    if (shape.kind === 'label' && !shape.person) {
      const stripped = stripEchoedSuffix(block, shortBlocks);
      if (stripped !== block && isPersonName(stripped)) {
        shape = { kind: 'person-detail', name: stripped };
        echoed.add(block.slice(stripped.length).trim());
      } else shape = bylineShape(block, 'any') ?? shape;
    }
    return { index, text: block, shape };
  });
  // A value echoed at the end of a person's block (a place, an affiliation) is not itself a person.
  return shaped.map((block): ShapedBlock =>
    block.shape.kind === 'label' && echoed.has(block.text) ? { ...block, shape: { kind: 'label', person: false } } : block,
  );
}
