import type { ListCandidate, ScalarCandidate } from '../model/draft';
import { isCollectiveByline, nameKey } from '../fields/people';
import type { Origin, ShapedBlock, Use } from './shaped-block';
import { findLabelRuns } from './labels';

/**
 * People, tags, section, genre and site name from the label blocks of a structured dump.
 * @module
 */

/** Genre words a lone label block is read as (schema.org `genre` values seen in the wild). */
const GENRE_TERMS = new Set(
  ('news analysis opinion review reviews feature features interview editorial blog story report commentary column ' +
    'explainer obituary essay letter podcast video live satire investigation profile').split(' '),
);

/**
 * Authors, tags, section, genre and site name from the label blocks.
 *
 * @param blocks - all blocks
 * @param used - blocks already given to a field
 * @param bodyText - the body, to tell people in the story from people credited
 * @param scalars - where to add single-valued candidates
 * @param lists - where to add list candidates
 * @param use - marks a block used
 * @param origin - names a block's origin
 */
export function readLabels(
  blocks: readonly ShapedBlock[],
  used: ReadonlySet<number>,
  bodyText: string,
  scalars: ScalarCandidate[],
  lists: ListCandidate[],
  use: Use,
  origin: Origin,
): void {
  const free = blocks.filter((block) => !used.has(block.index));
  const runs = findLabelRuns(free);
  // The word-prefixes of every block (`Aktuálně.cz` of `Aktuálně.cz Víte, co se právě děje`), for site names.
  const prefixes = new Set<string>();
  for (const block of blocks) {
    const words = block.text.split(' ');
    for (let length = 1; length < Math.min(words.length, 9); length++) prefixes.add(words.slice(0, length).join(' '));
  }
  const bodyKey = ` ${nameKey(bodyText)} `;
  const authorGroups: ShapedBlock[][] = [];
  let sectionTaken = false;
  for (const run of runs) {
    let members = run;
    // People leading a run are credited people, not topics.
    const people: ShapedBlock[] = [];
    while (members[0] !== undefined && isPersonBlock(members[0])) {
      people.push(members[0]);
      members = members.slice(1);
    }
    if (people.length > 0) authorGroups.push(people);
    const distinct = new Set(members.map((block) => block.text.toLowerCase()));
    if (distinct.size >= 3) {
      const [head, ...tags] = members;
      if (head !== undefined && !sectionTaken) {
        scalars.push({ field: 'section', value: head.text, origin: origin(head), score: 1 });
        sectionTaken = true;
        use(head);
      } else if (head !== undefined) tags.unshift(head);
      for (const block of tags) {
        // A person named in tags but nowhere in the body is more likely a credit than a topic.
        if (isPersonBlock(block) && !bodyKey.includes(` ${nameKey(block.text)} `)) {
          authorGroups.push([block]);
        } else {
          lists.push({ field: 'tags', value: block.text, origin: origin(block), score: 1 });
          use(block);
        }
      }
      continue;
    }
    for (const block of members) {
      if (isPersonBlock(block)) authorGroups.push([block]);
      else if (GENRE_TERMS.has(block.text.toLowerCase()) && !scalars.some((c) => c.field === 'genre')) {
        scalars.push({ field: 'genre', value: block.text, origin: origin(block), score: 1 });
        use(block);
      } else if (prefixes.has(block.text)) {
        scalars.push({ field: 'siteName', value: block.text, origin: origin(block), score: 0 });
        use(block);
      }
    }
  }
  readAuthors(authorGroups, lists, use, origin);
}

function isPersonBlock(block: ShapedBlock): boolean {
  if (block.shape.kind === 'person-detail') return true;
  return block.shape.kind === 'label' && (block.shape.person || isCollectiveByline(block.text));
}

function personName(block: ShapedBlock): string {
  return block.shape.kind === 'person-detail' ? block.shape.name : block.text;
}

/**
 * The first group of people is the byline; later people count only when they repeat a byline name
 * (author and creator of the same object), so contributors listed elsewhere stay leftovers.
 */
function readAuthors(groups: readonly ShapedBlock[][], lists: ListCandidate[], use: Use, origin: Origin): void {
  const first = groups[0];
  if (first === undefined) return;
  const byline = new Set(first.map((block) => nameKey(personName(block))));
  for (const group of groups) {
    for (const block of group) {
      const name = personName(block);
      if (!byline.has(nameKey(name))) continue;
      lists.push({ field: 'authors', value: { name }, origin: origin(block), score: 1 });
      use(block);
    }
  }
}
