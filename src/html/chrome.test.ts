import { describe, expect, it } from 'vitest';
import type { Element } from 'domhandler';
import { parseHtmlDocument } from './parse-document';
import { removeChrome } from './chrome';
import { findElements, textOf } from './dom';

/** The body of a parsed page. */
const bodyOf = (html: string): Element => findElements(parseHtmlDocument(html), (element) => element.name === 'body')[0] as Element;

describe('removeChrome', () => {
  it('removes tags, hidden elements and chrome roles, and detaches chrome-named containers so that they can come back', () => {
    const body = bodyOf('<body><p>Kept</p><nav>Menu</nav><p hidden>Hidden</p><div role="navigation">Links</div><div class="sidebar">Side <p>text</p></div><table><tr><td class="sidebar">Cell</td></tr></table></body>');
    const restore = removeChrome(body);
    expect(textOf(body)).toBe('KeptCell');
    restore?.();
    expect(textOf(body)).toBe('KeptSide textCell');
  });

  it('keeps elements without attributes, and detaches nothing restorably when no container is named as chrome', () => {
    const body = bodyOf('<body><p>One</p><div><p>Two</p></div><span class="comment-article">Three</span></body>');
    expect(removeChrome(body)).toBeUndefined();
    expect(textOf(body)).toBe('OneTwoThree');
  });
});
