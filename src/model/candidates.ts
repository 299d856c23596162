import { appendAll } from './append';
import type { CandidateOrigin, ListCandidate, ListField, ListFields, ScalarCandidate, ScalarField, ScalarFields } from './draft';

/**
 * Collecting a front end's candidates: one call per proposed value instead of a hand-written candidate object.
 * @module
 */

/**
 * The candidates one front end (or one of its readers) proposes, in the order proposed: on a score tie the earlier
 * candidate wins, so the order is part of the decision.
 * @example
 * ```ts
 * const found = new Candidates();
 * found.scalar('title', 'A Headline', { source: 'page:line', at: 3 }, 1);
 * found.list('authors', { name: 'Jane Roe' }, { source: 'page:line', at: 4 }, 1);
 * found.scalars[0]?.value; //=> 'A Headline'
 * ```
 */
export class Candidates {
  /** Proposed values of single-valued fields. */
  readonly scalars: ScalarCandidate[] = [];
  /** Proposed elements of many-valued fields. */
  readonly lists: ListCandidate[] = [];

  /**
   * Proposes a value for a single-valued field.
   * @param field - the field
   * @param value - the value
   * @param origin - where it was found
   * @param score - how much it is trusted
   */
  scalar<F extends ScalarField>(field: F, value: ScalarFields[F], origin: CandidateOrigin, score: number): void {
    this.scalars.push({ field, value, origin, score } as ScalarCandidate);
  }

  /**
   * Proposes one element of a many-valued field.
   * @param field - the field
   * @param value - the element
   * @param origin - where it was found
   * @param score - how much it is trusted
   */
  list<F extends ListField>(field: F, value: ListFields[F], origin: CandidateOrigin, score: number): void {
    this.lists.push({ field, value, origin, score } as ListCandidate);
  }

  /**
   * Whether a single-valued field has a candidate already.
   * @param field - the field
   * @returns `true` when one was proposed
   */
  has(field: ScalarField): boolean {
    return this.scalars.some((candidate) => candidate.field === field);
  }

  /**
   * Adds another collection's candidates after this one's.
   * @param other - the candidates to add
   */
  add(other: { readonly scalars: readonly ScalarCandidate[]; readonly lists: readonly ListCandidate[] }): void {
    appendAll(this.scalars, other.scalars);
    appendAll(this.lists, other.lists);
  }
}
