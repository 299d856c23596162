import type { Candidates } from '../model/candidates';
import { TRUST } from '../model/trust';
import { isCollectiveByline, nameKey } from '../people/person-name';
import type { DumpReading, Origin, ShapedBlock, Use } from './shaped-block';
import { findLabelRuns } from './labels';
import { isNewsroom } from '../fields/byline';

/**
 * People, tags, section, genre and site name from the label blocks of a structured dump.
 * @module
 */

/** Genre words a lone label block is read as (schema.org `genre` values seen in the wild). */
const GENRE_TERMS = new Set(
  ('news analysis opinion review reviews feature features interview editorial blog story report commentary column ' +
    'explainer obituary essay letter podcast video live satire investigation profile').split(' '),
);

/** Most words of a site name read from a block's prefix. */
const SITE_NAME_WORDS = 8;
/** Fewest distinct labels in a run read as a section and its tags. */
const MIN_TAG_RUN = 3;

/**
 * Authors, tags, section, genre and site name from the label blocks.
 *
 * @param reading - the dump being read (blocks not yet used are read)
 * @param bodyText - the body, to tell people in the story from people credited
 */
export function readLabels(reading: DumpReading, bodyText: string): void {
  const { blocks, candidates, used, use, origin } = reading;
  const free = blocks.filter((block) => !used.has(block.index));
  const runs = findLabelRuns(free);
  // The word-prefixes of every block (`Aktuálně.cz` of `Aktuálně.cz Víte, co se právě děje`), for site names.
  const prefixes = new Set<string>();
  for (const block of blocks) {
    const words = block.text.split(' ');
    for (let length = 1; length < Math.min(words.length, SITE_NAME_WORDS + 1); length++) prefixes.add(words.slice(0, length).join(' '));
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
    if (distinct.size >= MIN_TAG_RUN) {
      const [head, ...tags] = members;
      if (head !== undefined && !sectionTaken) {
        candidates.scalar('section', head.text, origin(head), TRUST.dumpValue);
        sectionTaken = true;
        use(head);
      } else if (head !== undefined) tags.unshift(head);
      for (const block of tags) {
        // A person named in tags but nowhere in the body is more likely a credit than a topic.
        if (isPersonBlock(block) && !bodyKey.includes(` ${nameKey(block.text)} `)) {
          authorGroups.push([block]);
        } else {
          candidates.list('tags', block.text, origin(block), TRUST.dumpValue);
          use(block);
        }
      }
      continue;
    }
    for (const block of members) {
      if (isPersonBlock(block)) authorGroups.push([block]);
      else if (GENRE_TERMS.has(block.text.toLowerCase()) && !candidates.has('genre')) {
        candidates.scalar('genre', block.text, origin(block), TRUST.dumpValue);
        use(block);
      } else if (prefixes.has(block.text)) {
        candidates.scalar('siteName', block.text, origin(block), TRUST.guess);
        use(block);
      }
    }
  }
  // With no person credited, a newsroom, an agency or a desk standing alone is the author (`Associated Press`,
  // `BBC News`, `Staff`), as a page's JSON-LD names one; the first such block, not yet given to another field.
  if (authorGroups.length === 0) {
    const newsroom = free.find((block) => block.shape.kind === 'label' && !used.has(block.index) && isNewsroom(block.text));
    if (newsroom !== undefined) authorGroups.push([newsroom]);
  }
  readAuthors(authorGroups, candidates, use, origin);
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
function readAuthors(groups: readonly ShapedBlock[][], candidates: Candidates, use: Use, origin: Origin): void {
  const first = groups[0];
  if (first === undefined) return;
  const byline = new Set(first.map((block) => nameKey(personName(block))));
  for (const group of groups) {
    for (const block of group) {
      const name = personName(block);
      if (!byline.has(nameKey(name))) continue;
      const url = block.shape.kind === 'person-detail' ? block.shape.url : undefined;
      candidates.list('authors', url === undefined ? { name } : { name, url }, origin(block), TRUST.dumpValue);
      const coauthors = block.shape.kind === 'person-detail' ? (block.shape.coauthors ?? []) : [];
      for (const coauthor of coauthors) candidates.list('authors', { name: coauthor }, origin(block), TRUST.dumpValue);
      use(block);
    }
  }
}
