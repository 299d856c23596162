/**
 * Where each corpus-meta page's `bodyStart` begins in its HTML (`npm run eval -- --set meta --body-start-causes`):
 * the truth's first words are found in the page's visible text (htmlparser2, whitespace and punctuation normalised as
 * the scores do) and the element they start in is classified: a caption or credit, a date line, a kicker or label, a
 * heading, a list or teaser, a paragraph of prose, or not found. The reference extractor sometimes starts the article
 * at a caption, credit or kicker; the shares over pages whose truth starts in prose are the bound-adjusted ones.
 */
import type { ChildNode, Element } from 'domhandler';
import { isTag, isText } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { findDates } from '../../src/fields/text-dates';
import type { MetaCase, MetaCaseResult } from './meta';
import { metaInputOf } from './meta';
import { normalizeField } from './metrics';

/** What the truth's first words start in. */
export type BodyStartCause = 'caption' | 'date' | 'kicker' | 'heading' | 'list' | 'prose' | 'not found';

/** The cause of one page, with the path of the element the words start in. */
export interface BodyStartPlace {
  cause: BodyStartCause;
  path: string;
  /** The start of the line (block) the words start in, normalised. */
  line: string;
}

/** Elements never rendered as text. */
const HIDDEN = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'iframe']);
/** Elements that start a block of their own: the "line" a text starts in. */
const BLOCKS = new Set(['p', 'div', 'li', 'td', 'th', 'dd', 'dt', 'section', 'article', 'header', 'footer', 'aside', 'figure', 'figcaption', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'main', 'body', 'ul', 'ol', 'table', 'tr', 'pre']);
/** How many ancestors' class and id are read for a hint. */
const HINT_DEPTH = 4;
/** Class/id words of captions and credits. */
const CAPTION_HINT = /caption|credit|figure|photo|courtesy/iu;
/** Class/id words of date lines. */
const DATE_HINT = /\b(?:date|time|posted|published)/iu;
/** Class/id words of kickers and labels. */
const KICKER_HINT = /kicker|eyebrow|label|category|rubric|breadcrumb|overline|author|byline/iu;
/** Class/id words of teasers and lists. */
const LIST_HINT = /teaser|promo|premium|related/iu;
/** A line at most this long (normalised characters) that is not a sentence is a kicker or label. */
const SHORT_LINE = 40;
/** Sentence-final punctuation: a short line with it is a sentence, not a label. */
const SENTENCE_END = /[.!?。！？](?:\s|$)/u;
/** A date line is at most this long. */
const DATE_LINE = 60;
/** How much of the line is printed. */
const LINE_SHOWN = 50;
/** Prefix lengths (normalised characters) tried, longest first, when the whole `bodyStart` is not found. */
const PREFIXES = [Number.POSITIVE_INFINITY, 40, 20] as const;

interface TextPiece {
  node: ChildNode;
  from: number;
}

/** The visible text nodes of a page, normalised and joined by spaces, with where each starts. */
function visibleText(root: ChildNode[]): { text: string; pieces: TextPiece[] } {
  const pieces: TextPiece[] = [];
  let text = '';
  const walk = (nodes: ChildNode[]): void => {
    for (const node of nodes) {
      if (isText(node)) {
        const normal = normalizeField(node.data);
        if (normal === '') continue;
        if (text !== '') text += ' ';
        pieces.push({ node, from: text.length });
        text += normal;
      } else if (isTag(node) && !HIDDEN.has(node.name) && node.attribs.hidden === undefined) walk(node.children);
    }
  };
  walk(root);
  return { text, pieces };
}

const ancestors = (node: ChildNode): Element[] => {
  const chain: Element[] = [];
  for (let parent = node.parent; parent !== null && isTag(parent); parent = parent.parent) chain.push(parent);
  return chain;
};

const hintOf = (element: Element): string => `${element.attribs.class ?? ''} ${element.attribs.id ?? ''}`;

const textOf = (node: ChildNode): string => (isText(node) ? node.data : isTag(node) ? node.children.map(textOf).join(' ') : '');

