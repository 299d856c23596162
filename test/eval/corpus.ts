import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The reference values of one corpus case (`truth.json`). */
export interface Truth {
  url?: string;
  title?: string;
  authors?: string[];
  publishedAt?: string;
  modifiedAt?: string;
  language?: string;
  description?: string;
  siteName?: string;
  section?: string;
  tags?: string[];
  keywords?: string[];
  relatedLinks?: string[];
  body: string;
}

/** Input kinds of the corpus. */
export const KINDS = ['structured', 'innertext', 'w3m', 'html-to-text', 'html'] as const;
/** One input kind. */
export type Kind = (typeof KINDS)[number];

/** One case with its inputs. */
export interface CorpusCase {
  id: string;
  dir: string;
  truth: Truth;
}

/** Where the shared corpus is: `SCRAPED_ARTICLE_CORPUS`, else `../shared/corpus` beside the checkout. */
export function corpusDir(): string {
  return process.env.SCRAPED_ARTICLE_CORPUS ?? resolve(import.meta.dirname, '../../../shared/corpus');
}

/** The one line printed when the corpus is missing: where it was looked for and how to point at it. */
export function missingCorpusMessage(dir = corpusDir()): string {
  return `no corpus at ${dir}: set SCRAPED_ARTICLE_CORPUS to the corpus folder or place it at ../shared/corpus beside the checkout`;
}

/** Every case folder of a corpus (one with a `truth.json`), sorted by id, with its truth parsed. */
export function loadCaseFolders<T>(dir: string): { id: string; dir: string; truth: T }[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'truth.json')))
    .map((entry) => entry.name)
    .sort()
    .map((id) => ({ id, dir: join(dir, id), truth: JSON.parse(readFileSync(join(dir, id, 'truth.json'), 'utf8')) as T }));
}

/** All cases of the corpus, sorted by id. */
export function loadCorpus(dir = corpusDir()): CorpusCase[] {
  return loadCaseFolders<Truth>(dir);
}

/** The input of one kind for a case, or `undefined` when the case lacks it. */
export function inputOf(testCase: CorpusCase, kind: Kind): string | undefined {
  const file = kind === 'html' ? join(testCase.dir, 'source.html') : join(testCase.dir, 'text', `${kind}.txt`);
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
}
