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
 * `Continue reading` button, a logo's alt text, share buttons (`Share on LinkedIn`), advertisement labels
 * (`World is sponsored by`). A control is never a headline.
 */
const PAGE_CONTROL =
  /^(?:skip (?:to|navigation)\b|jump to (?:main )?content|back to (?:top|home ?page)\b|continue reading(?: the main story)?$|logo\b.{0,30}$|share (?:on|via|to|with) \S{1,20}(?: \S{1,20})?$|(?:is )?sponsored by$|advertisement$|print(?: this)?(?: article| story| page)?$|teilen (?:auf|per) |partager sur |compartir en |condividi su |compartilhar n[oa] |zum (?:inhalt|hauptinhalt) (?:springen|wechseln)|direkt zum inhalt|aller au contenu|passer au contenu|ir al contenido|saltar al contenido|vai al contenuto|passa al contenuto|pular para o conteúdo|ir para o conteúdo|перейти к (?:содержанию|основному)|本文へ|メインコンテンツへ|跳到主要内容|跳转到主要内容)/iu;

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
