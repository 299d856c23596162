/**
 * The `Article` data model: plain, readonly, JSON-serialisable data.
 *
 * Every optional field is absent when the input does not give it — never `""`, never `null`.
 * Every list field is always present (possibly empty).
 *
 * @module
 */

/**
 * A person credited on the article (author, creator).
 * @example
 * ```ts
 * const author: Person = { name: 'Ilya Tsukanov' };
 * ```
 * @category Model
 */
export interface Person {
  /** Display name, without "By", roles or dates, e.g. `"Ilya Tsukanov"`. */
  readonly name: string;
  /** Profile page of the person, when the input gives one (http/https only). */
  readonly url?: string;
}

/**
 * A width × height pair in pixels.
 * @example
 * ```ts
 * const size: Size = { width: 1920, height: 1080 };
 * ```
 * @category Model
 */
export interface Size {
  /** Width in pixels. */
  readonly width: number;
  /** Height in pixels. */
  readonly height: number;
}

/**
 * An image: the article's lead image or one found in it.
 * @example
 * ```ts
 * const image: Image = { url: 'https://example.com/lead.jpg', width: 1920, height: 1080, caption: 'The lead image' };
 * ```
 * @category Model
 */
export interface Image {
  /** Absolute http/https URL of the image. */
  readonly url: string;
  /** Width in pixels, when known. */
  readonly width?: number;
  /** Height in pixels, when known. */
  readonly height?: number;
  /** Caption or alt text, when known. */
  readonly caption?: string;
  /** Other sizes the page offers for the same image (e.g. 1920×1080, 1920×1440), when listed. */
  readonly renditions?: readonly Size[];
}

/**
 * The logo of a publisher. All fields are optional because dumps often carry only the size.
 * @example
 * ```ts
 * const logo: Logo = { width: 252, height: 60 };
 * ```
 * @category Model
 */
export interface Logo {
  /** Absolute http/https URL of the logo. */
  readonly url?: string;
  /** Width in pixels. */
  readonly width?: number;
  /** Height in pixels. */
  readonly height?: number;
}

/**
 * The organisation that publishes the article.
 * @example
 * ```ts
 * const publisher: Publisher = { name: 'Sputnik International', email: 'feedback@sputniknews.com', logo: { width: 252, height: 60 } };
 * ```
 * @category Model
 */
export interface Publisher {
  /** Public name, e.g. `"Sputnik International"`. */
  readonly name?: string;
  /** Legal name, e.g. `"MIA „Rosiya Segodnya“"`. */
  readonly legalName?: string;
  /** Contact e-mail address. */
  readonly email?: string;
  /** Contact telephone number as printed. */
  readonly telephone?: string;
  /** Home page (http/https). */
  readonly url?: string;
  /** Other profiles of the publisher (social accounts, editorial policies), http/https only. */
  readonly sameAs?: readonly string[];
  /** The publisher's logo. */
  readonly logo?: Logo;
}

/**
 * The kind of a body block.
 * @example
 * ```ts
 * const type: BlockType = 'heading';
 * ```
 * @category Model
 */
export type BlockType = 'paragraph' | 'heading' | 'quote' | 'list-item';

/**
 * One block of the article body, in reading order.
 * @example
 * ```ts
 * const block: Block = { type: 'paragraph', text: 'Lavrov wrapped up a formal visit to North Korea on Thursday.' };
 * ```
 * @category Model
 */
export interface Block {
  /** What the block is. */
  readonly type: BlockType;
  /** The block's text, whitespace collapsed, no HTML. */
  readonly text: string;
}

/**
 * How a quotation appears: a whole quoted statement, a fragment inside a sentence, or a block quote.
 * @example
 * ```ts
 * const kind: QuoteKind = 'partial';
 * ```
 * @category Model
 */
export type QuoteKind = 'direct' | 'partial' | 'block';

/**
 * A quotation found in the body.
 * @example
 * ```ts
 * const quote: Quote = { text: 'real friendship', speaker: 'Kim Jong Un', block: 3, kind: 'partial' };
 * ```
 * @category Model
 */
export interface Quote {
  /** The quoted words, without the quotation marks and without a trailing comma. */
  readonly text: string;
  /** Who said it, resolved to the fullest name the article gives ("Lavrov" → "Sergei Lavrov"); absent for scare quotes. */
  readonly speaker?: string;
  /** Index into `Article.body` of the block holding the quotation. */
  readonly block: number;
  /** Direct statement, partial fragment or block quote. */
  readonly kind: QuoteKind;
}

/**
 * A link to another article, as listed beside or inside the article.
 * @example
 * ```ts
 * const link: RelatedLink = { url: 'https://example.com/20230917/story-1.html', title: 'Story', publishedAt: '2023-09-17T00:00:00.000Z' };
 * ```
 * @category Model
 */
export interface RelatedLink {
  /** Absolute http/https URL. */
  readonly url: string;
  /** Anchor text, or a readable title made from the URL's slug. */
  readonly title?: string;
  /** Date carried by the URL path (`/20230917/`, `/2023/09/17/`), as an ISO 8601 string. */
  readonly publishedAt?: string;
}

