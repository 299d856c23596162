import type { ResolvedOptions } from '../options';
import type { ContentKind, Image, InputFormat, InputLayout, Person, Publisher, RelatedLink } from './article';

/**
 * What a front end hands to the assembler: candidate values for each field, each with where it came from and how
 * much it is trusted, plus the raw body and the blocks that fit nowhere.
 * @module
 */

/** Single-valued fields and the type of their value. */
export interface ScalarFields {
  url: string;
  title: string;
  description: string;
  publishedAt: string;
  modifiedAt: string;
  section: string;
  genre: string;
  siteName: string;
  language: string;
  copyrightYear: number;
  publisher: Publisher;
  image: Image;
  speakable: readonly string[];
}

/** Many-valued fields and the type of one element. */
export interface ListFields {
  tags: string;
  keywords: string;
  authors: Person;
  images: Image;
  relatedLinks: RelatedLink;
}

/** Names of single-valued fields. */
export type ScalarField = keyof ScalarFields;
/** Names of many-valued fields. */
export type ListField = keyof ListFields;

/**
 * The kinds of place a candidate value comes from. With {@link CandidateOrigin.at} they make the strings of
 * `Article.source.fields` (`structured:block 3`, `page:line 12`, `html:json-ld`, `html:meta og:title`).
 */
export type CandidateSource =
  | 'structured:block'
  | 'page:line'
  | 'plain:first line'
  | 'text:detected'
  | 'html:json-ld'
  | 'html:microdata'
  | 'html:title'
  | 'html:html lang'
  | 'html:link canonical'
  | 'html:time datetime'
  | 'html:date element'
  | 'html:byline element'
  | 'html:h1'
  | 'html:shown text'
  | 'html:content link'
  | 'html:content image'
  | `html:meta ${string}`;

/** Where one candidate value was found. */
export interface CandidateOrigin {
  /** The kind of place, e.g. `html:json-ld` or `structured:block`. */
  readonly source: CandidateSource;
  /** The block or line index within that source, for block- and line-based front ends. */
  readonly at?: number;
}

/**
 * The documented string form of an origin, as `Article.source.fields` gives it.
 *
 * @param origin - where a value was found
 * @returns e.g. `structured:block 3` or `html:json-ld`
 * @example
 * ```ts
 * describeOrigin({ source: 'page:line', at: 12 }); //=> 'page:line 12'
 * ```
 */
export function describeOrigin(origin: CandidateOrigin): string {
  return origin.at === undefined ? origin.source : `${origin.source} ${origin.at}`;
}

/** One proposed value of one field. */
export interface Candidate<F extends string, V> {
  /** The field the value is proposed for. */
  readonly field: F;
  /** The value (one element, for a list field). */
  readonly value: V;
  /** Where the value was found. */
  readonly origin: CandidateOrigin;
  /**
   * Trust: for a single-valued field the highest score wins (on a tie the earlier candidate); for `authors` the
   * most trusted source that names any is the only one used.
   */
  readonly score: number;
}

/** One proposed value for a single-valued field. */
export type ScalarCandidate = { [F in ScalarField]: Candidate<F, ScalarFields[F]> }[ScalarField];

/** One proposed element of a many-valued field. */
export type ListCandidate = { [F in ListField]: Candidate<F, ListFields[F]> }[ListField];

/** The raw body a front end found, before the body processors run. */
export interface RawBody {
  /** Body text chunks in reading order; each chunk may hold several glued paragraphs. */
  readonly chunks: readonly RawChunk[];
}

/** One chunk of raw body text with what the front end already knows of it. */
export interface RawChunk {
  /** The text. */
  readonly text: string;
  /** Known block type; `undefined` when the body processors must decide (and split). */
  readonly type?: 'paragraph' | 'heading' | 'quote' | 'list-item';
}

/** What kind of page an input is, and how sure the front end is of it. */
export interface KindResult {
  readonly kind: ContentKind;
  /** 0..1. */
  readonly confidence: number;
}

/** Everything one front end extracted from one input. */
export interface Draft {
  readonly format: InputFormat;
  readonly layout: InputLayout;
  /** What kind of page the input is, from the signals the front end saw. */
  readonly kind: KindResult;
  readonly scalars: readonly ScalarCandidate[];
  readonly lists: readonly ListCandidate[];
  readonly body: RawBody;
  readonly leftovers: readonly string[];
  /** Extra text (title, description) in which people may be introduced by full name. */
  readonly context: readonly string[];
}

/**
 * A front end: reads one input layout into a {@link Draft}. Every front end receives every option; text front ends
 * receive the text already normalised (`normalizeText`), the HTML front end the raw source.
 */
export type FrontEnd = (input: string, options: ResolvedOptions) => Draft;
