import { lowerCaseWords } from '../text/vocabulary';
import type { PageLine } from './lines';

/**
 * The words a page writes in lower case, outside addresses: a capitalised phrase made of them (`Special Reports`)
 * is a heading or a menu item, not a person's name.
 * @module
 */

/**
 * Whether a token is an address, not words: a URL or path (`…/author/jane-roe/`), an e-mail, a handle (`@janeroe`,
 * `jane_roe`: words joined by an underscore are an account's name).
 */
const isAddress = (token: string): boolean => token.includes('/') || token.includes('@') || token.includes('_') || token.toLowerCase().startsWith('www.');

/**
 * Collects the lower-case words of a page's lines, leaving out URLs, paths, e-mail addresses and handles: they
 * spell names in lower case (`jane.roe@example.com`, `@janeroe`, `/author/jane-roe`) without being words of the
 * page.
 *
 * @param lines - the page's lines
 * @returns the words
 * @example
 * ```ts
 * pageVocabulary(readPageLines('By Jane Roe\nWrite to jane.roe@example.com')).has('jane'); //=> false
 * ```
 */
export function pageVocabulary(lines: readonly PageLine[]): Set<string> {
  return lowerCaseWords(
    lines.map((line) =>
      /[/@_]|www\./iu.test(line.text)
        ? line.text
            .split(/\s+/u)
            .filter((token) => !isAddress(token))
            .join(' ')
        : line.text,
    ),
  );
}

/**
 * Page controls that innerText and text browsers print as lines, per language: skip links, back-to links, a
 * `Continue reading` button, a pager (`Previous Next`), `Download PDF`, a logo's alt text, share buttons (`Share on LinkedIn`), advertisement labels
 * (`World is sponsored by`). A control is never a headline.
 */
const PAGE_CONTROL =
  /^(?:skip (?:to|navigation)\b|jump to (?:main )?content|back to (?:top|home ?page)\b|continue reading(?: the main story)?$|logo\b.{0,30}$|share (?:on|via|to|with) \S{1,20}(?: \S{1,20})?$|(?:is )?sponsored by$|advertisement$|print(?: this)?(?: article| story| page)?$|view the discussion(?: thread)?\.?$|download (?:the )?pdf$|previous ?next$|teilen (?:auf|per) |partager sur |compartir en |condividi su |compartilhar n[oa] |zum (?:inhalt|hauptinhalt) (?:springen|wechseln)|direkt zum inhalt|aller au contenu|passer au contenu|ir al contenido|saltar al contenido|vai al contenuto|passa al contenuto|pular para o conteúdo|ir para o conteúdo|перейти к (?:содержанию|основному)|本文へ|メインコンテンツへ|跳到主要内容|跳转到主要内容)/iu;

/**
 * Whether a line is a page control (`Skip to main content`, `Zum Inhalt springen`, `本文へスキップ`) rather than text.
 *
 * @param text - one line
 * @returns `true` for a control
 * @example
 * ```ts
 * isPageControl('Skip to main content'); //=> true
 * ```
 */
export function isPageControl(text: string): boolean {
  return PAGE_CONTROL.test(text);
}

/**
 * Headings that only ever follow an article, per language the library reads: a comment form, a share bar, lists of
 * the most read or more stories. A bare `Related` or `Comments` is not among them (articles print those inside too).
 * Matched as a whole line, case-insensitively, with a trailing colon, a count (`View comments (27)`) and CJK brackets
 * (`【関連記事】`) allowed.
 */
export const ARTICLE_END_HEADINGS: Readonly<Record<string, readonly string[]>> = {
  en: ['leave a comment', 'leave a reply', 'show comments', 'load comments', 'view comments', 'see comments', 'read all comments', 'see all comments', 'view all comments', 'show all comments', 'see responses', 'add a comment', 'post a comment', 'join the discussion', 'more from', 'more stories', 'read next', 'you may also like', 'you might also like', 'recommended for you', 'recommended stories', 'share this', 'share this article', 'share this story', 'share this post', 'most read', 'most popular', 'most viewed', 'most shared', 'trending now'],
  fr: ['réagissez', 'les plus lus', 'à lire aussi', 'sur le même sujet', 'partager cet article'],
  de: ['meistgelesen', 'meistgelesene artikel', 'mehr zum thema', 'das könnte sie auch interessieren', 'artikel teilen'],
  es: ['lo más leído', 'lo más visto', 'te puede interesar', 'noticias relacionadas', 'comparte este artículo'],
  pt: ['mais lidas', 'leia também', 'veja também', 'compartilhe esta notícia'],
  cs: ['nejčtenější', 'mohlo by vás zajímat', 'sdílet článek', 'další články'],
  zh: ['热门文章', '熱門文章', '相关文章', '相關文章', '推荐阅读', '推薦閱讀'],
  ja: ['関連記事', 'アクセスランキング', 'こちらもおすすめ', '人気記事'],
};


/**
 * Headings that stand after articles and inside them too, per language: a comment count, related links, `Read more`.
 * With {@link ARTICLE_END_HEADINGS} they are the headings whose crossing costs the article region much; only those
 * end it. Matched as a whole line, case-insensitively, after an optional count (`There are 13 comments`).
 */
export const ARTICLE_TAIL_HEADINGS: Readonly<Record<string, readonly string[]>> = {
  en: ['comment', 'comments', 'response', 'responses', 'replies', 'related', 'related articles', 'related posts', 'related stories', 'related content', 'more on', 'more in', 'read more', 'recommended', 'trending'],
  fr: ['commentaire', 'commentaires'],
  de: ['kommentar', 'kommentare', 'leserkommentare'],
  es: ['comentario', 'comentarios'],
  pt: ['comentários'],
};
