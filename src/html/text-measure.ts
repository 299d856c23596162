import type { AnyNode, ChildNode, Element, ParentNode, Text } from 'domhandler';
import { hasChildren, isText } from 'domhandler';
import { collapseWhitespace } from '../text/repair';
import { isWhitespaceCode } from '../text/scan';
import { isElementType } from './dom';

/**
 * Text measures of every element, computed once, bottom-up, in one pass: the length of the element's
 * text as {@link textOf} gives it (whitespace collapsed, trimmed), its commas, and its link text. Scoring and
 * cleaning read these instead of re-reading the text of nested containers at every level (which costs depth ×
 * text on deep pages). Also a bounded text reader for the places that only need the start of an element's text.
 * @module
 */

/** Whether a character is a comma that separates clauses, in Latin or CJK text (what a paragraph score counts). */
const isComma = (code: number): boolean => code === 0x2c || code === 0xff0c || code === 0x3001;

/** The measures of one element. */
export interface TextMeasure {
  /** Length of the element's collapsed, trimmed text: `textOf(element).length`. */
  readonly length: number;
  /** Commas (`,`, `，`, `、`) in that text. */
  readonly commas: number;
  /** Length of the link text within the element (the element itself included), whitespace runs counted as one
   * character as in {@link TextMeasure.length}, so that link density compares like with like. */
  readonly linkLength: number;
  /** Like `linkLength`, but also counting links around the element, up to the measured root. */
  readonly contextLinkLength: number;
  /** Sum of the trimmed lengths of all text nodes, script and style text included (the link-density base). */
  readonly trimmedLength: number;
}

/** A running measure: the shape of the text so far (collapsed length, whitespace before and after), and counts. */
interface Accumulator {
  length: number;
  before: boolean;
  after: boolean;
  commas: number;
  linkLength: number;
  contextLinkLength: number;
  trimmedLength: number;
  /** Sum of the collapsed, trimmed lengths of the text nodes (what `linkLength` takes at a link). */
  collapsedLength: number;
}

/** Adds a text of the given shape to the running measure (what writing it after the text so far does). */
function joinShape(into: Accumulator, length: number, before: boolean, after: boolean): void {
  if (into.length === 0) {
    into.before = into.before || before;
    into.after = length > 0 ? after : into.after || after;
    into.length = length;
  } else if (length === 0) into.after = into.after || after;
  else {
    into.length += length + (into.after || before ? 1 : 0);
    into.after = after;
  }
}

/** Adds a raw text node's text to the running measure. */
function addText(into: Accumulator, text: string, inLink: boolean): void {
  let length = 0;
  let first = -1;
  let last = -1;
  let pendingSpace = false;
  let commas = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (isWhitespaceCode(code)) {
      pendingSpace = true;
      continue;
    }
    if (isComma(code)) commas += 1;
    if (first < 0) first = index;
    else if (pendingSpace) length += 1;
    pendingSpace = false;
    length += 1;
    last = index;
  }
  const trimmed = first < 0 ? 0 : last - first + 1;
  if (first < 0) joinShape(into, 0, text.length > 0, text.length > 0);
  else joinShape(into, length, first > 0, pendingSpace);
  into.commas += commas;
  into.trimmedLength += trimmed;
  into.collapsedLength += length;
  if (inLink) into.contextLinkLength += trimmed;
}

/**
 * Share of an element's text that is link text (0 for an element without text), from its measures.
 * @param measure - the element's measures
 * @returns the link density, between 0 and 1
 */
export function linkDensityOf(measure: TextMeasure): number {
  return measure.length === 0 ? 0 : Math.min(1, measure.linkLength / measure.length);
}

/** The measures of one element stored in a row: `length`, `commas`, `linkLength`, `contextLinkLength`, `trimmedLength`. */
const FIELDS = 5;

/** Elements per block of the store: blocks are added as elements are met, so nothing counts them beforehand. */
const BLOCK_ROWS = 1024;

/** An element as the measures find their row of it again: the row's number, set when it is measured. */
type Slotted = Element & { measureSlot?: number };

