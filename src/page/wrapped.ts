import { endsLikeSentence } from '../text/prose';
import type { PageLine } from './lines';

/**
 * Paragraphs printed over several lines: text wrapped by hand (`<pre>` drafts, mail, `<br>` inside a paragraph)
 * reaches page text as one line per row, each too short or too open-ended to read as prose on its own.
 * @module
 */

/** A row this long (characters) may have been wrapped (a standfirst set in narrow rows); shorter, it is a label, a menu item or a verse. */
const WRAPPED_MIN_LENGTH = 20;

/** A row shorter than this share of the row before is the paragraph's last, or no part of it. */
const CONTINUATION_SHARE = 0.5;

/** A row's end that says the word goes on: a hyphen. */
const OPEN_END = /[-‐]$/u;
/** A row's start that continues a sentence: a lower-case letter. */
const CONTINUES = /^\p{Ll}/u;
/** A web address, which starts in lower case without continuing anything. */
const ADDRESS = /^(?:[a-z][a-z\d+.-]{0,20}:\/\/|www\.)/iu;
/** A row that ends in a web address. */
const ENDS_IN_ADDRESS = /(?:\/\/|www\.)\S{0,200}$/iu;

/**
 * Whether a line goes on the line before it: no blank line or bullet between them, the line before is long enough to
 * have been wrapped and ends open (no sentence end), and this one continues the sentence (lower case, or after a hyphen)
 * and is either about as long or ends the sentence.
 *
 * @param previous - the line before
 * @param line - the line
 * @returns `true` when both are rows of one paragraph
 */
export function continuesLine(previous: PageLine | undefined, line: PageLine): boolean {
  if (previous === undefined || line.blankBefore || line.bullet || previous.index !== line.index - 1) return false;
  if (previous.text.length < WRAPPED_MIN_LENGTH || endsLikeSentence(previous.text)) return false;
  if (ADDRESS.test(line.text) || ENDS_IN_ADDRESS.test(previous.text.slice(-220))) return false;
  // A short row after a long one ends the paragraph with a sentence; one that does not is a line of its own (a byline
  // under a headline).
  if (line.text.length < previous.text.length * CONTINUATION_SHARE && !endsLikeSentence(line.text)) return false;
  return CONTINUES.test(line.text) || OPEN_END.test(previous.text);
}

/** Fewest characters of a row of prose wrapped at a fixed width (shorter: a headline's line, a label). */
const ROW_MIN_LENGTH = 30;

/** Most difference in length between two rows of prose wrapped at one width, as a share of the longer row. */
const ROW_SLACK = 0.1;

/** A sentence ending inside a row: its end, then a capital or a letter of a script without case (CJK). */
const SENTENCE_INSIDE = /[.!?。！？]\s*[\p{Lu}\p{Lo}]/u;

/**
 * Whether a row goes on in the row under it, as a paragraph wrapped at a fixed width does (CJK text has no lower
 * case to say so): the row ends mid-sentence, the row under it (no blank line between) is about as long and does
 * not open on a capital, and a sentence ends inside the two. A headline over its subtitle or its picture's caption
 * (`Jane Roe at the hearing. Photograph: …`) is no such row.
 *
 * @param row - a line
 * @param below - the line under it
 * @returns whether both are rows of one paragraph
 */
export function continuesInRow(row: PageLine | undefined, below: PageLine | undefined): boolean {
  if (row === undefined || below === undefined || below.blankBefore || /^\p{Lu}/u.test(below.text) || endsLikeSentence(row.text)) return false;
  const [upper, lower] = [row.text.length, below.text.length];
  return Math.min(upper, lower) >= ROW_MIN_LENGTH && Math.abs(upper - lower) <= Math.max(upper, lower) * ROW_SLACK && SENTENCE_INSIDE.test(`${row.text} ${below.text}`);
}

/** One paragraph of page text: the rows it spans and its text as one line. */
export interface WrappedParagraph {
  /** The index of its first row. */
  readonly first: number;
  /** The index of its last row. */
  readonly last: number;
  /** The paragraph as one line (the first row's line with the rows' text and links joined). */
  readonly line: PageLine;
}

/**
 * Joins the rows of wrapped paragraphs.
 *
 * @param lines - the page's lines
 * @returns the paragraphs in order; a line that continues nothing is a paragraph of one row
 * @example
 * ```ts
 * joinWrappedLines(readPageLines('This draft describes a protocol by which client-side\napplications can store data.'))
 *   .map((paragraph) => paragraph.line.text);
 * //=> ['This draft describes a protocol by which client-side applications can store data.']
 * ```
 */
export function joinWrappedLines(lines: readonly PageLine[]): WrappedParagraph[] {
  const paragraphs: WrappedParagraph[] = [];
  let first = 0;
  for (let index = 0; index < lines.length; index++) {
    const next = lines[index + 1];
    if (next !== undefined && continuesLine(lines[index], next)) continue;
    const head = lines[first];
    if (head !== undefined) paragraphs.push({ first, last: index, line: joinRows(head, lines.slice(first + 1, index + 1)) });
    first = index + 1;
  }
  return paragraphs;
}

/** The rows of one paragraph as one line: its first row with the others' text and links added. */
function joinRows(head: PageLine, rest: readonly PageLine[]): PageLine {
  if (rest.length === 0) return head;
  const rows = [head, ...rest];
  return {
    ...head,
    text: rows.map((row) => row.text).join(' '),
    links: rows.flatMap((row) => row.links),
    linkChars: rows.reduce((sum, row) => sum + row.linkChars, 0),
  };
}
