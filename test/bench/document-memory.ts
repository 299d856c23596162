/**
 * `npm run bench -- --document-memory`: what the HTML document alone costs on a page of tiny elements, the bound no
 * work of ours on top of htmlparser2 + domhandler can go below (issue 10). For `<p>x</p>` and `<b>x</b>` repeated it
 * prints the live heap, after forced collections, of htmlparser2's own `parseDocument` and of the lean document the
 * front end builds (`html/parse-document.ts`), per input byte and per element, beside two floors: domhandler's node
 * classes (an `Element` of 9 fields, its children array, the array and its store, and a `Text` of 7 fields) and the
 * lean nodes the front end builds instead (6 and 4 fields, the rest on their prototypes), at 8 bytes a field or
 * pointer, 24 bytes an object header, as V8 lays them out on 64-bit Node.
 *
 *   npm run bench -- --document-memory [--size 5000000]
 */
import { runInNewContext } from 'node:vm';
import { setFlagsFromString } from 'node:v8';
import { parseDocument } from 'htmlparser2';
import { limitSourceNesting } from '../../src/html/nesting';
import { parseHtmlDocument } from '../../src/html/parse-document';

setFlagsFromString('--expose-gc');
const collect = runInNewContext('gc') as () => void;

const args = process.argv.slice(2);
const size = args.includes('--size') ? Number(args[args.indexOf('--size') + 1]) : 5_000_000;

/** Bytes V8 gives each part of a one-text element on 64-bit Node (no pointer compression). */
const POINTER = 8;
const HEADER = 3 * POINTER;
const ONE_CHILD_ARRAY = 4 * POINTER + (2 + 1) * POINTER;
/** The least one `<tag>x</tag>` costs, with its slot in its parent's children, for elements and texts of so many fields. */
const floorPerElement = (elementFields: number, textFields: number): number => HEADER + elementFields * POINTER + ONE_CHILD_ARRAY + HEADER + textFields * POINTER + POINTER;
/** domhandler's `Element` (9 fields) and `Text` (7). */
const FLOOR_PER_ELEMENT = floorPerElement(9, 7);
/** The lean nodes of `parse-document.ts`: `parent`, `prev`, `next`, `children`, `name`, `attribs`; `parent`, `prev`, `next`, `data`. */
const LEAN_FLOOR_PER_ELEMENT = floorPerElement(6, 4);

/** Live heap growth, after forced collections, while the built document is held. */
function liveBytes(build: () => unknown): number {
  collect();
  collect();
  const before = process.memoryUsage().heapUsed;
  const held = build();
  collect();
  collect();
  const after = process.memoryUsage().heapUsed;
  return held === undefined ? 0 : after - before;
}

const SHAPES: readonly { readonly name: string; readonly unit: string; }[] = [
  { name: '<p>x</p> repeated', unit: '<p>x</p>' },
  { name: '<b>x</b> repeated', unit: '<b>x</b>' },
];

console.log(`Node ${process.version}; live heap of the document alone at ${size / 1e6} MB, × input (bytes per element); floors: ${FLOOR_PER_ELEMENT} bytes an element in domhandler's classes, ${LEAN_FLOOR_PER_ELEMENT} in the lean nodes`);
console.log('| input | htmlparser2 parseDocument | lean document (parse-document.ts) | floor of domhandler\'s classes | floor of the lean nodes |');
console.log('|---|---:|---:|---:|---:|');
for (const shape of SHAPES) {
  const input = shape.unit.repeat(Math.floor(size / shape.unit.length));
  const elements = input.length / shape.unit.length;
  const cell = (bytes: number): string => `${(bytes / input.length).toFixed(1)}× (${(bytes / elements).toFixed(0)} B)`;
  const plain = liveBytes(() => parseDocument(limitSourceNesting(input)));
  const lean = liveBytes(() => parseHtmlDocument(input));
  console.log(`| ${shape.name} | ${cell(plain)} | ${cell(lean)} | ${cell(FLOOR_PER_ELEMENT * elements)} | ${cell(LEAN_FLOOR_PER_ELEMENT * elements)} |`);
}
