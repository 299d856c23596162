/**
 * The JSON Schema (draft 2020-12) of `Article`, generated from the TypeScript types of src/model/article.ts by
 * ts-json-schema-generator, then tightened with what the types cannot say: strings are never empty (absent values
 * are left out), URLs are http/https (as the WHATWG URL parser writes them), dates are ISO 8601 in UTC, counts are non-negative integers.
 *
 *   npm run build:schema   writes article.schema.json at the package root (run by `npm run build`;
 *                          at the root so that node10 resolution finds `scraped-article/article.schema.json` too)
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createGenerator } from 'ts-json-schema-generator';

const root = fileURLToPath(new URL('..', import.meta.url));

/** A JSON Schema node. */
type SchemaNode = { [key: string]: unknown };

/** http/https only; the text is a WHATWG URL serialisation, which may hold characters RFC 3986 leaves out (`{`, `|`). */
const URL_FORMAT = { pattern: '^https?://[^\\s]+$' };
const UTC_DATE = { format: 'date-time', pattern: '^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d{1,3})?Z$' };
const COUNT = { type: 'integer', minimum: 0 };

/** Constraints added per `Definition.property` (a `[]` suffix constrains the items of a list). */
const CONSTRAINTS: Readonly<Record<string, SchemaNode>> = {
  'Article.url': URL_FORMAT,
  'Article.publishedAt': UTC_DATE,
  'Article.modifiedAt': UTC_DATE,
  'Article.language': { pattern: '^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$' },
  'Article.copyrightYear': { type: 'integer' },
  'Article.wordCount': COUNT,
  'Person.url': URL_FORMAT,
  'Image.url': URL_FORMAT,
  'Image.width': COUNT,
  'Image.height': COUNT,
  'Size.width': COUNT,
  'Size.height': COUNT,
  'Logo.url': URL_FORMAT,
  'Logo.width': COUNT,
  'Logo.height': COUNT,
  'Publisher.url': URL_FORMAT,
  'Publisher.sameAs[]': URL_FORMAT,
  'Quote.block': COUNT,
  'RelatedLink.url': URL_FORMAT,
  'RelatedLink.publishedAt': UTC_DATE,
  'ArticleSource.confidence': { minimum: 0, maximum: 1 },
};

/** Every plain string in the schema must be non-empty: the model leaves absent values out instead of writing `""`. */
function nonEmptyStrings(node: unknown): void {
  if (Array.isArray(node)) {
    for (const item of node) nonEmptyStrings(item);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const schema = node as SchemaNode;
  if (schema['type'] === 'string' && schema['enum'] === undefined && schema['const'] === undefined) schema['minLength'] = 1;
  for (const value of Object.values(schema)) nonEmptyStrings(value);
}

/**
 * Generates the JSON Schema of `Article`.
 *
 * @returns the schema, draft 2020-12, definitions under `$defs`
 */
export function buildArticleSchema(): SchemaNode {
  const generated = createGenerator({
    path: `${root}/src/model/article.ts`,
    tsconfig: `${root}/tsconfig.json`,
    type: 'Article',
    expose: 'export',
    jsDoc: 'extended',
    skipTypeCheck: true,
    additionalProperties: false,
  }).createSchema('Article');
  const text = JSON.stringify(generated).replaceAll('"#/definitions/', '"#/$defs/');
  const { definitions, ...rest } = JSON.parse(text) as SchemaNode & { definitions: Record<string, SchemaNode> };
  delete rest['$schema'];
  for (const [key, extra] of Object.entries(CONSTRAINTS)) {
    const [name = '', property = ''] = key.split('.');
    const list = property.endsWith('[]');
    const properties = definitions[name]?.['properties'] as Record<string, SchemaNode> | undefined;
    const target = properties?.[list ? property.slice(0, -2) : property];
    if (target === undefined) throw new Error(`article schema: no ${key} in the model`);
    Object.assign(list ? (target['items'] as SchemaNode) : target, extra);
  }
  nonEmptyStrings(definitions);
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'Article',
    description: 'A parsed article (scraped-article): plain JSON; optional fields are absent when unknown, never "" or null.',
    ...rest,
    $defs: definitions,
  };
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(`${root}/article.schema.json`, `${JSON.stringify(buildArticleSchema(), null, 2)}\n`);
}
