import { describe, expect, it } from 'vitest';
import { parseHtmlDocument } from './parse-document';
import { htmlTextUnits } from './kind';

describe('htmlTextUnits', () => {
  it('hands each block’s collapsed text and its link characters to the callback, in document order, chrome left out', () => {
    const units: [string, number][] = [];
    htmlTextUnits(parseHtmlDocument('<nav>Menu</nav><p>One  <a href="/x"> two </a></p><div>Three<br>four</div><script>x()</script><p> </p>'), (text, links) => units.push([text, links]));
    expect(units).toEqual([['One two', 3], ['Three', 0], ['four', 0]]);
  });
});
