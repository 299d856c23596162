/**
 * Long runs of one line printed again and again. A page repeats a line a few times at most (a menu item, an
 * `Advertisement` slot); a run of hundreds of copies in a row is filler, or a flood meant to cost a parser one
 * object per line. Such a run is read as its first line, and its copies are kept verbatim as one leftover: nothing is
 * lost, and the flood costs what one line costs.
 * @module
 */

/** Copies of a line in a row (blank lines between them allowed) above which the run is folded into its first line. */
const FOLD_ABOVE_COPIES = 100;

/** Page text with its long runs of a repeated line folded. */
export interface FoldedLines {
  /** The text, each long run down to its first line (unchanged when there is none). */
  readonly text: string;
  /** The copies taken out of each folded run, verbatim (one string per run, blank lines between them kept). */
  readonly copies: readonly string[];
}

/** Whether the line at `start` (of `length` characters) is the same as the one at `first`. */
function sameLine(text: string, first: number, start: number, length: number): boolean {
  for (let offset = 0; offset < length; offset++) if (text.charCodeAt(first + offset) !== text.charCodeAt(start + offset)) return false;
  return true;
}

/**
 * Folds each run of more than {@link FOLD_ABOVE_COPIES} identical lines into its first line.
 *
 * @param text - normalised page text (lines trimmed, so identical lines are identical strings)
 * @returns the folded text and the copies taken out
 * @example
 * ```ts
 * foldRepeatedLines('Title\n' + 'ab\n'.repeat(500) + 'End').copies.length; //=> 1
 * ```
 */
export function foldRepeatedLines(text: string): FoldedLines {
  const kept: string[] = [];
  const copies: string[] = [];
  let keptFrom = 0;
  // The run being read: where its first line starts and ends, where its second copy starts and its last one ends.
  let first = 0;
  let length = -1;
  let count = 0;
  let second = 0;
  let last = 0;
  const closeRun = (): void => {
    if (count <= FOLD_ABOVE_COPIES) return;
    kept.push(text.slice(keptFrom, first + length));
    copies.push(text.slice(second, last));
    keptFrom = last;
  };
  for (let start = 0; start < text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (end > start) {
      if (end - start === length && sameLine(text, first, start, length)) {
        count += 1;
        if (count === 2) second = start;
        last = end;
      } else {
        closeRun();
        [first, length, count, last] = [start, end - start, 1, end];
      }
    }
    start = end + 1;
  }
  closeRun();
  if (copies.length === 0) return { text, copies };
  kept.push(text.slice(keptFrom));
  return { text: kept.join(''), copies };
}
