/**
 * Runs before `npm run test:quality`: without the corpus the floors cannot be measured, so stop at once with one line
 * saying where the corpus was looked for and how to point at it, instead of a page of failed expectations.
 */
import { loadCorpus, missingCorpusMessage } from '../eval/corpus';

if (loadCorpus().length === 0) {
  console.error(missingCorpusMessage());
  process.exit(1);
}
