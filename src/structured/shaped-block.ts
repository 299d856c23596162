import type { CandidateOrigin } from '../model/draft';
import type { BlockShape } from './block-shape';

/**
 * A block of a structured dump with its shape and position, as the structured front end's readers share it.
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
