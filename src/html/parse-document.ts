import { type ChildNode, Document, Element, type ParentNode, ProcessingInstruction, Text } from 'domhandler';
import { type Handler, Parser } from 'htmlparser2';
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

/**
 * The open elements past which the parser counts them by name, from the first closing tag it reads with more open to
 * the end of the page, so that a closing tag of a name none of them has is known to close nothing without a search of
 * its stack (up to {@link MAX_OPEN_ELEMENTS} deep when closing tags close nothing: a fifth of such a page's time).
 */
const COUNTED_DEPTH = 64;

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
 * htmlparser2's callbacks building the document domhandler's builder builds, from {@link LeanElement}s and
 * {@link LeanText}s, with more savings: elements without attributes share {@link NO_ATTRIBUTES}, those without
 * children {@link NO_CHILDREN}, and those of one name one name string (a page of `<input>` flood keeps 39% less); an
 * element's first child gets an array of exactly one, and an array that grew past one is copied to its exact length
 * when the element closes (a growing array keeps room for 17 children, about 150 bytes for a `<p>` holding one text);
 * comments, which nothing reads, are not kept. It has no `onopentag`, so the parser makes no attribute object for a
 * tag (one a tag, most of them never written to): the element is made when its name is read, given the object the
 * parser fills ({@link LeanParser}) at its first attribute, and put in the tree when its opening tag ends, as
 * domhandler's is (a tag cut off by the end of the input is left out).
 */
class LeanBuilder implements Partial<Handler> {
  /** The document. */
  readonly root = new Document([]);
  /** The element whose opening tag is being read, not yet in the tree. */
  opening: Element | null = null;
  /** The open elements, the document first. */
  private readonly open: ParentNode[] = [this.root];
  /** The text node that text read next joins (none after a tag or a comment). */
  private last: Text | null = null;
  /** One string for each tag name met, so that the elements of one name share it (the parser reads a new one each time). */
  private readonly names = new Map<string, string>();
  /** How many elements of each name are open, once the parser counts them ({@link COUNTED_DEPTH}). */
  counts: Map<string, number> | undefined;

  /**
   * Counts an element the parser opens (`by` 1) or closes (−1), once it counts: each opening of an element (a void one's
   * too) is told by `onopentagname` and each closing by `onclosetag`, so the counts are those of the parser's stack.
   */
  count(name: string, by: number): void {
    this.counts?.set(name, (this.counts.get(name) ?? 0) + by);
  }

  onopentagname(name: string): void {
    this.count(name, 1);
    let shared = this.names.get(name);
    if (shared === undefined && this.names.size < MAX_SHARED_NAMES) this.names.set(name, (shared = name));
    const element = new LeanElement(shared ?? name, NO_ATTRIBUTES) as unknown as Element;
    // domhandler types these two apart from other tags.
    if (name === 'script' || name === 'style') element.type = name as Element['type'];
    this.opening = element;
  }

  /** Puts the element whose opening tag ended in the tree, as the innermost open one. */
  attach(): void {
    const element = this.opening;
    if (element === null) return;
    this.opening = null;
    // An attribute object left empty (an attribute named `__proto__` sets nothing) is the shared one, as before.
    if (!hasAttributes(element.attribs)) element.attribs = NO_ATTRIBUTES;
    this.add(element);
    this.open.push(element);
  }

  onclosetag(name: string): void {
    this.count(name, -1);
    // An element opened and closed by one tag (`</p>` without an open one, `</br>`, `<path/>` in SVG).
    this.attach();
    this.last = null;
    const element = this.open.pop();
    if (element !== undefined && element.children.length > 1) element.children = element.children.slice();
  }

  ontext(data: string): void {
    const last = this.last;
    if (last !== null) last.data += data;
    else {
      const node = new LeanText(data) as unknown as Text;
      this.add(node);
      this.last = node;
    }
  }

  oncommentend(): void {
    // The comment is not kept, but it still ends the text before it: the text nodes are as with comments kept.
    this.last = null;
  }

  onprocessinginstruction(name: string, data: string): void {
    this.add(new ProcessingInstruction(name, data));
  }

  /** domhandler's `addNode` without the start and end indices, which are never asked for. */
  private add(node: ChildNode): void {
    const parent = this.open[this.open.length - 1] as ParentNode;
    const siblings = parent.children;
    const previous = siblings[siblings.length - 1];
    if (previous === undefined) parent.children = [node];
    else {
      siblings.push(node);
      node.prev = previous;
      previous.next = node;
    }
    node.parent = parent;
    this.last = null;
  }
}