/** Classifies the element a text node sits in. */
function classify(node: ChildNode): BodyStartPlace {
  const chain = ancestors(node);
  const path = chain
    .slice(0, HINT_DEPTH)
    .reverse()
    .map((element) => `${element.name}${element.attribs.class === undefined ? '' : `.${element.attribs.class.trim().split(/\s+/u)[0] ?? ''}`}`)
    .join('>');
  const near = chain.slice(0, HINT_DEPTH);
  const names = new Set(chain.map((element) => element.name));
  const block = chain.find((element) => BLOCKS.has(element.name));
  const raw = block === undefined ? textOf(node) : textOf(block);
  const line = normalizeField(raw);
  const sentence = SENTENCE_END.test(raw);
  // The line's own element and those inside it: wrappers' classes (WordPress `category-…`) say nothing of the line.
  const own = block === undefined ? chain : chain.slice(0, chain.indexOf(block) + 1);
  const place = (cause: BodyStartCause): BodyStartPlace => ({ cause, path, line: line.slice(0, LINE_SHOWN) });
  if (names.has('figcaption') || names.has('figure') || near.some((element) => CAPTION_HINT.test(hintOf(element)))) return place('caption');
  if (names.has('time') || (line.length <= DATE_LINE && findDates(line).length > 0) || (line.length <= DATE_LINE && own.some((element) => DATE_HINT.test(hintOf(element))))) return place('date');
  if ([...names].some((name) => /^h[1-6]$/u.test(name))) return place('heading');
  if (own.some((element) => KICKER_HINT.test(hintOf(element))) || (line.length <= SHORT_LINE && !sentence)) return place('kicker');
  if (names.has('li') || own.some((element) => LIST_HINT.test(hintOf(element)))) return place('list');
  return place('prose');
}

/** Where a page's `bodyStart` begins in its HTML, or `undefined` when the truth has none. */
export function bodyStartPlace(testCase: MetaCase): BodyStartPlace | undefined {
  const start = testCase.truth.bodyStart;
  const html = metaInputOf(testCase, 'html');
  if (start === undefined || html === undefined) return undefined;
  const { text, pieces } = visibleText(parseDocument(html).children);
  const wanted = normalizeField(start);
  for (const length of PREFIXES) {
    const at = text.indexOf(wanted.slice(0, length));
    if (at < 0) continue;
    const piece = pieces.filter((candidate) => candidate.from <= at).at(-1);
    if (piece !== undefined) return classify(piece.node);
  }
  return { cause: 'not found', path: '', line: '' };
}

const share = (hits: number, n: number): string => `${(n === 0 ? 0 : hits / n).toFixed(3)} (${hits}/${n})`;

/** Prints each page's cause beside our hits, then the raw and the prose-only (bound-adjusted) shares. */
export function printBodyStartCauses(cases: readonly MetaCase[], results: readonly MetaCaseResult[]): void {
  const byId = new Map(results.map((result) => [result.id, result]));
  const rows: { id: string; place: BodyStartPlace; bodyIn: number; bodyFirst: number }[] = [];
  for (const testCase of cases) {
    const place = bodyStartPlace(testCase);
    const result = byId.get(testCase.id);
    if (place === undefined || result === undefined) continue;
    rows.push({ id: testCase.id, place, bodyIn: result.fields.bodyIn ?? 0, bodyFirst: result.fields.bodyFirst ?? 0 });
  }
  console.log('\nhtml: where bodyStart begins in the page (bodyIn bodyFirst · cause · element path · line)');
  for (const row of rows) console.log(`  ${row.id.padEnd(34)} ${row.bodyIn} ${row.bodyFirst} · ${row.place.cause.padEnd(9)} · ${row.place.path} · ${row.place.line}`);
  const causes = [...new Set(rows.map((row) => row.place.cause))].sort();
  console.log(`\ncauses: ${causes.map((cause) => `${cause} ${rows.filter((row) => row.place.cause === cause).length}`).join(', ')}`);
  const prose = rows.filter((row) => row.place.cause === 'prose');
  const sum = (list: typeof rows, key: 'bodyIn' | 'bodyFirst'): number => list.reduce((total, row) => total + row[key], 0);
  console.log('| share | all pages | pages whose truth starts in prose |');
  console.log('|---|---|---|');
  for (const key of ['bodyIn', 'bodyFirst'] as const) console.log(`| ${key} | ${share(sum(rows, key), rows.length)} | ${share(sum(prose, key), prose.length)} |`);
}
