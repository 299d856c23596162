import { LONGEST_FUNCTION_WORD, functionWordsOf } from '../fields/detect-language';
import { countWords, endsLikeSentence } from '../text/prose';
import { forEachLetterRun } from '../text/scan';
import type { PageLine } from './lines';
import { ARTICLE_END_HEADINGS, ARTICLE_TAIL_HEADINGS } from './vocabulary';

/**
 * What a page line looks like, measured: the features the boilerplate classifier reads.
 * @module
 */

/** Measurements of one line. */
export interface LineFeatures {
  /** Words (CJK characters count one each). */
  readonly words: number;
  /** Characters. */
  readonly length: number;
  /** Share of the words that are function words of the page's language (0 when none are listed). */
  readonly functionDensity: number;
  /** Share of the characters that are link anchor text. */
  readonly linkDensity: number;
  /** How many lines of the page have the same text. */
  readonly repeats: number;
  /** Ends with sentence punctuation. */
  readonly sentence: boolean;
  /** Counts of sentence punctuation inside. */
  readonly punctuation: number;
  /** Counts of commas inside (`,`, `，`): a line of names or tags joined by commas has about one a word. */
  readonly commas: number;
  /** Whether the text is mostly CJK characters (word counts and function words do not apply). */
  readonly cjk: boolean;
  /** Whether the line holds HTML markup or code rather than text. */
  readonly markup: boolean;
  /** Whether the line reads as code or a table row: digits or code punctuation, not a menu label. */
  readonly codeLike: boolean;
  /** Whether the line holds code's own punctuation (braces, brackets, `;`, `=`, box-drawing table rules), not only digits. */
  readonly codeMarks: boolean;
  /** Whether the line heads what follows an article: comments, related stories, a share bar, most-read lists. */
  readonly barrier: boolean;
  /** Whether the line heads what only ever follows an article: a share bar, most-read lists, more stories, a comment form. */
  readonly closing: boolean;
}

