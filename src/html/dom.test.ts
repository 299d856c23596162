import fc from 'fast-check';
import { filter } from 'domutils';
import { isTag } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { removeControls } from '../text/repair';
import { attr, classAndId, findElements, isElementType, isHidden } from './dom';
import { parseHtmlDocument } from './parse-document';
import type { Element } from './dom';

/** The first element of a fragment, built by htmlparser2 (an attribute object of its own on every element). */
const elementOf = (html: string): Element => parseDocument(html).children[0] as Element;

describe('attribute reading', () => {
  it('cleans a value: controls out, CR and CRLF as LF, vertical tab and form feed as spaces, trimmed', () => {
    const element = elementOf('<p>x</p>');
    const cleaned = (raw: string): string | undefined => {
      element.attribs['title'] = raw;
      return attr(element, 'title');
    };
    expect(cleaned('  a\tb\nc  ')).toBe('a\tb\nc');
    expect(cleaned('a\r\nb\rc\vd\fe\u0001f\u0085g')).toBe('a\nb\nc d efg');
    expect(cleaned('a\uD800b')).toBe('a\uFFFDb');
    expect(cleaned(' \u0001 ')).toBeUndefined();
    const reference = (raw: string): string | undefined => {
      const value = removeControls(raw).replace(/\r\n?/gu, '\n').replace(/[\v\f]/gu, ' ').trim();
      return value.length === 0 ? undefined : value;
    };
    const text = fc.array(fc.constantFrom('a', ' ', '\t', '\n', '\r', '\v', '\f', '\u0000', '\u001F', '\u007F', '\u0085', '\u00A0', '\uD800', '\uDC00', 'é'), { maxLength: 12 }).map((parts) => parts.join(''));
    fc.assert(fc.property(text, (raw) => cleaned(raw) === reference(raw)));
  });

  it('reads an element without attributes as having no class, id or hiding, whichever parser built it', () => {
    for (const element of [elementOf('<div>x</div>'), parseHtmlDocument('<div>x</div>').children[0] as Element]) {
      expect(classAndId(element)).toBe(' ');
      expect(isHidden(element)).toBe(false);
    }
    const named = elementOf('<div class="Story Main" id="Top" style="display: none">x</div>');
    expect(classAndId(named)).toBe('story main top');
    expect(isHidden(named)).toBe(true);
    expect(isHidden(elementOf('<div hidden>x</div>'))).toBe(true);
    // Each hiding attribute read only when present; a link or an image with other attributes is shown.
    expect(isHidden(elementOf('<a href="/x" title="t">x</a>'))).toBe(false);
    expect(isHidden(elementOf('<div aria-hidden=" true ">x</div>'))).toBe(true);
    expect(isHidden(elementOf('<img aria-hidden="true" src="a.png">'))).toBe(false);
    expect(isHidden(elementOf('<div aria-hidden="false">x</div>'))).toBe(false);
    expect(isHidden(elementOf('<div style="Visibility : Hidden">x</div>'))).toBe(true);
    expect(isHidden(elementOf('<div style="display:block">x</div>'))).toBe(false);
    expect(classAndId(elementOf('<a href="/x" title="t">x</a>'))).toBe(' ');
    expect(classAndId(elementOf('<a id="Top">x</a>'))).toBe(' top');
  });
});

describe('finding elements', () => {
  it('finds the elements that pass a test in document order, the nodes themselves included, at most `limit`', () => {
    const document = parseHtmlDocument('<div id="a"><p id="b">x<i id="c">y</i></p><!-- c --><p id="d"><b id="e">z</b></p></div><p id="f">w</p>');
    const ids = (elements: readonly Element[]): string => elements.map((element) => element.attribs['id']).join('');
    expect(ids(findElements(document))).toBe('abcdef');
    expect(ids(findElements(document.children))).toBe('abcdef');
    expect(ids(findElements(document.children[0] as Element))).toBe('abcde');
    expect(ids(findElements(document, (element) => element.name === 'p'))).toBe('bdf');
    expect(ids(findElements(document, (element) => element.name === 'p', 2))).toBe('bd');
    expect(ids(findElements(document, undefined, 3))).toBe('abc');
    // What domutils' `filter` finds, on any page.
    const html = fc.array(fc.constantFrom('<p>', '</p>', '<div>', '</div>', '<b>', 'x', '<br>', '<!-- c -->', '<table><tr><td>'), { maxLength: 20 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(html, fc.integer({ min: 1, max: 5 }), (page, limit) => {
        const root = parseHtmlDocument(page);
        const expected = filter((node) => isTag(node) && node.name !== 'b', root, true, limit);
        return findElements(root, (element) => element.name !== 'b', limit).every((element, index) => element === expected[index]) && findElements(root, (element) => element.name !== 'b', limit).length === expected.length;
      }),
    );
  });
});

describe('element types', () => {
  it('tells an element by the type read from the node, as domhandler\'s isTag tells it from the node', () => {
    const document = parseHtmlDocument('<!doctype html><p>x<script>s</script><style>t</style><br></p><![CDATA[c]]><svg><![CDATA[d]]></svg>');
    const nodes = findElements(document).flatMap((element) => [element, ...element.children]);
    nodes.push(document, ...document.children);
    expect(nodes.filter((node) => isElementType(node.type)).map((node) => (node as Element).name)).toEqual(nodes.filter((node) => isTag(node)).map((node) => (node as Element).name));
    expect(['tag', 'script', 'style'].map(isElementType)).toEqual([true, true, true]);
    expect(['text', 'root', 'directive', 'cdata', 'comment'].map(isElementType)).toEqual([false, false, false, false, false]);
  });
});
