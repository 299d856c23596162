// The browser example: bundled from the package's ESM build by `npm run build:example` (esbuild, platform browser).
import { type Article, parseArticle } from '../../dist/index.js';

/** Creates an element with text (never HTML: the Article's strings are untrusted). */
function element(tag: string, text?: string, className?: string): HTMLElement {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className !== undefined) node.className = className;
  return node;
}

/** Renders the Article as a readable card. */
function renderCard(article: Article, card: HTMLElement): void {
  card.replaceChildren();
  card.append(element('h1', article.title ?? '(no title)', 'title'));
  const byline = [article.authors.map((author) => author.name).join(', '), article.publishedAt?.slice(0, 10), article.siteName]
    .filter((part) => part !== undefined && part.length > 0)
    .join(' · ');
  card.append(element('p', byline, 'meta byline'));
  for (const block of article.body) {
    const tag = block.type === 'heading' ? 'h3' : block.type === 'list-item' ? 'li' : block.type === 'quote' ? 'blockquote' : 'p';
    card.append(element(tag, block.text, `block ${block.type}`));
  }
  if (article.quotes.length > 0) {
    card.append(element('h3', `Quotes (${article.quotes.length})`));
    for (const quote of article.quotes) {
      const row = element('div', undefined, 'quote');
      row.append(element('span', quote.speaker ?? 'unattributed', 'speaker'), document.createTextNode(`: “${quote.text}”`));
      card.append(row);
    }
  }
  if (article.relatedLinks.length > 0) {
    card.append(element('h3', 'Related'));
    const list = element('ul');
    for (const link of article.relatedLinks) {
      const item = element('li');
      const anchor = element('a', link.title ?? link.url) as HTMLAnchorElement;
      anchor.href = link.url; // http(s) only: the library drops every other scheme
      anchor.rel = 'noopener noreferrer';
      item.append(anchor);
      list.append(item);
    }
    card.append(list);
  }
}

const input = document.getElementById('input') as HTMLTextAreaElement;
const card = document.getElementById('card') as HTMLElement;
const json = document.getElementById('json') as HTMLElement;
document.getElementById('parse')?.addEventListener('click', () => {
  const article = parseArticle(input.value);
  renderCard(article, card);
  json.textContent = JSON.stringify(article, null, 2);
});
