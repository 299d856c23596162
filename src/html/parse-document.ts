import { type ChildNode, type Document, DomHandler, Element, type ParentNode, Text } from 'domhandler';
import { Parser } from 'htmlparser2';
import { hasAttributes } from './dom';
import { MAX_SOURCE_DEPTH, limitSourceNesting } from './nesting';

/**
 * The document htmlparser2 builds, built lean: a page of many tiny elements (`<p>x</p>` repeated) must not cost
 * hundreds of bytes an element. It is the same domhandler tree that domutils walks, less what no reader of it uses.
 * @module
 */

/**
 * The most attributes kept on one element, far above any real element's (a few dozen); the rest are skipped before
 * they reach its attribute object, which grows slower than linearly (one element with 500,000 attributes).
 */
export const MAX_ATTRIBUTES = 1000;

/**
 * The most elements the parser keeps open at once: the nesting guard's depth ({@link MAX_SOURCE_DEPTH}), which real
 * pages never reach, so only closing tags that close nothing let the parser come to it.
 */
export const MAX_OPEN_ELEMENTS: number = MAX_SOURCE_DEPTH;

/** The most tag names one parse shares (a page uses a few dozen; a hostile one may write a million). */
const MAX_SHARED_NAMES = 1000;

/** The attributes of every element written without any: one shared, frozen object instead of an empty one each. */
const NO_ATTRIBUTES: Record<string, string> = Object.freeze({});

/**
 * The children of every element that has none: one shared, frozen array instead of an empty one each (a void
 * element's, which no child ever replaces). The builder gives an element its own array with its first child.
 */
const NO_CHILDREN = Object.freeze([]) as unknown as ChildNode[];

/**
 * An element holding only the fields its readers use (domutils and ours: `parent`, `prev`, `next`, `children`,
 * `name`, `attribs`, the row of its text measures), with domhandler's `Element` as its prototype, so it is one
 * (`instanceof`, `tagName`, …) and its `type` is read there: no `startIndex`/`endIndex` (never set without those
 * options) nor an own `type` field, 24 bytes less an element.
 */
class LeanElement {
  parent: ParentNode | null = null;
  prev: ChildNode | null = null;
  next: ChildNode | null = null;
  children: ChildNode[] = NO_CHILDREN;
  /** The row of its text measures (`html/text-measure.ts`): a field of every element, so setting it keeps the shape. */
  measureSlot: number | undefined = undefined;
  constructor(
    public name: string,
    public attribs: Record<string, string>,
  ) {}
}

/** A text node the same way: `parent`, `prev`, `next` and `data` own, the rest from domhandler's `Text`. */
class LeanText {
  parent: ParentNode | null = null;
  prev: ChildNode | null = null;
  next: ChildNode | null = null;
  constructor(public data: string) {}
}

/**
 * Puts domhandler's classes under the lean ones, and `type` on their prototypes (a data property: `script`, `style`
 * set their own). Run by the first parse, not on import, so a bundle without the HTML parser keeps no domhandler
 * class; later parses find it done (changing a prototype again would drop V8's caches of every lookup through it).
 */
function leanPrototypes(): void {
  if (Object.getPrototypeOf(LeanElement.prototype) === Element.prototype) return;
  Object.assign(Object.setPrototypeOf(LeanElement.prototype, Element.prototype), { type: 'tag' });
  Object.assign(Object.setPrototypeOf(LeanText.prototype, Text.prototype), { type: 'text' });
}

/**
 * domhandler's builder, building {@link LeanElement}s and {@link LeanText}s, with more savings: elements without
 * attributes share {@link NO_ATTRIBUTES}, those without children {@link NO_CHILDREN}, and those of one name one
 * name string (a page of `<input>` flood keeps 39% less); an element's first child gets an array of exactly one, and an
 * array that grew past one is copied to its exact length when the element closes (a growing array keeps room for 17
 * children, about 150 bytes for a `<p>` holding one text; growing from one and copying at every close was a third of
 * what the builder allocated on `<p>x</p>` repeated); comments, which nothing reads, are not kept. Its `addNode` is domhandler's without the
 * start and end indices, which are never asked for.
 */
