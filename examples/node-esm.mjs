// Node ESM: node examples/node-esm.mjs
import { readFileSync } from 'node:fs';
import { parseArticle } from 'scraped-article';

const text = readFileSync(new URL('./sample.txt', import.meta.url), 'utf8');
const article = parseArticle(text);
console.log(JSON.stringify(article, null, 2));
