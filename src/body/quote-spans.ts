import type { QuoteKind } from '../model/article';
import { countWords } from '../text/prose';
import { trimTrailing } from '../text/trim';

/**
 * Finding quotations in a paragraph: the spans between matching quotation marks.
 * @module
 */

/** A quotation's place in its paragraph. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  readonly start: number;
  /** Offset just after the closing mark (the paragraph's length when the quote runs on). */
  readonly end: number;
  /** The quoted words, trimmed, without a trailing comma. */
  readonly text: string;
  /** `direct` for a quoted statement, `partial` for a fragment. */
  readonly kind: QuoteKind;
  /** `true` when the quote has no closing mark in this paragraph (it continues in the next one). */
  readonly open: boolean;
}

/** The spans of a paragraph without any: one empty list that every such paragraph shares (never added to). */
const NO_SPANS: QuoteSpan[] = [];

/** Closing marks for each opening mark. */
const PAIRS: Readonly<Record<string, string>> = {
  '“': '”',
  '«': '»',
  '„': '“”',
  '「': '」',
  '『': '』',
  '‹': '›',
  '‘': '’',
  '"': '"',
  '‚': '‘’',
  "'": "'",
};

/** Opening marks distinct from every closing mark: the same mark inside such a quotation opens a nested one. */
const NESTING: ReadonlySet<string> = new Set(['«', '「', '『', '‹']);

/** Every opening and closing mark, by UTF-16 code: any other character is passed over at once. */
const MARKS: ReadonlySet<number> = new Set([...Object.keys(PAIRS), ...Object.values(PAIRS)].join('').split('').map((mark) => mark.charCodeAt(0)));
/** The ASCII members of {@link MARKS} (`"`, `'`), as a table for the common case. */
const ASCII_MARKS: Uint8Array = Uint8Array.from({ length: 0x80 }, (_, code) => (MARKS.has(code) ? 1 : 0));

function isWordChar(char: string): boolean {
  return /^[\p{L}\p{N}]$/u.test(char);
}

/** Whether the mark at `index` can open a quotation (single and straight marks only at a word start). */
function canOpen(text: string, index: number): boolean {
  const mark = text.charAt(index);
  if (!(mark in PAIRS)) return false;
  if (mark === '‘' || mark === '"' || mark === '‚' || mark === "'") {
    return !isWordChar(text.charAt(index - 1)) && /\S/u.test(text.charAt(index + 1));
  }
  return true;
}

/** Whether the mark at `index` closes a quotation opened by `opener` (a `’` inside a word is an apostrophe). */
function canClose(text: string, index: number, opener: string): boolean {
  const mark = text.charAt(index);
  if (!(PAIRS[opener] ?? '').includes(mark)) return false;
  if (opener === '‘' || opener === '‚' || opener === '"' || opener === "'") return !isWordChar(text.charAt(index + 1));
  return true;
}

/**
 * Classifies quoted words: a statement (capitalised, or four words or more ending in punctuation) is `direct`,
 * a fragment inside a sentence is `partial`.
 *
 * @param text - the quoted words
 * @returns the kind
 */
export function quoteKind(quoted: string): QuoteKind {
  // An editor's insertion (`[I felt] am I not…`, `(Cruz) has …`) does not change what the quote is.
  const text = quoted.startsWith('[') || quoted.startsWith('(') ? quoted.slice(1) : quoted;
  const words = countWords(text, 8);
  if (/^[\p{Lu}\p{N}]/u.test(text) && words >= 4) return 'direct';
  if (words >= 8 && /[.!?…]$/u.test(text) && /^\p{Lu}/u.test(text)) return 'direct';
  return 'partial';
}

/** Trims quoted words and drops the comma that belongs to the sentence around them. */
function cleanQuoteText(inner: string): string {
  return trimTrailing(inner.trim(), ', ').trim();
}

/**
 * Finds the quotations of one paragraph: “…”, «…», „…“, 「…」, ‘…’, "…", typewriter ''…'' and ``…'' (straight
 * and single marks only where they cannot be apostrophes or inch marks). Nested marks stay inside the outer quotation. Linear time.
 *
 * @param paragraph - one paragraph
 * @returns the spans in order (a paragraph without any gets one empty list shared by all such: do not add to it)
 * @example
 * ```ts
 * findQuoteSpans('“Our people pay great attention,” Kim said.')[0]?.text; //=> 'Our people pay great attention'
 * ```
 */
