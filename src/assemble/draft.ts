import type { KindResult } from '../classify/kind';
import type { Image, InputFormat, InputLayout, Person, Publisher, RelatedLink } from '../model/article';

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

/** One proposed value for a single-valued field. */
export type ScalarCandidate = {
  [F in ScalarField]: {
    readonly field: F;
    readonly value: ScalarFields[F];
    /** Where the value was found, e.g. `structured:block 3`, `html:json-ld`, `html:og:title`. */
    readonly origin: string;
    /** Trust: the highest score wins; on a tie the earlier candidate wins. */
    readonly score: number;
  };
}[ScalarField];

/** One proposed element of a many-valued field. */
export type ListCandidate = {
  [F in ListField]: {
    readonly field: F;
    readonly value: ListFields[F];
    readonly origin: string;
    readonly score: number;
  };
}[ListField];

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
