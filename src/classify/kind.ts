import type { ContentKind } from '../model/article';
import type { KindResult } from '../model/draft';
import type { KindSignals } from './signals';

/**
 * Is this an article? The kind of a page from its {@link KindSignals}: an additive score whose weights are in one
 * table, positive for an article; the sign picks `article` or the non-article kind the strongest signal names.
 * @module
 */

/**
 * Weights of the article score, on one log-odds scale (positive: an article). An input is an article unless the
 * page says otherwise or its text has the shape of something else.
 */
const enum KIND_WEIGHTS {
  /** Most inputs handed to an article parser are articles. */
  prior = 1,
  /** JSON-LD with an article type, or `og:type` article. */
  declaredArticle = 4,
  /** A feed root, or JSON-LD/`og:type` naming a collection, a search result page, a profile or a product. */
  declaredOther = -5,
  /** The headline + teaser pattern: four or more prose units, none long, and hardly any following another. */
  teasers = -3,
  /** Less than a paragraph of prose in a row. */
  littleProse = -2,
  /** Timestamps and bare URLs dense in the text: a feed read as text. */
  stamps = -3.5,
  /** Each paragraph of 60 words or more (up to three). */
  longParagraph = 0.5,
}

/** Where the signals start to count, on the signals' own scales. */
const enum KIND_THRESHOLDS {
  /** Fewest prose units for the teaser pattern. */
  teaserUnits = 4,
  /** Largest share of prose units that follow another one, in the teaser pattern. */
  teaserPaired = 0.15,
  /** Fewest words of prose in a row for an article. */
  runWords = 60,
  /** Timestamps and bare URLs per word from which the text reads as a feed. */
  stampsPerWord = 0.04,
  /** Fewest timestamps and bare URLs for that. */
  stamps = 5,
  /** Paragraphs of 60 words or more counted, at most. */
  longParagraphs = 3,
}

/**
 * Classifies a page as an article, a listing, a feed or something else.
 *
 * @param signals - the page's kind signals
 * @returns the kind and the confidence in it (rounded to two decimals)
 */
export function classifyKind(signals: KindSignals): KindResult {
  let score: number = KIND_WEIGHTS.prior;
  let other: ContentKind = 'other';
  const declared = signals.declared;
  if (declared === 'article') score += KIND_WEIGHTS.declaredArticle;
  else if (declared !== undefined) score += KIND_WEIGHTS.declaredOther;
  if (signals.prose >= KIND_THRESHOLDS.teaserUnits && signals.longProse === 0 && signals.paired <= signals.prose * KIND_THRESHOLDS.teaserPaired) {
    score += KIND_WEIGHTS.teasers;
    other = 'listing';
  }
  if (signals.stamps >= KIND_THRESHOLDS.stamps && signals.stamps >= signals.words * KIND_THRESHOLDS.stampsPerWord) {
    score += KIND_WEIGHTS.stamps;
    other = 'feed';
  }
  if (signals.runWords < KIND_THRESHOLDS.runWords) score += KIND_WEIGHTS.littleProse;
  score += KIND_WEIGHTS.longParagraph * Math.min(signals.longProse, KIND_THRESHOLDS.longParagraphs);
  if (declared !== undefined && declared !== 'article') other = declared;
  // The logistic function: the score on the log-odds scale as a probability.
  const probability = 1 / (1 + Math.exp(-score));
  const kind = score > 0 ? 'article' : other;
  return { kind, confidence: +(kind === 'article' ? probability : 1 - probability).toFixed(2) };
}
