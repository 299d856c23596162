import type { Article, Image, Logo, Publisher } from '../model/article';

/**
 * JSON-LD out: an {@link Article} as a schema.org `NewsArticle`, `BlogPosting` or `Article` object, ready for a
 * `<script type="application/ld+json">` block. The shapes below are checked against `schema-dts` in the tests.
 * @module
 */

/**
 * A schema.org `Person`.
 * @example
 * ```ts
 * const author: JsonLdPerson = { '@type': 'Person', name: 'Jane Roe' };
 * ```
 * @category Output
 */
export interface JsonLdPerson {
  /** Always `Person`. */
  readonly '@type': 'Person';
  /** The person's name. */
  readonly name: string;
  /** The person's profile page. */
  readonly url?: string;
}

/**
 * A schema.org `ImageObject`; sizes are schema.org `Distance` texts of pixels (`"1920"`).
 * @example
 * ```ts
 * const image: JsonLdImage = { '@type': 'ImageObject', url: 'https://example.com/a.jpg', width: '1920', height: '1080' };
 * ```
 * @category Output
 */
export interface JsonLdImage {
  /** Always `ImageObject`. */
  readonly '@type': 'ImageObject';
  /** The image's URL (a logo known only by its size has none). */
  readonly url?: string;
  /** Width in pixels, as text. */
  readonly width?: `${number}`;
  /** Height in pixels, as text. */
  readonly height?: `${number}`;
  /** Caption or alt text. */
  readonly caption?: string;
}

/**
 * A schema.org `Organization` (the publisher): the fields of {@link Publisher}, the logo as an `ImageObject`.
 * @example
 * ```ts
 * const publisher: JsonLdOrganization = { '@type': 'Organization', name: 'Example News' };
 * ```
 * @category Output
 */
export interface JsonLdOrganization extends Omit<Publisher, 'logo'> {
  /** Always `Organization`. */
  readonly '@type': 'Organization';
  /** The publisher's logo. */
  readonly logo?: JsonLdImage;
}

/**
 * The schema.org types {@link toJsonLd} writes.
 * @example
 * ```ts
 * const type: ArticleJsonLdType = 'BlogPosting';
 * ```
 * @category Output
 */
export type ArticleJsonLdType = 'NewsArticle' | 'BlogPosting' | 'Article';

/**
 * The schema.org article object {@link toJsonLd} returns: plain JSON, absent fields left out.
 * @example
 * ```ts
 * const jsonLd: ArticleJsonLd = { '@context': 'https://schema.org', '@type': 'Article', headline: 'A Title' };
 * ```
 * @category Output
 */
export interface ArticleJsonLd {
  /** Always `https://schema.org`. */
  readonly '@context': 'https://schema.org';
  /** The schema.org type. */
  readonly '@type': ArticleJsonLdType;
  /** `Article.title`. */
  readonly headline?: string;
  /** `Article.description`. */
  readonly description?: string;
  /** `Article.publishedAt`. */
  readonly datePublished?: string;
  /** `Article.modifiedAt`. */
  readonly dateModified?: string;
  /** `Article.authors`, each a `Person`. */
  readonly author?: readonly JsonLdPerson[];
  /** `Article.publisher` (or an organisation named by `Article.siteName`). */
  readonly publisher?: JsonLdOrganization;
  /** `Article.image`. */
  readonly image?: JsonLdImage;
  /** `Article.language`. */
  readonly inLanguage?: string;
  /** `Article.keywords`, else `Article.tags`. */
  readonly keywords?: readonly string[];
  /** `Article.section`. */
  readonly articleSection?: string;
  /** `Article.genre`. */
  readonly genre?: string;
  /** `Article.copyrightYear`. */
  readonly copyrightYear?: number;
  /** `Article.wordCount`, when the body has words. */
  readonly wordCount?: number;
  /** The text of `Article.body`, blocks separated by blank lines. */
  readonly articleBody?: string;
  /** `Article.url`. */
  readonly url?: string;
  /** The page at `Article.url`. */
  readonly mainEntityOfPage?: JsonLdWebPage;
  /** `Article.speakable`, XPath expressions (those starting with `/`) apart from CSS selectors. */
  readonly speakable?: JsonLdSpeakable;
}

/**
 * A schema.org `SpeakableSpecification`: the parts of the page suited to text-to-speech.
 * @example
 * ```ts
 * const speakable: JsonLdSpeakable = { '@type': 'SpeakableSpecification', cssSelector: ['.headline'] };
 * ```
 * @category Output
 */
export interface JsonLdSpeakable {
  /** Always `SpeakableSpecification`. */
  readonly '@type': 'SpeakableSpecification';
  /** CSS selectors of the speakable parts. */
  readonly cssSelector?: readonly string[];
  /** XPath expressions of the speakable parts. */
  readonly xpath?: readonly string[];
}

/**
 * A schema.org `WebPage` named by its URL: the page the article is the main entity of.
 * @example
 * ```ts
 * const page: JsonLdWebPage = { '@type': 'WebPage', '@id': 'https://example.com/story' };
 * ```
 * @category Output
 */
