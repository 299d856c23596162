import { trimTrailing } from '../text/trim';

/**
 * URL normalisers: only absolute `http:`/`https:` URLs ever leave the library.
 * @module
 */

/** A URL's scheme and its colon, as the URL parser reads one (`https:`, `mailto:`, `a+b.c-d:`). */
const URL_SCHEME = /^[a-z][\d+.a-z-]*:/iu;

/**
 * Parses a URL (optionally relative to `base`) and returns its href when the scheme is http or https.
 *
 * @param value - the URL as found in the input
 * @param base - base URL to resolve a relative `value` against
 * @returns the absolute URL without credentials, or `undefined` for other schemes (`javascript:`, `data:`, …) and unparsable values
 */
export function toHttpUrl(value: string, base?: string): string | undefined {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > 4096 || /\s/u.test(trimmed)) return undefined;
  // Without a base only a value that opens with a scheme parses (leading control characters aside): a relative one
  // is turned away here, as `new URL` would, without the cost of a thrown error (about 8× a parse that succeeds).
  if (base === undefined && trimmed.charCodeAt(0) > 0x20 && !URL_SCHEME.test(trimmed)) return undefined;
  let parsed: URL;
  try {
    parsed = base === undefined ? new URL(trimmed) : new URL(trimmed, base);
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  if (parsed.hostname.length === 0 || !parsed.hostname.includes('.')) return undefined;
  // Credentials in a scraped link (`https://user:pass@host/`) are never passed on (each setter re-serialises the URL:
  // only a URL with some is changed).
  if (parsed.username + parsed.password !== '') parsed.username = parsed.password = '';
  return parsed.href;
}

/** Whether a whole string is one absolute http(s) URL. */
export function isHttpUrl(value: string): boolean {
  return /^https?:\/\/\S+$/iu.test(value) && toHttpUrl(value) !== undefined;
}

const IMAGE_EXTENSION = /\.(?:jpe?g|png|gif|webp|avif|svg|bmp|ico|tiff?)$/iu;
const IMAGE_PATH_SEGMENT = /^(?:img|image|images|imgs|photo|photos|media|thumbor|upload|uploads|pictures?|dims)$/iu;
const IMAGE_QUERY_FORMAT = /(?:^|&)(?:format|fm|f|ext)=(?:jpe?g|png|gif|webp|avif)(?:&|$)/iu;

/**
 * Tells whether a URL points at an image: by file extension, by an image-ish path segment or host, or by an image
 * format in the query.
 *
 * @param url - an absolute URL
 * @returns `true` for image URLs
 */
export function isImageUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (IMAGE_EXTENSION.test(parsed.pathname)) return true;
  if (IMAGE_QUERY_FORMAT.test(parsed.search.slice(1))) return true;
  const firstLabel = parsed.hostname.split('.')[0] ?? '';
  if (/^(?:img|image|images|media|cdn|static|i|pic|pics)(?:-?\d+)?$/iu.test(firstLabel)) {
    return !/\.(?:s?html?|php|aspx?)$/iu.test(parsed.pathname);
  }
  return parsed.pathname.split('/').some((segment) => IMAGE_PATH_SEGMENT.test(segment));
}

/** Second-level labels under which registrable domains sit one level deeper (`bbc.co.uk`, `folha.com.br`). */
const GENERIC_SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu', 'ne', 'or', 'go']);

/**
 * The registrable part of a host name (`www1.folha.uol.com.br` → `uol.com.br`), close enough to tell same-site links.
 *
 * @param hostname - a host name
 * @returns the site part of the host name
 */
export function siteOf(hostname: string): string {
  const labels = hostname.toLowerCase().replace(/\.$/u, '').split('.');
  if (labels.length <= 2) return labels.join('.');
  const last = labels[labels.length - 1] ?? '';
  const second = labels[labels.length - 2] ?? '';
  const take = last.length === 2 && GENERIC_SECOND_LEVEL.has(second) ? 3 : 2;
  return labels.slice(-take).join('.');
}

/**
 * Whether two absolute URLs belong to the same site.
 * @param a - an absolute URL
 * @param b - another absolute URL
 * @returns `true` when their registrable domains match
 */
export function isSameSite(a: string, b: string): boolean {
  try {
    return siteOf(new URL(a).hostname) === siteOf(new URL(b).hostname);
  } catch {
    return false;
  }
}

/**
 * A URL reduced for comparison: no scheme, no `www.`, no query, fragment or trailing slash, lower-case host.
 * @param url - an absolute URL
 * @returns the comparison key
 */
export function urlKey(url: string): string {
  try {
    const parsed = new URL(url);
    const host = parsed.hostname.toLowerCase().replace(/^www\d*\./u, '');
    return `${host}${trimTrailing(parsed.pathname, '/')}`;
  } catch {
    return url;
  }
}

/**
 * The path of an absolute URL as it is written, percent-escapes and all: what a date or a folder is read from.
 *
 * @param url - an absolute URL
 * @returns the path, or `undefined` when the text is no URL
 * @example
 * ```ts
 * urlPath('https://example.com/2019/03/story.html?x=1'); //=> '/2019/03/story.html'
 * ```
 */
export function urlPath(url: string): string | undefined {
  try {
    return new URL(url).pathname;
  } catch {
    return undefined;
  }
}

/** A run of percent-escapes (`%C3%89`): decoded together, since one character may take several. */
const ESCAPE_RUN = /(?:%[\da-f]{2})+/giu;

/**
 * The path of an absolute URL with its percent-escapes decoded, as its words read (`/wiki/%C3%89mile_Zola` →
 * `/wiki/Émile_Zola`): what a slug's words are read from. A run of escapes that spells no UTF-8 text stays as written,
 * and the rest of the path is still decoded.
 *
 * @param url - an absolute URL
 * @returns the decoded path, or `undefined` when the text is no URL
 * @example
 * ```ts
 * decodedUrlPath('https://example.com/%E6%97%A5%E6%9C%AC/100%'); //=> '/日本/100%'
 * ```
 */
export function decodedUrlPath(url: string): string | undefined {
  return urlPath(url)?.replace(ESCAPE_RUN, (run) => {
    try {
      return decodeURIComponent(run);
    } catch {
      return run;
    }
  });
}
