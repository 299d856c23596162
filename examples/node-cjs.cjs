// CommonJS: node examples/node-cjs.cjs
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { parseArticle } = require('scraped-article');

const text = readFileSync(join(__dirname, 'sample.txt'), 'utf8');
const article = parseArticle(text);
console.log(JSON.stringify(article, null, 2));