export interface JsonLdWebPage {
  /** Always `WebPage`. */
  readonly '@type': 'WebPage';
  /** The page's URL. */
  readonly '@id': string;
}

/**
 * Which schema.org type an Article is, from words of its genre or section (first match wins); without one, a
 * dated article with a publisher is a `NewsArticle`, anything else an `Article`.
 */
const TYPE_BY_WORD: readonly (readonly [RegExp, ArticleJsonLdType])[] = [
  [/\bblog/iu, 'BlogPosting'],
  [/\bnews|\breport/iu, 'NewsArticle'],
];

/** The schema.org type of an Article. */
function typeOf(article: Article): ArticleJsonLdType {
  const words = `${article.genre ?? ''} ${article.section ?? ''}`;
  const byWord = TYPE_BY_WORD.find(([pattern]) => pattern.test(words));
  if (byWord !== undefined) return byWord[1];
  const published = article.publishedAt !== undefined && (article.publisher !== undefined || article.siteName !== undefined);
  return published ? 'NewsArticle' : 'Article';
}

/** The object without its `undefined` properties and empty lists. */
function compact<T extends object>(object: { readonly [K in keyof T]?: T[K] | undefined }): T {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0))) as T;
}

/** A pixel size as a schema.org Distance text. */
function pixels(size: number | undefined): `${number}` | undefined {
  return size === undefined ? undefined : `${size}`;
}

/** An image or a logo as an `ImageObject`. */
function imageObject(image: Image | Logo): JsonLdImage {
  return compact<JsonLdImage>({ '@type': 'ImageObject', url: image.url, width: pixels(image.width), height: pixels(image.height), caption: 'caption' in image ? image.caption : undefined });
}

/**
 * Converts an Article to a schema.org JSON-LD object (`NewsArticle`, `BlogPosting` or `Article`, see the genre and
 * section), with `headline`, `description`, `datePublished`, `dateModified`, `author` (`Person`), `publisher`
 * (`Organization` with logo; the site name when no publisher is known), `image` (`ImageObject` with size),
 * `inLanguage`, `keywords` (the keywords, else the tags), `articleSection`, `genre`, `articleBody` (paragraphs
 * separated by blank lines), `wordCount`, `url` and `mainEntityOfPage`. Absent fields are left out. Pure.
 *
 * To embed it in HTML, escape `<` so that the text cannot close the script element:
 * `JSON.stringify(jsonLd).replaceAll('<', '\\u003c')`.
 *
 * @param article - the Article
 * @returns the JSON-LD object (plain data)
 * @example
 * ```ts
 * import { parseArticle } from 'scraped-article';
 * import { toJsonLd } from 'scraped-article/output';
 *
 * const jsonLd = toJsonLd(parseArticle(text));
 * jsonLd['@type'];  //=> 'NewsArticle'
 * jsonLd.headline;  //=> 'Lavrov’s North Korea Trip Designed to ‘Counterbalance’ US Belligerence in Asian Theater'
 * const script = `<script type="application/ld+json">${JSON.stringify(jsonLd).replaceAll('<', '\\u003c')}</script>`;
 * ```
 * @category Output
 */
export function toJsonLd(article: Article): ArticleJsonLd {
  const publisher = article.publisher ?? (article.siteName === undefined ? undefined : { name: article.siteName });
  const selectors = article.speakable ?? [];
  const xpath = selectors.filter((selector) => selector.startsWith('/'));
  const cssSelector = selectors.filter((selector) => !selector.startsWith('/'));
  const body = article.body.map((block) => block.text).join('\n\n');
  return compact<ArticleJsonLd>({
    '@context': 'https://schema.org',
    '@type': typeOf(article),
    headline: article.title,
    description: article.description,
    datePublished: article.publishedAt,
    dateModified: article.modifiedAt,
    author: article.authors.map((person) => compact<JsonLdPerson>({ '@type': 'Person', name: person.name, url: person.url })),
    publisher:
      publisher === undefined
        ? undefined
        : compact<JsonLdOrganization>({ '@type': 'Organization', ...publisher, logo: publisher.logo === undefined ? undefined : imageObject(publisher.logo) }),
    image: article.image === undefined ? undefined : imageObject(article.image),
    inLanguage: article.language,
    keywords: article.keywords.length > 0 ? article.keywords : article.tags,
    articleSection: article.section,
    genre: article.genre,
    copyrightYear: article.copyrightYear,
    wordCount: article.wordCount > 0 ? article.wordCount : undefined,
    articleBody: body.length > 0 ? body : undefined,
    url: article.url,
    mainEntityOfPage: article.url === undefined ? undefined : { '@type': 'WebPage', '@id': article.url },
    speakable: selectors.length === 0 ? undefined : compact<JsonLdSpeakable>({ '@type': 'SpeakableSpecification', cssSelector, xpath }),
  });
}