/**
 * The parser's state this file reads and writes, which it keeps private: its stack of open elements (top first), its
 * way to close the top one, and the attribute object of the tag being read (`null` between tags).
 */
interface ParserInternals {
  readonly stack: readonly string[];
  popElement(implied: boolean): void;
  attribs: Record<string, string> | null;
  /** The namespaces open, innermost first, over a last one for HTML: one entry outside SVG and MathML. */
  readonly foreignContext: readonly unknown[];
  getSlice(start: number, endIndex: number): string;
  readTagName(start: number, endIndex: number): string;
}

/**
 * The parser's `readTagName`, without a new string for a name already in lower case (most): `toLowerCase` makes one
 * even then, which the element sharing names drops (garbage a tag; a page of tiny elements was a fifth garbage, and
 * the young generation's collector moves a page that is mostly live whole instead of copying its objects). Inside
 * SVG or MathML, where names are also adjusted, it is the parser's own.
 */
function readTagName(this: ParserInternals, start: number, endIndex: number): string {
  if (this.foreignContext.length > 1) return (Parser.prototype as unknown as ParserInternals).readTagName.call(this, start, endIndex);
  let name = this.getSlice(start, endIndex);
  for (let index = 0; index < name.length; index++) {
    const code = name.charCodeAt(index);
    if (code > 0x7f || (code >= 0x41 && code <= 0x5a)) {
      name = name.toLowerCase();
      break;
    }
  }
  return name === 'image' ? 'img' : name;
}

/**
 * htmlparser2's parser feeding a {@link LeanBuilder}: it makes a tag's attribute object at its first attribute and
 * hands it to the element being opened, and tells the builder when an opening tag ends or the input does. It keeps
 * at most {@link MAX_ATTRIBUTES} attributes an element: past it, an attribute's name is not read, so the parser
 * takes it for the last one kept, which the element has already (the first of two attributes of one name is kept),
 * and drops it. It also keeps at most {@link MAX_OPEN_ELEMENTS} elements open: the nesting guard cannot see closing
 * tags that close nothing (`<div></span>` repeated), after which the parser's stack, kept with `unshift` and searched
 * by every closing tag, grows with the input (quadratic time: a minute a megabyte); an element opened at the bound
 * closes the innermost one first, so it opens beside it.
 */
class LeanParser extends Parser {
  /** How many more attributes the tag being opened keeps (set by its name, which comes before them). */
  private declare left: number;

  constructor(private readonly builder: LeanBuilder) {
    super(builder);
    (this as unknown as ParserInternals).readTagName = readTagName;
  }

  override onopentagname(start: number, endIndex: number): void {
    this.left = MAX_ATTRIBUTES;
    const parser = this as unknown as ParserInternals;
    if (parser.stack.length >= MAX_OPEN_ELEMENTS) parser.popElement(true);
    super.onopentagname(start, endIndex);
  }

  override onattribname(start: number, endIndex: number): void {
    if (this.left-- <= 0) return;
    const parser = this as unknown as ParserInternals;
    const element = this.builder.opening;
    // None for a tag the parser ignores (a second `<form>`): its attributes go nowhere, as the parser's own do.
    if (parser.attribs === null && element !== null) element.attribs = parser.attribs = {};
    super.onattribname(start, endIndex);
  }

  override onclosetag(start: number, endIndex: number): void {
    const { builder } = this;
    const { stack } = this as unknown as ParserInternals;
    if (stack.length > COUNTED_DEPTH) {
      if (builder.counts === undefined) {
        builder.counts = new Map();
        for (const name of stack) builder.count(name, 1);
      }
      const name = (this as unknown as ParserInternals).readTagName(start, endIndex);
      // Of a name no open element has, a closing tag closes nothing, save `</p>` and `</br>`, which make an element
      // (the parser's indices, which no callback here reads, are left as they are).
      if (!(builder.counts.get(name) ?? 0) && name !== 'p' && name !== 'br') return;
    }
    super.onclosetag(start, endIndex);
  }

  override onopentagend(endIndex: number): void {
    this.builder.attach();
    super.onopentagend(endIndex);
  }

  override onend(): void {
    // A tag still being read was cut off by the end of the input: domhandler leaves it out.
    this.builder.opening = null;
    super.onend();
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
  const builder = new LeanBuilder();
  new LeanParser(builder).end(limitSourceNesting(html));
  return builder.root;
}
