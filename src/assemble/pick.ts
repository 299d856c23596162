import { isLinkLike, nameKey } from '../people/person-name';
import { urlKey } from '../fields/urls';
import type { CandidateSource, ListCandidate, ListFields, ScalarCandidate, ScalarFields, ListField, ScalarField } from '../model/draft';

/**
 * Choosing among candidates: the best-scored value of a single-valued field; the merged, deduplicated values of a
 * many-valued field.
 * @module
 */

/**
 * The winning candidate of a field: highest score, and the earliest on a tie.
 *
 * @param candidates - all scalar candidates
 * @param field - the field to pick
 * @returns the winning candidate, or `undefined` when the field has none
 */
export function pickScalar<F extends ScalarField>(
  candidates: readonly ScalarCandidate[],
  field: F,
): (ScalarCandidate & { field: F; value: ScalarFields[F] }) | undefined {
  let best: ScalarCandidate | undefined;
  for (const candidate of candidates) {
    if (candidate.field !== field) continue;
    if (best === undefined || candidate.score > best.score) best = candidate;
  }
  return best as (ScalarCandidate & { field: F; value: ScalarFields[F] }) | undefined;
}

/** The key two list elements are the same by. */
function keyOf(candidate: ListCandidate): string {
  switch (candidate.field) {
    case 'tags':
    case 'keywords':
      return candidate.value.toLowerCase().replace(/\s+/gu, ' ').trim();
    case 'authors':
      return nameKey(candidate.value.name);
    case 'images':
      return candidate.value.url;
    case 'relatedLinks':
      return urlKey(candidate.value.url);
    default:
      return '';
  }
}

/** Whether a list candidate can be a value at all: an author named by a link (`https://…`, `javascript:…`) is none. */
function isUsable(candidate: ListCandidate): boolean {
  return candidate.field !== 'authors' || !isLinkLike(candidate.value.name);
}

/**
 * The candidates of a many-valued field that make its values, in input order, each value once (the first
 * occurrence wins).
 *
 * @param candidates - all list candidates
 * @param field - the field to collect
 * @returns the kept candidates
 */
export function collectCandidates<F extends ListField>(candidates: readonly ListCandidate[], field: F): (ListCandidate & { field: F; value: ListFields[F] })[] {
  const seen = new Set<string>();
  const kept: (ListCandidate & { field: F; value: ListFields[F] })[] = [];
  // People come from one source, the most trusted that names any (JSON-LD over meta over a byline element):
  // merging sources would list the same person twice under different spellings.
  let only: CandidateSource | undefined;
  if (field === 'authors') {
    let best = Number.NEGATIVE_INFINITY;
    for (const candidate of candidates) {
      if (candidate.field === field && candidate.score > best && isUsable(candidate)) {
        best = candidate.score;
        only = candidate.origin.source;
      }
    }
  }
  for (const candidate of candidates) {
    if (candidate.field !== field || !isUsable(candidate)) continue;
    if (only !== undefined && candidate.origin.source !== only) continue;
    const key = keyOf(candidate);
    if (key.length === 0 || seen.has(key)) continue;
    seen.add(key);
    kept.push(candidate as ListCandidate & { field: F; value: ListFields[F] });
  }
  return kept;
}