/**
 * The measures of the elements met, by element: one row of a flat `Uint32Array` per element (a length fits: no
 * string is 2³² characters long), no object per element; 20 bytes an element, where five arrays of numbers took 40
 * and more. The rows sit in fixed-size blocks, one added when the last is full (at most one block's worth unused).
 * An element keeps the number of its row (`measureSlot`, a field of the document's elements), checked against the
 * list of elements measured: no map from element to row, which cost more than the rows on pages of many tiny
 * elements. The measures are read while they are the latest taken of an element (measuring it again, here or in a
 * later store, moves its row). Both lists hold objects from the start (row 0 is a placeholder, never an element's):
 * a list made empty changes its kind of elements at its first object, which threw the measuring walk, on every page,
 * out of its optimised code and often left it in slower code for the rest of the page (half the speed, or less).
 */
export class TextMeasures {
  private readonly elements: (Element | null)[] = [null];
  private readonly blocks: Uint32Array[] = [new Uint32Array(BLOCK_ROWS * FIELDS)];
  /** The last block, which rows are added to. */
  private rows = this.blocks[0] as Uint32Array;

  /**
   * The measures of one element.
   *
   * @param element - an element under the measured roots
   * @returns its measures, or `undefined` for an element that was not measured
   */
  get(element: Element): TextMeasure | undefined {
    const length = this.lengthOf(element);
    if (length === undefined) return undefined;
    const slot = (element as Slotted).measureSlot as number;
    const rows = this.blocks[Math.floor(slot / BLOCK_ROWS)] as Uint32Array;
    const at = (slot % BLOCK_ROWS) * FIELDS;
    return { length, commas: rows[at + 1] ?? 0, linkLength: rows[at + 2] ?? 0, contextLinkLength: rows[at + 3] ?? 0, trimmedLength: rows[at + 4] ?? 0 };
  }

  /**
   * The length of one element's text ({@link TextMeasure.length}), without an object of its measures: what most
   * readers test first, on every paragraph of a page.
   *
   * @param element - an element under the measured roots
   * @returns its text's length, or `undefined` for an element that was not measured
   */
  lengthOf(element: Element): number | undefined {
    const slot = (element as Slotted).measureSlot;
    return slot === undefined || this.elements[slot] !== element ? undefined : this.blocks[Math.floor(slot / BLOCK_ROWS)]?.[(slot % BLOCK_ROWS) * FIELDS];
  }

  /**
   * Records the measures of one element, field by field ({@link TextMeasure}'s; the walk's running measure is none).
   *
   * @param element - the element
   */
  set(element: Element, length: number, commas: number, linkLength: number, contextLinkLength: number, trimmedLength: number): void {
    const slot = this.elements.length;
    const at = (slot % BLOCK_ROWS) * FIELDS;
    if (at === 0) this.blocks.push((this.rows = new Uint32Array(BLOCK_ROWS * FIELDS)));
    const rows = this.rows;
    this.elements.push(element);
    (element as Slotted).measureSlot = slot;
    rows[at] = length;
    rows[at + 1] = commas;
    rows[at + 2] = linkLength;
    rows[at + 3] = contextLinkLength;
    rows[at + 4] = trimmedLength;
  }
}

/** A running measure of no text yet. */
const emptyAccumulator = (): Accumulator => ({ length: 0, before: false, after: false, commas: 0, linkLength: 0, contextLinkLength: 0, trimmedLength: 0, collapsedLength: 0 });

/** Sets a running measure back to no text (a depth's measure is reused by the next node opened there). */
function reset(measure: Accumulator): void {
  measure.length = 0;
  measure.before = false;
  measure.after = false;
  measure.commas = 0;
  measure.linkLength = 0;
  measure.contextLinkLength = 0;
  measure.trimmedLength = 0;
  measure.collapsedLength = 0;
}