/**
 * The input format the parser read.
 * @example
 * ```ts
 * parseArticle('<!doctype html><title>T</title>').source.format; //=> 'html'
 * ```
 * @category Model
 */
export type InputFormat = 'text' | 'html';

/**
 * The layout the parser recognised in the input.
 *
 * - `structured`: a dump of a page's metadata values and body, one block per value, no key names.
 * - `page-text`: the text of a whole page (menus, footers and all).
 * - `plain`: the text of an article alone.
 * - `html`: an HTML document.
 * @example
 * ```ts
 * parseArticle(readFileSync('structured.txt', 'utf8')).source.layout; //=> 'structured'
 * ```
 * @category Model
 */
export type InputLayout = 'structured' | 'page-text' | 'plain' | 'html';

/**
 * What kind of page the input is: an article, a listing of articles (a section front, search results, a tag page,
 * a timeline of posts), a syndication feed, or something else (a product page, a documentation index, an app).
 * @example
 * ```ts
 * parseArticle(sectionFrontHtml).source.kind; //=> 'listing'
 * ```
 * @category Model
 */
export type ContentKind = 'article' | 'listing' | 'feed' | 'other';

/**
 * Where the Article came from.
 * @example
 * ```ts
 * const source: ArticleSource = { format: 'text', layout: 'structured', kind: 'article', confidence: 0.9, fields: { title: 'structured:block 1' } };
 * ```
 * @category Model
 */
export interface ArticleSource {
  /** The format that was parsed. */
  readonly format: InputFormat;
  /** The layout that was recognised. */
  readonly layout: InputLayout;
  /**
   * What kind of page the input is. On anything but an article the Article still holds everything found, but no
   * author is taken from a line of page text that merely looks like a name (a section or navigation heading): only
   * written-out bylines (`By …`, byline markup) and structured data credit authors there.
   */
  readonly kind: ContentKind;
  /** How sure the parser is of `kind`, from 0 to 1. */
  readonly confidence: number;
  /**
   * Where each field came from: for a single-valued field, the source that won; for a non-empty list field
   * (`authors`, `tags`, `keywords`, `images`, `relatedLinks`), the source of its first value. E.g. `{ title:
   * 'html:json-ld', publishedAt: 'html:meta article:published_time', description: 'structured:block 3', authors:
   * 'html:json-ld' }`.
   */
  readonly fields: Readonly<Record<string, string>>;
}

/**
 * A parsed article. Plain data: `JSON.parse(JSON.stringify(article))` and `structuredClone(article)` are equal to it.
 * @example
 * ```ts
 * const article: Article = parseArticle(text);
 * article.title;                 //=> 'Lavrov’s North Korea Trip Designed to ‘Counterbalance’ US Belligerence in Asian Theater'
 * article.authors[0]?.name;      //=> 'Ilya Tsukanov'
 * article.quotes[0]?.speaker;    //=> 'Sergei Lavrov'
 * ```
 * @category Model
 */
export interface Article {
  /** Canonical URL (http/https). */
  readonly url?: string;
  /** Headline. */
  readonly title?: string;
  /** Summary / standfirst. */
  readonly description?: string;
  /** First publication, ISO 8601 in UTC (`2023-10-20T14:34:00.000Z`). */
  readonly publishedAt?: string;
  /** Last modification, ISO 8601 in UTC; only when later than `publishedAt`. */
  readonly modifiedAt?: string;
  /** Section of the site, e.g. `"analysis"`. */
  readonly section?: string;
  /** Genre, e.g. `"News"`. */
  readonly genre?: string;
  /** Name of the site or publication. */
  readonly siteName?: string;
  /** Topic tags, deduplicated, in input order. */
  readonly tags: readonly string[];
  /** Keywords, deduplicated, in input order. */
  readonly keywords: readonly string[];
  /** BCP 47 language tag (`en`, `pt-BR`). */
  readonly language?: string;
  /** Copyright year. */
  readonly copyrightYear?: number;
  /** Credited authors, one entry per person. */
  readonly authors: readonly Person[];
  /** The publishing organisation. */
  readonly publisher?: Publisher;
  /** Lead image. */
  readonly image?: Image;
  /** Every image found, the lead image first. */
  readonly images: readonly Image[];
  /** Body blocks in reading order. */
  readonly body: readonly Block[];
  /** The texts of the paragraph blocks of `body`. */
  readonly paragraphs: readonly string[];
  /** Quotations in the body, in reading order. */
  readonly quotes: readonly Quote[];
  /** Links to related articles. */
  readonly relatedLinks: readonly RelatedLink[];
  /** Number of words in the body. */
  readonly wordCount: number;
  /** XPath/CSS selectors of the parts suited to text-to-speech. */
  readonly speakable?: readonly string[];
  /** Input blocks that fit no field, verbatim — nothing is silently lost. */
  readonly leftovers: readonly string[];
  /** What was parsed and how. */
  readonly source: ArticleSource;
}
