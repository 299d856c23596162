/**
 * How much each kind of source is trusted, on one scale for every front end.
 * @module
 */

/**
 * Trust of a candidate value by where it was found: for a single-valued field the most trusted candidate wins (the
 * earlier one on a tie); for authors, the most trusted source that names any is the only one used. Candidates of
 * one input compete, so the order within a front end is what decides; the scale is shared so that a reader can
 * compare any two sources.
 */
export const enum TRUST {
  /** Declared by the page for exactly this purpose: `<html lang>`, `<link rel="canonical">`. */
  pageDeclaration = 7,
  /** The page's schema.org article object (JSON-LD): written for machines, about this article. */
  articleObject = 6,
  /** A structured-dump block whose shape or place says its field (a URL, an ISO date, a locale, the headline, the
   * standfirst): the dump is a flattened article object, as trusted as one. */
  dumpShape = 6,
  /** The article object's own URL (`mainEntityOfPage`, `url`): sometimes a template's, below the canonical link. */
  articleObjectUrl = 5,
  /** Dublin Core meta tags: standard and rarely templated wrong. */
  dublinCore = 5,
  /** The `<h1>` tied to the page's titles (`og:title`, `<title>`: repeated, extended, or reworded on an article page;
   * `html/headline.ts`): the headline as shown, without the site name or kicker those titles add and not their
   * shortened sharing form; above every meta title (Dublin Core's included), below the article object. */
  agreeingHeadline = 5.5,
  /** Open Graph tags (`og:*`): written for link previews, usually right. */
  openGraph = 4,
  /** Open Graph article tags (`article:*`): as trusted as Open Graph. */
  articleMeta = 4,
  /** `og:locale`: a locale for link previews, often the site's default rather than the article's. */
  openGraphLocale = 3,
  /** Dublin Core dates: sometimes the page's date rather than the article's. */
  dublinCoreDate = 3,
  /** Plain `<meta name>` tags (`description`, `author`, `keywords`). */
  meta = 3,
  /** A structured-dump value with one reading but no key to confirm it (a year, selectors, a label, a person). */
  dumpValue = 3,
  /** Twitter card tags: often shortened or templated. */
  twitter = 2,
  /** Parse.ly tags: an analytics vendor's copy. */
  parsely = 1,
  /** Generic `date`/`pubdate` meta tags: often the crawl or build date. */
  metaDate = 1,
  /** The page's visible text, read by layout: `<title>`, a `<time>` element, a byline element, page-text lines. */
  visibleText = 0.5,
  /** An HTML page's visible text read by the page-text reader (a byline or dateline printed only as text), for the
   * fields the markup does not give: below every markup source. */
  shownText = 0.25,
  /** Microdata (`itemprop`): often a theme's leftovers, below visible text. */
  microdata = 0.3,
  /** A guess with nothing declared behind it: detected language, a site name from a block's prefix, a section from
   * a breadcrumb trail. */
  guess = 0,
  /** Per detail a publisher block gives (name, logo, URL, …): among publisher blocks, the richest wins. */
  publisherDetail = 0.01,
}
