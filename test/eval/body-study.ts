/**
 * Per-page study of the HTML body against the corpus truth: the blocks kept that the truth does not have (false
 * positives) and the truth paragraphs missed (false negatives), each with the element it came from and the stage
 * that lost it. `tsx test/eval/body-study.ts [case…]` prints one JSON line per block.
 */
import { getElementsByTagName } from 'domutils';
import type { Document, Element, ParentNode } from 'domhandler';
import { isTag } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { parseArticle } from '../../src/index';
import { findMainContent } from '../../src/html/content';
import { removeChrome } from '../../src/html/chrome';
import { cleanContent } from '../../src/html/clean';
import { classAndId, attr, limitDepth, textOf } from '../../src/html/dom';
import { limitSourceNesting } from '../../src/html/nesting';
import { inputOf, loadCorpus } from './corpus';
import { shingles, tokens } from './metrics';

const squeeze = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
const KEY = 48;

function describe(element: Element, parents: Map<Element, ParentNode | null>): string {
  const parts: string[] = [];
  for (let node: ParentNode | null | undefined = element, depth = 0; node !== null && node !== undefined && isTag(node) && depth < 7; node = parents.get(node), depth++) {
    const role = attr(node, 'role');
    const names = classAndId(node).trim().replace(/\s+/gu, '.').slice(0, 40);
    parts.push(`${node.name}${names.length > 0 ? `.${names}` : ''}${role === undefined ? '' : `[${role}]`}`);
  }
  return parts.join(' < ');
}

function attached(element: Element, root: Element | Document): boolean {
  for (let node: ParentNode | null = element; node !== null; node = node.parent) if (node === root) return true;
  return false;
}

function within(element: Element, containers: readonly Element[], parents: Map<Element, ParentNode | null>): boolean {
  for (let node: ParentNode | null | undefined = element; node !== null && node !== undefined; node = isTag(node) ? parents.get(node) : null) if (containers.includes(node as Element)) return true;
  return false;
}

const only = new Set(process.argv.slice(2));
for (const testCase of loadCorpus()) {
  if (only.size > 0 && !only.has(testCase.id)) continue;
  const html = inputOf(testCase, 'html');
  if (html === undefined) continue;
  const article = parseArticle(html, testCase.truth.url === undefined ? {} : { url: testCase.truth.url });
  const document = parseDocument(limitSourceNesting(html));
  limitDepth(document);
  const all = getElementsByTagName(() => true, document, true);
  const parents = new Map<Element, ParentNode | null>(all.map((element) => [element, element.parent]));
  // Deepest element per squeezed text prefix (later = deeper in document order for the same text).
  const byKey = new Map<string, Element>();
  for (const element of all) {
    if (element.name === 'script' || element.name === 'style') continue;
    const key = squeeze(textOf(element)).slice(0, KEY);
    if (key.length >= 3) byKey.set(key, element);
  }
  const body = getElementsByTagName('body', document, true, 1)[0] ?? document;
  removeChrome(body);
  const afterChrome = new Set(all.filter((element) => attached(element, body)));
  const found = findMainContent(body);
  const content = found.elements;
  cleanContent(content, found.measures);
  const afterClean = new Set(all.filter((element) => attached(element, body)));

  // Shingles over the whole joined text (as the metric reads it), each charged to the block of its first token.
  const attribute = (blocks: readonly string[], other: string): { wrong: number; total: number }[] => {
    const have = shingles(other);
    const owner: number[] = [];
    const words: string[] = [];
    for (const [index, block] of blocks.entries()) for (const word of tokens(block)) { words.push(word); owner.push(index); }
    const result = blocks.map(() => ({ wrong: 0, total: 0 }));
    const size = Math.min(4, words.length);
    for (let index = 0; index + size <= words.length && size > 0; index++) {
      const key = words.slice(index, index + size).join(' ');
      const slot = result[owner[index] ?? 0];
      if (slot === undefined) continue;
      slot.total += 1;
      const count = have.get(key) ?? 0;
      if (count > 0) have.set(key, count - 1);
      else slot.wrong += 1;
    }
    return result;
  };
  const predictedBlocks = article.body.map((block) => block.text);
  for (const [index, { wrong, total }] of attribute(predictedBlocks, testCase.truth.body).entries()) {
    if (wrong === 0) continue;
    const text = predictedBlocks[index] ?? '';
    const element = byKey.get(squeeze(text).slice(0, KEY));
    console.log(JSON.stringify({ case: testCase.id, kind: 'FP', index, of: predictedBlocks.length, fp: wrong, total, text: text.slice(0, 100), at: element === undefined ? '?' : describe(element, parents) }));
  }
  const truthBlocks = testCase.truth.body.split(/\n{2,}/u);
  for (const [index, { wrong: fn, total }] of attribute(truthBlocks, predictedBlocks.join('\n\n')).entries()) {
    if (fn === 0) continue;
    const paragraph = truthBlocks[index] ?? '';
    const element = byKey.get(squeeze(paragraph).slice(0, KEY));
    let stage = '?';
    if (element !== undefined) {
      if (!afterChrome.has(element)) stage = 'removeChrome';
      else if (!within(element, content, parents)) stage = 'outside container';
      else if (!afterClean.has(element)) stage = 'cleanContent';
      else stage = 'in content';
    }
    console.log(JSON.stringify({ case: testCase.id, kind: 'FN', fn, total, stage, text: paragraph.slice(0, 100), at: element === undefined ? '?' : describe(element, parents) }));
  }
}