class LeanDomHandler extends DomHandler {
  /** One string for each tag name met, so that the elements of one name share it (the parser reads a new one each time). */
  private readonly names = new Map<string, string>();

  override onopentag(name: string, attribs: Record<string, string>): void {
    let shared = this.names.get(name);
    if (shared === undefined && this.names.size < MAX_SHARED_NAMES) this.names.set(name, (shared = name));
    const element = new LeanElement(shared ?? name, hasAttributes(attribs) ? attribs : NO_ATTRIBUTES) as unknown as Element;
    // domhandler types these two apart from other tags.
    if (name === 'script' || name === 'style') element.type = name as Element['type'];
    this.addNode(element);
    this.tagStack.push(element);
  }

  override ontext(data: string): void {
    const last = this.lastNode;
    if (last?.type === 'text') last.data += data;
    else {
      const node = new LeanText(data) as unknown as Text;
      this.addNode(node);
      this.lastNode = node;
    }
  }

  override addNode(node: ChildNode): void {
    const parent = this.tagStack[this.tagStack.length - 1] as ParentNode;
    const siblings = parent.children;
    const previous = siblings[siblings.length - 1];
    if (previous === undefined) parent.children = [node];
    else {
      siblings.push(node);
      node.prev = previous;
      previous.next = node;
    }
    node.parent = parent;
    this.lastNode = null;
  }

  override onclosetag(): void {
    const element = this.tagStack[this.tagStack.length - 1] as Element | undefined;
    super.onclosetag();
    if (element !== undefined && element.children.length > 1) element.children = element.children.slice();
  }

  override oncomment(): void {
    // Not kept: `oncommentend` still ends the text before the comment, so the text nodes are as with comments kept.
  }
}

/** The parser's own stack of open elements (top first) and its way to close the top one, which it keeps private. */
interface OpenElements {
  readonly stack: readonly string[];
  popElement(implied: boolean): void;
}

/**
 * htmlparser2's parser keeping at most {@link MAX_ATTRIBUTES} attributes an element: past it, an attribute's name
 * is not read, so the parser takes it for the last one kept, which the element has already (the first of two
 * attributes of one name is kept), and drops it. It also keeps at most {@link MAX_OPEN_ELEMENTS} elements open:
 * the nesting guard cannot see closing tags that close nothing (`<div></span>` repeated), after which the parser's
 * stack, kept with `unshift` and searched by every closing tag, grows with the input (quadratic time: a minute a
 * megabyte); an element opened at the bound closes the innermost one first, so it opens beside it.
 */
class AttributeCappedParser extends Parser {
  /** How many more attributes the tag being opened keeps (set by its name, which comes before them). */
  private declare left: number;

  override onopentagname(start: number, endIndex: number): void {
    this.left = MAX_ATTRIBUTES;
    const open = this as unknown as OpenElements;
    if (open.stack.length >= MAX_OPEN_ELEMENTS) open.popElement(true);
    super.onopentagname(start, endIndex);
  }

  override onattribname(start: number, endIndex: number): void {
    if (this.left-- > 0) super.onattribname(start, endIndex);
  }
}

/**
 * Parses HTML into a domhandler document, after the linear nesting guard of {@link limitSourceNesting} (without it,
 * htmlparser2 is quadratic on deep unclosed nesting).
 *
 * @param html - the HTML source
 * @returns the document
 * @example
 * ```ts
 * parseHtmlDocument('<p>Hi <b>there</b></p>').children.length; //=> 1
 * ```
 */
export function parseHtmlDocument(html: string): Document {
  leanPrototypes();
  const handler = new LeanDomHandler();
  new AttributeCappedParser(handler).end(limitSourceNesting(html));
  return handler.root;
}
