import type { RawChunk } from '../model/draft';
import { isCreditLine } from '../fields/byline-forms';
import { bylineAlternation } from '../fields/byline-words';
import { findDates } from '../fields/text-dates';
import { countWords } from '../text/prose';

/**
 * Header lines the content container holds before the lede: a credits line (`Produced by NAME, Photographs by NAME`),
 * a date line (`Sept. 15, 2016`), a key-points box (`Highlights` and its list). They belong to the article's header,
 * not its body: the body starts at the lede and these lines go to the leftovers.
 * @module
 */

/** Limits of the header-line search, one scale per measure (chunks, characters, words). */
const enum HEADER_LINE_WEIGHTS {
  /** Header lines are looked for among this many chunks at the start of the body. */
  leadingChunks = 3,
  /** A credits line is at most this long (characters): longer, it is a paragraph that opens with a credit. */
  maxCreditLength = 300,
  /** A date line has at most this many words (`Published Sept. 15, 2016, 10:04 a.m.`). */
  maxDateWords = 8,
}

/** Sentence-final punctuation: a credit line ending with it is a caption or a paragraph, not a credits line. */
const SENTENCE_END = /[.!?。！？]["'”’»」』)]?$/u;

/**
 * The labels of a key-points box before the lede, per language, lower case, `|` between them (the heading above a
 * short list of the story's points).
 */
const KEY_POINTS_LABELS: Readonly<Record<string, string>> = {
  en: 'highlights|key points|key takeaways|at a glance|in brief|the big picture|what you need to know',
  fr: 'l’essentiel|l\'essentiel|en bref|à retenir|points clés',
  de: 'das wichtigste in kürze|das wichtigste|auf einen blick|in kürze',
  es: 'claves|lo más importante|en resumen|puntos clave',
  it: 'in breve|punti chiave|in sintesi',
  pt: 'destaques|pontos-chave|em resumo',
  nl: 'in het kort|de belangrijkste punten',
  ru: 'главное|коротко',
  ja: 'ポイント|要点|この記事のポイント|まとめ',
  zh: '要点|重点|摘要',
};

/** Every key-points label of every language. */
const KEY_POINTS = new Set(Object.values(KEY_POINTS_LABELS).flatMap((labels) => labels.split('|')));

/** A role and a byline word before a capitalised name open a credits line (`Produced by NAME`, `Fotos von NAME`). */
const ROLE_BY_NAME = new RegExp(`^\\p{L}+(?: \\p{L}+)? (?:${bylineAlternation('byInside')}) \\p{Lu}`, 'u');

/**
 * Whether a chunk is a credits line: it opens with a role credited to a name, holds a credit, and is no sentence
 * (a caption ending with its picture credit opens with its own words).
 */
function isCreditsLine(text: string): boolean {
  return text.length <= HEADER_LINE_WEIGHTS.maxCreditLength && !SENTENCE_END.test(text) && ROLE_BY_NAME.test(text) && isCreditLine(text);
}

/** Whether a chunk is only a date (with a few words around it: `Published Sept. 15, 2016`). */
function isDateLine(text: string): boolean {
  return countWords(text, HEADER_LINE_WEIGHTS.maxDateWords + 1) <= HEADER_LINE_WEIGHTS.maxDateWords && !SENTENCE_END.test(text.replace(/\.$/u, '')) && findDates(text).length > 0;
}

/** Whether a chunk labels a key-points box (`Highlights`, `L’essentiel`, `要点`), a colon after it allowed. */
function isKeyPointsLabel(text: string): boolean {
  return KEY_POINTS.has(text.trim().replace(/[:：]$/u, '').toLowerCase());
}

/**
 * Which of the body's first chunks are header lines: credits and date lines, and a key-points label with the list
 * items under it. At least one chunk after them always stays in the body.
 *
 * @param chunks - the body chunks, in order
 * @returns the indexes of the header chunks, ascending
 * @example
 * ```ts
 * headerChunkIndexes([{ text: 'Sept. 15, 2016' }, { text: 'The museum opens on Sept. 24.' }]); //=> [0]
 * ```
 */
export function headerChunkIndexes(chunks: readonly RawChunk[]): number[] {
  const indexes: number[] = [];
  for (let index = 0; index < Math.min(HEADER_LINE_WEIGHTS.leadingChunks, chunks.length - 1); index++) {
    const chunk = chunks[index];
    if (chunk === undefined) break;
    // Credits and date lines open the body, one after another: further down they may be the article's own.
    if (indexes.length === index && (isCreditsLine(chunk.text) || isDateLine(chunk.text))) {
      indexes.push(index);
      continue;
    }
    if (!isKeyPointsLabel(chunk.text)) continue;
    let end = index + 1;
    while (chunks[end]?.type === 'list-item') end++;
    // A label with no list under it, or nothing after the list, is no box before the lede.
    if (end === index + 1 || end >= chunks.length) continue;
    for (let box = index; box < end; box++) indexes.push(box);
    break;
  }
  return indexes;
}