/**
 * Measures every element under (and including) the given roots. Linear in the size of the tree, and recursive as the
 * front end's other walks are (the page's nesting is flattened below a bounded depth first, by `limitDepth`, which
 * every caller's tree has been through); the walk keeps one running measure per depth (reused), not one per element,
 * and indexes the children (no array iterator per element). The caller may look at each element as
 * the walk meets it, in document order (what domutils' `getElementsByTagName(() => true, roots)` lists), so that a
 * list it needs of the same elements costs no second walk.
 *
 * @param roots - the nodes to measure
 * @param meet - called with every element under and including the roots, in document order
 * @param leave - called with every element once it is measured (after the elements inside it), and its text's length
 * @returns the measures of every element met
 */
export function measureText(roots: readonly AnyNode[], meet?: (element: Element) => void, leave?: (element: Element, length: number) => void): TextMeasures {
  const measures = new TextMeasures();
  // The running measure of each depth, reused by the next node opened there (the list holds one from the start, as
  // the store's lists do: see TextMeasures).
  const running: Accumulator[] = [emptyAccumulator()];
  // The node's type is read once, by the caller (a read of `type` sees every kind of node: the fewer, the faster).
  const measure = (node: ParentNode, type: string, depth: number, inLink: boolean): Accumulator => {
    let own = running[depth];
    if (own === undefined) running.push((own = emptyAccumulator()));
    else reset(own);
    const element = isElementType(type);
    if (element && meet !== undefined) meet(node as Element);
    const childInLink = inLink || (element && (node as Element).name === 'a');
    const { children } = node;
    for (let index = 0; index < children.length; index++) {
      const child = children[index] as ChildNode;
      const childType = child.type;
      if (childType === 'text') {
        addText(own, (child as Text).data, childInLink);
        continue;
      }
      // Only elements and CDATA have children among a node's children.
      const cdata = childType === 'cdata';
      if (!cdata && !isElementType(childType)) continue;
      const inner = measure(child as ParentNode, childType, depth + 1, childInLink);
      // innerText reads plain elements and CDATA; link lengths read every tag, scripts too.
      if (cdata || childType === 'tag') {
        joinShape(own, inner.length, inner.before, inner.after);
        own.commas += inner.commas;
      }
      if (!cdata) {
        own.linkLength += inner.linkLength;
        own.contextLinkLength += inner.contextLinkLength;
        own.trimmedLength += inner.trimmedLength;
        own.collapsedLength += inner.collapsedLength;
      }
    }
    if (element) {
      const tag = node as Element;
      if (tag.name === 'a') own.linkLength = own.collapsedLength;
      // innerText gives no text for scripts and styles.
      const shown = type === 'tag';
      const length = shown ? own.length : 0;
      measures.set(tag, length, shown ? own.commas : 0, own.linkLength, own.contextLinkLength, own.trimmedLength);
      leave?.(tag, length);
    }
    return own;
  };
  for (const root of roots) if (hasChildren(root)) measure(root, root.type, 0, false);
  return measures;
}

/**
 * The start of a node's text as {@link textOf} gives it, reading only as far as needed: exact when the whole text
 * is at most `limit` characters long, else at least its first `limit` characters.
 *
 * @param node - an element (or any node)
 * @param limit - how many characters of collapsed text are needed
 * @returns the collapsed text, or a longer-than-`limit` prefix of it
 */
export function textPrefix(node: AnyNode, limit: number): string {
  const parts: string[] = [];
  let visible = 0;
  const stack: AnyNode[] = [node];
  while (stack.length > 0 && visible <= limit) {
    const current = stack.pop() as AnyNode;
    if (isText(current)) {
      let index = 0;
      for (; index < current.data.length && visible <= limit; index++) if (!isWhitespaceCode(current.data.charCodeAt(index))) visible += 1;
      parts.push(index === current.data.length ? current.data : current.data.slice(0, index));
      continue;
    }
    // Only these have children, and only their text is read.
    if (current.type !== 'tag' && current.type !== 'cdata') continue;
    for (let index = current.children.length - 1; index >= 0; index--) stack.push(current.children[index] as AnyNode);
  }
  return collapseWhitespace(parts.join(''));
}
