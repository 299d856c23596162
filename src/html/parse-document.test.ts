import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getAttributeValue, getElementsByTagName, textContent } from 'domutils';
import { type AnyNode, Element, Text, hasChildren, isComment, isTag, isText } from 'domhandler';
import { parseDocument } from 'htmlparser2';
import { MAX_ATTRIBUTES, MAX_OPEN_ELEMENTS, parseHtmlDocument } from './parse-document';

/** A node as its readers see it: type, name, attributes, data and children (comments left out), links checked if asked. */
function shape(node: AnyNode, links = false): unknown {
  if (!hasChildren(node)) return [node.type, 'data' in node ? node.data : undefined, 'name' in node ? node.name : undefined];
  const children = node.children.filter((child) => !isComment(child));
  children.forEach((child, index) => {
    if (links && (child.parent !== node || child.prev !== (children[index - 1] ?? null) || child.next !== (children[index + 1] ?? null))) throw new Error('a broken link');
  });
  return [node.type, isTag(node) ? [node.name, Object.entries(node.attribs)] : undefined, children.map((child) => shape(child, links))];
}

describe('parseHtmlDocument', () => {
  it("builds the tree htmlparser2's own document builder builds, less the comments", () => {
    const piece = fc.constantFrom('<', '>', '/', '</', '/>', ' ', '=', '"', 'a', 'B', 'p', 'div', 'br', 'form', 'svg', 'path', 'math', 'mi', 'foreignObject', 'image', 'IMAGE', 'script', 'style', 'textarea', 'li', 'td', 'table', 'option', '<!--', '-->', '<!doctype html>', '<?x?>', '<![CDATA[', ']]>', '&amp;', 'x="y"', '__proto__', 'İ', 'ſ', '\u212A', '<p ', '<DIV ', '</p>', '</br>', '<form ', '<path/>', '<b a=1 A=2>', '<i __proto__>', ' c=d', '<li>');
    const source = fc.array(piece, { maxLength: 50 }).map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(source, (html) => {
        const stock = parseDocument(html);
        const lean = parseHtmlDocument(html);
        expect(JSON.stringify(shape(lean, true))).toBe(JSON.stringify(shape(stock)));
      }),
      { numRuns: 3000 },
    );
    // Deeper than COUNTED_DEPTH (64), where closing tags are checked against the counts of the open elements' names.
    const deep = `${'<div>'.repeat(40)}<svg>${'<g>'.repeat(30)}<foreignObject>`;
    fc.assert(
      fc.property(source, source, (first, second) => {
        const html = `${deep}${first}${'<b>'.repeat(10)}${second}</b></foreignObject>${second}`;
        expect(JSON.stringify(shape(parseHtmlDocument(html), true))).toBe(JSON.stringify(shape(parseDocument(html))));
      }),
      { numRuns: 1000 },
    );
  });

  it('reads tag names as the parser does: in lower case, `image` as `img`, SVG names in their own case', () => {
    const document = parseHtmlDocument('<DIV><Aİ></Aİ><image><Svg><clippath/><foreignObject><B>x</B></foreignObject></Svg></DIV>');
    const names: string[] = [];
    const walk = (node: AnyNode): void => {
      if (isTag(node)) names.push(node.name);
      if (hasChildren(node)) node.children.forEach(walk);
    };
    walk(document);
    expect(names).toEqual(['div', 'ai̇', 'img', 'svg', 'clipPath', 'foreignObject', 'b']);
  });

  it('leaves out a tag cut off by the end of the input, as domhandler does, and elements open and closed by one tag are kept', () => {
    for (const html of ['<p>x<div ', '<p>x<div a="b"', '<p>x<div/']) expect(getElementsByTagName('div', parseHtmlDocument(html))).toEqual([]);
    const document = parseHtmlDocument('x</p>y</br>z');
    expect(document.children.map((node) => (isTag(node) ? node.name : isText(node) ? node.data : ''))).toEqual(['x', 'p', 'y', 'br', 'z']);
  });

  it('gives an element whose attributes set nothing the shared empty record, and a form the parser ignores no attributes', () => {
    const [p, plain] = getElementsByTagName('p', parseHtmlDocument('<p __proto__="x">a</p><p>b</p>'));
    expect(p?.attribs).toBe(plain?.attribs);
    const forms = getElementsByTagName('form', parseHtmlDocument('<form id="a"><form id="b" class="c">x</form>'));
    expect(forms.map((form) => form.attribs)).toEqual([{ id: 'a' }]);
  });

  it('builds the tree domutils reads, attributes and text as written', () => {
    const document = parseHtmlDocument('<div class="a" data-x="1"><p>Hi <b>there</b></p><p>again</p></div>');
    const [div] = getElementsByTagName('div', document);
    expect(div === undefined ? undefined : getAttributeValue(div, 'class')).toBe('a');
    expect(getElementsByTagName('p', document).map((p) => textContent(p))).toEqual(['Hi there', 'again']);
    expect(textContent(document)).toBe('Hi thereagain');
  });

  it('shares one frozen attribute object among elements written without attributes', () => {
    const [first, second] = getElementsByTagName('p', parseHtmlDocument('<p>a</p><p>b</p>'));
    expect(first?.attribs).toBe(second?.attribs);
    expect(Object.isFrozen(first?.attribs)).toBe(true);
    expect(Object.keys(first?.attribs ?? { x: 1 })).toEqual([]);
  });

  it('shares one frozen empty array among elements without children, and gives each other element its own', () => {
    const document = parseHtmlDocument('<input><img src="a.png"><p>x</p><p>y<b>z</b></p><br>');
    const [input, img, first, second, br] = ['input', 'img', 'p', 'p', 'br'].map((name, index) => getElementsByTagName(name, document)[index === 3 ? 1 : 0]);
    expect(input?.children).toBe(img?.children);
    expect(br?.children).toBe(input?.children);
    expect(Object.isFrozen(input?.children) && input?.children.length === 0).toBe(true);
    expect(first?.children.length).toBe(1);
    expect(second?.children.length).toBe(2);
    expect(first?.children).not.toBe(second?.children);
  });

  it('keeps at most MAX_OPEN_ELEMENTS elements open when closing tags close nothing, every text in order', () => {
    const count = MAX_OPEN_ELEMENTS + 100;
    const document = parseHtmlDocument(`${'<div></span>'.repeat(count)}<script>var a = '<p>';</script>end`);
    let depth = 0;
    for (let node = document.children[0]; node !== undefined && isTag(node); node = node.children[0]) depth += 1;
    expect(depth).toBe(MAX_OPEN_ELEMENTS);
    expect(getElementsByTagName('div', document).length).toBe(count);
    const [script] = getElementsByTagName('script', document);
    expect(script === undefined ? '' : textContent(script)).toBe("var a = '<p>';");
    expect(textContent(document)).toBe("var a = '<p>';end");
    const nested = parseHtmlDocument(`${'<b></i>'.repeat(MAX_OPEN_ELEMENTS - 1)}x${'</b>'.repeat(MAX_OPEN_ELEMENTS - 1)}y`);
    // Past the counted depth, a closing tag of a name opened before but closed since closes nothing; `</p>` and `</br>` still make elements.
    const counted = parseHtmlDocument(`<i></i>${'<div>'.repeat(100)}</i></span></p></br><i>a</i>`);
    expect(['p', 'br', 'i'].map((name) => getElementsByTagName(name, counted).length)).toEqual([1, 1, 2]);
    expect(textContent(counted)).toBe('a');
    expect(nested.children.length).toBe(2);
    expect(nested.children[1]).toMatchObject({ data: 'y' });
  });

  it('leaves comments out, and the text on each side of one a node of its own', () => {
    const document = parseHtmlDocument('<p>before<!-- a comment -->after</p>');
    const [p] = getElementsByTagName('p', document);
    expect(p?.children.every((child) => isText(child))).toBe(true);
    expect(p?.children.map((child) => (isText(child) ? child.data : ''))).toEqual(['before', 'after']);
  });

  it('closes elements left open at the end, with their children', () => {
    const document = parseHtmlDocument('<ul><li>one<li>two');
    const items = getElementsByTagName('li', document);
    expect(items.map((item) => textContent(item))).toEqual(['one', 'two']);
    expect(items.every((item) => isTag(item) && item.children.length === 1)).toBe(true);
  });

  it('builds nodes that are domhandler nodes, typed as domhandler types them, without the unused index fields', () => {
    const document = parseHtmlDocument('<p>Hi</p><script>var a;</script><style>b{}</style>');
    const [p, script, style] = document.children;
    expect([p, script, style].map((node) => node?.type)).toEqual(['tag', 'script', 'style']);
    expect(p instanceof Element && p.tagName === 'p').toBe(true);
    const text = p instanceof Element ? p.children[0] : undefined;
    expect(text instanceof Text && isText(text) && text.data === 'Hi' && text.parent === p).toBe(true);
    expect(Object.keys(p ?? {}).sort()).toEqual(['attribs', 'children', 'measureSlot', 'name', 'next', 'parent', 'prev']);
    expect(Object.keys(text ?? {}).sort()).toEqual(['data', 'next', 'parent', 'prev']);
    expect(p?.next).toBe(script);
  });

  it('keeps the first MAX_ATTRIBUTES attributes of an element and skips the rest, the next element starting afresh', () => {
    const many = Array.from({ length: MAX_ATTRIBUTES + 50 }, (_, index) => `a${index}="${index}"`).join(' ');
    const document = parseHtmlDocument(`<div ${many} a0="again">x</div><p ${many}>y</p><b A1="B" a1="c">z</b>`);
    const [div, p, b] = ['div', 'p', 'b'].map((name) => getElementsByTagName(name, document)[0]);
    for (const element of [div, p]) {
      const names = Object.keys(element?.attribs ?? {});
      expect(names.length).toBe(MAX_ATTRIBUTES);
      expect([names[0], names[names.length - 1]]).toEqual(['a0', `a${MAX_ATTRIBUTES - 1}`]);
      expect(element?.attribs['a0']).toBe('0');
      expect(element === undefined ? '' : textContent(element)).toMatch(/^[xy]$/u);
    }
    expect(b?.attribs).toEqual({ a1: 'B' });
  });
});
