// TypeScript: type-checked by `npm test` (tsc -p examples); run with `npx tsx examples/typescript.ts`.
import { readFileSync } from 'node:fs';
import { type Article, type Quote, isArticleParseError, parseArticle, safeParseArticle } from 'scraped-article';

const text = readFileSync(new URL('./sample.txt', import.meta.url), 'utf8');
const article: Article = parseArticle(text, { url: 'https://sputnikglobe.com/' });

const byline: string = article.authors.map((author) => author.name).join(', ');
const speakers: Quote[] = article.quotes.filter((quote) => quote.speaker !== undefined);
console.log(`${article.title ?? '(untitled)'} — ${byline}`);
console.log(`${article.paragraphs.length} paragraphs, ${speakers.length} attributed quotes`);

const result = safeParseArticle(42);
if (!result.success && isArticleParseError(result.error)) console.log(`rejected: ${result.error.code}`);