const MARKUP = /<\/?[a-z][a-z\d]{0,10}(?:\s[^<>]{0,300})?>|\{\s*"@context"|function\s*\(|=>\s*\{|^"[\w@$-]{1,40}":\s?["\d[{]/iu;
/** Punctuation of code and drawn tables rather than of prose, dates or prices. */
const CODE_MARKS = /[{}[\];=<>\\│┃]|──/u;
/** A line that is one bracketed label: a text browser's image (`[photo]`, `[1]`), not code. */
const BRACKETED = /^\[[^\]]{0,100}\]$/u;
/**
 * Headings of a table, any language, as one whole-line pattern (longest first), with CJK brackets (`【関連記事】`), a
 * count in brackets (`Comments (27)`) and a trailing colon allowed, after `countFirst` when given (`There are 13 comments`).
 */
function wholeLineHeadings(tables: readonly Readonly<Record<string, readonly string[]>>[], countFirst = ''): RegExp {
  const headings = tables
    .flatMap((table) => Object.values(table).flat())
    .sort((a, b) => b.length - a.length)
    .map((heading) => heading.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
  return new RegExp(`^${countFirst}[【\\[]?(?:${headings.join('|')})[】\\]]?(?: ?\\(\\d+\\))?[\\s:：]*$`, 'iu');
}

/** The headings of {@link ARTICLE_END_HEADINGS}: what only ever follows an article. */
const CLOSING = wholeLineHeadings([ARTICLE_END_HEADINGS]);
/** Headings of what follows an article (those of {@link CLOSING} and {@link ARTICLE_TAIL_HEADINGS}), after an optional count. */
const BARRIER = wholeLineHeadings([ARTICLE_END_HEADINGS, ARTICLE_TAIL_HEADINGS], '(?:(?:there are )?\\d+ )?');
/**
 * A live ticker's item: a clock time, then a capitalised headline (`14:44 Accusations de viols : …`), not a time of
 * day in a sentence or a dateline (`1:39 PM ET`). Enough of them on one page are a feed of other stories.
 */
const TICKER_ITEM = /^(?:[01]?\d|2[0-3])[:h][0-5]\d \p{Lu}(?!\.?M\b)/u;
/** Fewest ticker items on a page for each to head what follows the article. */
const TICKER_ITEMS = 3;
/** Words of the line under a timed headline from which it heads an entry of the article (a live blog), not a teaser. */
const LIVE_ENTRY_WORDS = 40;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
/** Every alternative of {@link MARKUP} (markup, script, a JSON member `"key": "value"`) needs one of these characters. */
const MAY_HOLD_MARKUP = /[<{("]/u;
/** Sentence punctuation counted by `punctuation`, by UTF-16 code: `.!?;:,` and the CJK `。、！？，`. */
const PUNCTUATION: ReadonlySet<number> = new Set([...'.!?;:,。、！？，'].map((mark) => mark.charCodeAt(0)));
/** The ASCII members of {@link PUNCTUATION}, as a table for the common case. */
const ASCII_PUNCTUATION: Uint8Array = Uint8Array.from({ length: 0x80 }, (_, code) => (PUNCTUATION.has(code) ? 1 : 0));

/** The comma and the full-width comma, by UTF-16 code. */
const COMMA = 0x2c;
const WIDE_COMMA = 0xff0c;

/** One pass over the characters: the sentence punctuation and comma counts and the highest UTF-16 code. */
function scanCharacters(text: string): { punctuation: number; commas: number; highest: number } {
  let punctuation = 0;
  let commas = 0;
  let highest = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code > highest) highest = code;
    if (code < 0x80 ? ASCII_PUNCTUATION[code] === 1 : PUNCTUATION.has(code)) punctuation += 1;
    if (code === COMMA || code === WIDE_COMMA) commas += 1;
  }
  return { punctuation, commas, highest };
}

/** The function words of a language, with the length and first letter of each as a number for a cheap first test. */
interface FunctionWords {
  readonly words: ReadonlySet<string>;
  readonly shapes: ReadonlySet<number>;
}

const shapeOf = (length: number, firstCode: number): number => length * 0x10000 + firstCode;

function withShapes(words: ReadonlySet<string>): FunctionWords {
  return { words, shapes: new Set([...words].map((word) => shapeOf(word.length, word.charCodeAt(0)))) };
}

/** The share of a line's letter runs that are function words of the page's language. */
function functionDensity(text: string, functionWords: FunctionWords): number {
  const lower = text.toLowerCase();
  let tokens = 0;
  let functional = 0;
  forEachLetterRun(lower, (start, end) => {
    tokens += 1;
    // Only a run of a function word's length and first letter is sliced and looked up.
    if (end - start <= LONGEST_FUNCTION_WORD && functionWords.shapes.has(shapeOf(end - start, lower.charCodeAt(start))) && functionWords.words.has(lower.slice(start, end))) {
      functional += 1;
    }
  });
  return tokens === 0 ? 0 : functional / tokens;
}

/** The boolean measures of a line, one bit each in {@link LineFeatureTable}'s flag column. */
const enum FLAG {
  sentence = 1,
  cjk = 2,
  markup = 4,
  codeLike = 8,
  codeMarks = 16,
  barrier = 32,
  closing = 64,
}

/** The measures of every line, one typed column per measure. */
interface Columns {
  readonly words: Uint32Array;
  readonly length: Uint32Array;
  readonly functionDensity: Float64Array;
  readonly linkDensity: Float64Array;
  readonly repeats: Uint32Array;
  readonly punctuation: Uint32Array;
  readonly commas: Uint32Array;
  readonly flags: Uint8Array;
}

/** One line's measures read from the columns (a view: it holds no copy of them). */
class LineView implements LineFeatures {
  constructor(
    private readonly columns: Columns,
    private readonly index: number,
  ) {}
  get words(): number {
    return this.columns.words[this.index] ?? 0;
  }
  get length(): number {
    return this.columns.length[this.index] ?? 0;
  }
  get functionDensity(): number {
    return this.columns.functionDensity[this.index] ?? 0;
  }
  get linkDensity(): number {
    return this.columns.linkDensity[this.index] ?? 0;
  }
  get repeats(): number {
    return this.columns.repeats[this.index] ?? 1;
  }
  get punctuation(): number {
    return this.columns.punctuation[this.index] ?? 0;
  }
  get commas(): number {
    return this.columns.commas[this.index] ?? 0;
  }
  private flag(flag: FLAG): boolean {
    return ((this.columns.flags[this.index] ?? 0) & flag) !== 0;
  }
  get sentence(): boolean {
    return this.flag(FLAG.sentence);
  }
  get cjk(): boolean {
    return this.flag(FLAG.cjk);
  }
  get markup(): boolean {
    return this.flag(FLAG.markup);
  }
  get codeLike(): boolean {
    return this.flag(FLAG.codeLike);
  }
  get codeMarks(): boolean {
    return this.flag(FLAG.codeMarks);
  }
  get barrier(): boolean {
    return this.flag(FLAG.barrier);
  }
  get closing(): boolean {
    return this.flag(FLAG.closing);
  }
}

/**
 * The measures of every line of a page, held in typed columns rather than one object per line: a page of millions
 * of tiny lines (bullets, short rows) costs a few bytes per line, not an object graph.
 */
export class LineFeatureTable {
  /** How many lines are measured. */
  readonly length: number;
  private readonly columns: Columns;

  /** @param count - how many lines the table holds */
  constructor(count: number) {
    this.length = count;
    this.columns = {
      words: new Uint32Array(count),
      length: new Uint32Array(count),
      functionDensity: new Float64Array(count),
      linkDensity: new Float64Array(count),
      repeats: new Uint32Array(count),
      punctuation: new Uint32Array(count),
      commas: new Uint32Array(count),
      flags: new Uint8Array(count),
    };
  }

  /**
   * The measures of one line.
   *
   * @param index - the line's position
   * @returns a view of its measures, or `undefined` outside the table
   */
  get(index: number): LineFeatures | undefined {
    return index >= 0 && index < this.length && Number.isInteger(index) ? new LineView(this.columns, index) : undefined;
  }

  /**
   * Writes the measures of one line.
   *
   * @param index - the line's position
   * @param features - its measures
   */
  set(index: number, features: LineFeatures): void {
    const { columns } = this;
    columns.words[index] = features.words;
    columns.length[index] = features.length;
    columns.functionDensity[index] = features.functionDensity;
    columns.linkDensity[index] = features.linkDensity;
    columns.repeats[index] = features.repeats;
    columns.punctuation[index] = features.punctuation;
    columns.commas[index] = features.commas;
    columns.flags[index] =
      (features.sentence ? FLAG.sentence : 0) |
      (features.cjk ? FLAG.cjk : 0) |
      (features.markup ? FLAG.markup : 0) |
      (features.codeLike ? FLAG.codeLike : 0) |
      (features.codeMarks ? FLAG.codeMarks : 0) |
      (features.barrier ? FLAG.barrier : 0) |
      (features.closing ? FLAG.closing : 0);
  }
}

/**
 * Words of the paragraph under a line (its rows up to the next blank or timed line: text browsers wrap it), counted up to
 * {@link LIVE_ENTRY_WORDS}: a timed headline over an entry that long is a live blog's own heading, not a ticker's.
 */
function entryWords(lines: readonly PageLine[], index: number): number {
  let words = 0;
  for (let next = index + 1; next < lines.length && words < LIVE_ENTRY_WORDS; next++) {
    const line = lines[next];
    if (line === undefined || (next > index + 1 && (line.blankBefore || TICKER_ITEM.test(line.text)))) break;
    words += countWords(line.text, LIVE_ENTRY_WORDS);
  }
  return words;
}

/**
 * Measures every line of a page.
 *
 * @param lines - the page's lines
 * @param language - the page's language (ISO 639-1), for function words
 * @returns the features of each line, by index
 */
export function measureLines(lines: readonly PageLine[], language: string | undefined): LineFeatureTable {
  const counts = new Map<string, number>();
  for (const line of lines) counts.set(line.text, (counts.get(line.text) ?? 0) + 1);
  const words = language === undefined ? undefined : functionWordsOf(language);
  const functionWords = words === undefined ? undefined : withShapes(words);
  const table = new LineFeatureTable(lines.length);
  const tickerItems = lines.map((line, index) => TICKER_ITEM.test(line.text) && entryWords(lines, index) < LIVE_ENTRY_WORDS);
  const ticker = tickerItems.filter(Boolean).length >= TICKER_ITEMS;
  for (const [index, line] of lines.entries()) {
    const { text } = line;
    const { punctuation, commas, highest } = scanCharacters(text);
    // Han, kana and Hangul all lie at U+1100 or above: a line without such characters needs no script count.
    const cjk = highest >= 0x1100 && (text.match(CJK) ?? []).length > text.length * 0.3;
    table.set(index, {
      words: countWords(text),
      length: text.length,
      functionDensity: functionWords === undefined ? 0 : functionDensity(text, functionWords),
      linkDensity: text.length === 0 ? 0 : line.linkChars / text.length,
      repeats: counts.get(text) ?? 1,
      sentence: endsLikeSentence(text),
      punctuation,
      commas,
      cjk,
      markup: MAY_HOLD_MARKUP.test(text) && MARKUP.test(text),
      codeLike: /[(){}[\];=<>$#%*/\\]|\d[\d.,]{2,}|──/u.test(text),
      codeMarks: CODE_MARKS.test(text) && !BRACKETED.test(text),
      barrier: (text.length <= 60 && BARRIER.test(text)) || (ticker && tickerItems[index] === true),
      closing: text.length <= 60 && CLOSING.test(text),
    });
  }
  return table;
}
