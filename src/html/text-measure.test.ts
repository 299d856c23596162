import { describe, expect, it } from 'vitest';
import type { Element } from 'domhandler';
import { parseHtmlDocument } from './parse-document';
import { findElements } from './dom';
import { measureText } from './text-measure';

/** The first element of a tag in a document. */
const first = (root: ReturnType<typeof parseHtmlDocument>, name: string): Element => findElements(root, (element) => element.name === name)[0] as Element;

describe('measureText', () => {
  it('measures the collapsed text, commas and link text of every element', () => {
    const document = parseHtmlDocument('<div><p>One,  two <a href="/x">three</a></p><p>four</p></div>');
    const measures = measureText([document]);
    expect(measures.get(first(document, 'p'))).toEqual({ length: 14, commas: 1, linkLength: 5, contextLinkLength: 5, trimmedLength: 14 });
    expect(measures.lengthOf(first(document, 'div'))).toBe(18);
  });

  it('answers for the elements it measured last, and for no other', () => {
    const document = parseHtmlDocument('<div><p>One</p><p>Three</p></div>');
    const [p1, p2] = findElements(document, (element) => element.name === 'p');
    const page = measureText([document]);
    expect([page.lengthOf(p1 as Element), page.lengthOf(p2 as Element)]).toEqual([3, 5]);
    const second = measureText([p2 as Element]);
    expect([second.lengthOf(p1 as Element), second.lengthOf(p2 as Element), page.lengthOf(p2 as Element), page.get(p1 as Element)?.length]).toEqual([undefined, 5, undefined, 3]);
  });

  it('meets each element before the elements inside it and leaves it after them, with its text length', () => {
    const document = parseHtmlDocument('<div><p>One, two</p><script>x()</script><b>three</b></div>');
    const events: string[] = [];
    measureText([document], (element) => events.push(`meet ${element.name}`), (element, length) => events.push(`leave ${element.name} ${length}`));
    expect(events).toEqual(['meet div', 'meet p', 'leave p 8', 'meet script', 'leave script 0', 'meet b', 'leave b 5', 'leave div 13']);
  });

  it('keeps the rows of thousands of elements, across its blocks, and tells them from elements measured elsewhere', () => {
    const document = parseHtmlDocument(Array.from({ length: 3000 }, (_, index) => `<p>${'x'.repeat(index % 7)}</p>`).join(''));
    const paragraphs = findElements(document, (element) => element.name === 'p');
    const measures = measureText([document]);
    expect(paragraphs.map((paragraph) => measures.lengthOf(paragraph))).toEqual(paragraphs.map((_, index) => index % 7));
    const later = measureText(paragraphs.slice(2000));
    expect([measures.lengthOf(paragraphs[1999] as Element), measures.lengthOf(paragraphs[2000] as Element), later.lengthOf(paragraphs[2000] as Element), later.lengthOf(paragraphs[0] as Element)]).toEqual([1999 % 7, undefined, 2000 % 7, undefined]);
  });
});
