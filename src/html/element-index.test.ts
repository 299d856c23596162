import fc from 'fast-check';
import { getElementsByTagName } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { indexElements } from './element-index';

/** The names of elements, for readable expectations. */
const names = (elements: readonly { name: string; attribs: Record<string, string> }[]): string[] => elements.map((element) => `${element.name}${element.attribs['id'] === undefined ? '' : `#${element.attribs['id']}`}`);

describe('the element index of a page', () => {
  it('lists the looked-up tags in document order, and the span of each list inside the first body', () => {
    const index = indexElements(
      parseDocument('<html><head><title>T</title><meta name="a"><script></script></head><body class="b"><h2 id="x">S</h2><h1 id="y">H</h1><time>1</time><p class="c" id="p">x</p><span itemscope itemtype="t">i</span></body></html><h1 id="z">after</h1>'),
    );
    expect(index.body?.name).toBe('body');
    expect(names(index.all('headings'))).toEqual(['h2#x', 'h1#y', 'h1#z']);
    expect(names(index.inBody('headings'))).toEqual(['h2#x', 'h1#y']);
    expect(names(index.all('title'))).toEqual(['title']);
    expect(names(index.inBody('script'))).toEqual([]);
    expect(names(index.inBody('time'))).toEqual(['time']);
    // The body itself carries a class: it is the first of its group inside the body, as `getElementsByTagName` lists it.
    expect(names(index.inBody('named'))).toEqual(['body', 'h2#x', 'h1#y', 'p#p']);
    expect(names(index.all('scopes'))).toEqual(['span']);
  });

  it('reads a fragment without a body as all body, and an empty body as holding nothing', () => {
    const fragment = indexElements(parseDocument('<h1>a</h1><div><h2>b</h2></div>'));
    expect(fragment.body).toBeUndefined();
    expect(names(fragment.inBody('headings'))).toEqual(['h1', 'h2']);
    const empty = indexElements(parseDocument('<h1>a</h1><body></body><h2>b</h2>'));
    expect(names(empty.inBody('headings'))).toEqual([]);
    expect(names(empty.all('headings'))).toEqual(['h1', 'h2']);
  });

  it('lists what domutils finds tag by tag, on any nesting of tags', () => {
    const tag = fc.constantFrom('h1', 'h2', 'time', 'meta', 'body', 'div', 'p', 'script', 'link');
    const html = fc.array(fc.tuple(tag, fc.boolean(), fc.boolean()), { maxLength: 40 }).map((parts) => parts.map(([name, open, classed]) => (open ? `<${name}${classed ? ' class="k"' : ''}>x` : `</${name}>`)).join(''));
    fc.assert(
      fc.property(html, (source) => {
        const document = parseDocument(source);
        const index = indexElements(document);
        const body = getElementsByTagName('body', document, true, 1)[0];
        expect(index.body).toBe(body);
        expect(index.all('headings')).toEqual(getElementsByTagName((name) => name === 'h1' || name === 'h2', document, true));
        expect(index.inBody('time')).toEqual(getElementsByTagName('time', body ?? document, true));
        expect(index.inBody('named')).toEqual(getElementsByTagName(() => true, body ?? document, true).filter((element) => element.attribs['class'] !== undefined));
      }),
      { numRuns: 300 },
    );
  });
});