export function findQuoteSpans(paragraph: string): QuoteSpan[] {
  // (a list only once a quotation is found: most paragraphs have none, and share one empty list)
  let spans: QuoteSpan[] | undefined;
  let opener = '';
  let openAt = -1;
  let depth = 0;
  // Mixed pairs (`“…,"`, `"…”`): whether a quotation in the other kind of double mark is open inside this one, and
  // where this one's own kind of mark next stands (found once per stretch, so the scan stays linear).
  let otherInside = false;
  let ownAt = -1;
  for (let index = 0; index < paragraph.length; index++) {
    const code = paragraph.charCodeAt(index);
    const isMark = code < 0x80 ? ASCII_MARKS[code] === 1 : MARKS.has(code);
    if (openAt < 0) {
      const typewriter = isMark || code === 0x60 ? typewriterOpener(paragraph, index) : undefined;
      depth = 0;
      otherInside = false;
      ownAt = -1;
      if (typewriter !== undefined) {
        opener = typewriter;
        openAt = index;
        index += 1;
      } else if (isMark && canOpen(paragraph, index)) {
        opener = paragraph.charAt(index);
        openAt = index;
      }
      continue;
    }
    if (opener === "'" && index - openAt > 300) {
      // An apostrophe, not a quote: give up on it and look again from here.
      openAt = -1;
      index -= 1;
      continue;
    }
    if (opener.length === 2) {
      // ''…'' and ``…'': only a doubled apostrophe closes (a single one inside is a nested quote or an apostrophe).
      if (code === 0x27 && paragraph.charCodeAt(index + 1) === 0x27 && paragraph.charCodeAt(index + 2) !== 0x27) {
        spans = pushSpan(spans, paragraph, openAt, index, 2, 1);
        openAt = -1;
        index += 1;
      }
      continue;
    }
    // «… «утка» …»: a mark that opens and never closes its own kind nests; its closing mark is not the outer one's.
    if (isMark && NESTING.has(opener) && paragraph.charAt(index) === opener) {
      depth += 1;
      continue;
    }
    if (isMark && depth > 0 && canClose(paragraph, index, opener)) {
      depth -= 1;
      continue;
    }
    if (opener === '"' ? code === 0x201c || code === 0x201d : code === 0x22 && (opener === '“' || opener === '„')) {
      // A double mark of the other kind (straight in curly, curly in straight) opens or closes a nested quotation,
      // or is a typing slip that closes this one: when no mark of this one's kind follows, or the next opens a new
      // quotation (`“…, Mr. Tom Hart," who sang “…”`).
      if (code === 0x201c || !closesAt(paragraph, index)) otherInside ||= canOpen(paragraph, index);
      else if (otherInside) otherInside = false;
      else {
        if (ownAt <= index) ownAt = nextMark(paragraph, opener === '"' ? '"' : '“”„', index);
        const own = paragraph.charAt(ownAt);
        if (own === '' || (opener === '"' ? !closesAt(paragraph, ownAt) : own === opener)) {
          spans = pushSpan(spans, paragraph, openAt, index, 1, 1);
          openAt = -1;
        }
      }
      continue;
    }
    if (isMark && canClose(paragraph, index, opener)) {
      // A straight single mark is also an apostrophe (`rock 'n' roll`): only quotes of two words or more count.
      spans = pushSpan(spans, paragraph, openAt, index, 1, opener === "'" ? 2 : 1);
      openAt = -1;
    }
  }
  if (openAt >= 0 && opener !== '"' && opener !== '‘' && opener !== "'") {
    const text = cleanQuoteText(paragraph.slice(openAt + opener.length));
    if (countWords(text, 4) >= 4) (spans ??= []).push({ start: openAt, end: paragraph.length, text, kind: quoteKind(text), open: true });
  }
  return spans ?? NO_SPANS;
}

/** Whether the mark at `index` stands where a quotation closes: after a non-space, before no letter or digit. */
function closesAt(paragraph: string, index: number): boolean {
  return !isWordChar(paragraph.charAt(index + 1)) && /\S/u.test(paragraph.charAt(index - 1));
}

/** Where the next of `marks` stands after `from` (the paragraph's length when none does). */
function nextMark(paragraph: string, marks: string, from: number): number {
  let index = from + 1;
  while (index < paragraph.length && !marks.includes(paragraph.charAt(index))) index += 1;
  return index;
}

/**
 * Adds the quotation between an opening mark at `openAt` and a closing mark of `width` units at `closeAt`, when it
 * has `minimum` words, to the list (made for the first); returns the list.
 */
function pushSpan(spans: QuoteSpan[] | undefined, paragraph: string, openAt: number, closeAt: number, width: number, minimum: number): QuoteSpan[] | undefined {
  const text = cleanQuoteText(paragraph.slice(openAt + width, closeAt));
  if (countWords(text, minimum) >= minimum) (spans ??= []).push({ start: openAt, end: closeAt + width, text, kind: quoteKind(text), open: false });
  return spans;
}

/**
 * The typewriter double mark opening at `index` — `''` or two backticks, as news copy typed without curly quotes
 * writes “ — when it stands at a word start before a word; otherwise `undefined`.
 */
function typewriterOpener(paragraph: string, index: number): string | undefined {
  const first = paragraph.charCodeAt(index);
  if ((first !== 0x27 && first !== 0x60) || paragraph.charCodeAt(index + 1) !== first) return undefined;
  if (isWordChar(paragraph.charAt(index - 1)) || !/\S/u.test(paragraph.charAt(index + 2)) || paragraph.charCodeAt(index + 2) === 0x27) return undefined;
  return paragraph.slice(index, index + 2);
}
