import { CJK, LETTER, classAt } from '../text/scan';
import { bylineWords } from './byline-words';

/**
 * A byline label inside a line of Chinese or Japanese text (`来源：新华网 作者：张三`, `新华社北京4月13日电 记者 王小明`,
 * `2019-04-13 文／王小明`, `撰文：李四 摄影：王五`): a byline word of `BYLINE_WORDS` written in Han or kana that no
 * other letter runs into (`摄影记者`, `本报记者`, `图文` are words of their own), then a colon, a slash or a space,
 * then names written without spaces. A picture's credit label (`图片来源`, `摄影`) is no byline word, so the name
 * after it is never read as an author. Read with the character classes of `text/scan`, not a pattern of script
 * classes.
 * @module
 */

/** Characters between a label and its first name (`作者：`, `文／`, `记者 `). */
const LABEL_GAP = ' \u3000:：/／';
/** Characters between two names after one label (`记者 王小明 李四`, `王小明、李四`). */
const NAME_GAP = ' \u3000、，,';
/** A colon after a run of characters: the run is the next label (`编辑：李四`), not a name. */
const LABEL_END = ':：';

/** Length of a name written in Han or kana, in UTF-16 units (`王明`, `山田太郎`, `やまだ はなこ` read word by word). */
const enum CjkName {
  shortest = 2,
  longest = 8,
}

/** The byline words and credit words written in Han or kana, built on first use. */
interface CjkWords {
  readonly labels: readonly string[];
  readonly notNames: ReadonlySet<string>;
}
let words: CjkWords | undefined;
const cjkWords = (): CjkWords => {
  if (words !== undefined) return words;
  const cjk = (word: string): boolean => (classAt(word, 0) & CJK) !== 0;
  const labels = bylineWords('by').filter(cjk);
  return (words = { labels, notNames: new Set([...labels, ...bylineWords('credit').filter(cjk)]) });
};

/** Skips the characters of a set from an offset. */
function skip(text: string, from: number, set: string): number {
  let index = from;
  while (index < text.length && set.includes(text.charAt(index))) index++;
  return index;
}

/** The names after a label that ends at `from`: runs of Han or kana, each a name, up to the next label or other text. */
function namesAfterLabel(text: string, from: number, notNames: ReadonlySet<string>): string[] {
  let index = skip(text, from, LABEL_GAP);
  if (index === from) return [];
  const names: string[] = [];
  while (index < text.length) {
    let end = index;
    while (end < text.length && (classAt(text, end) & CJK) !== 0) end++;
    const name = text.slice(index, end);
    const next = text.charAt(end);
    // A run that runs into Latin letters, a credit word or the next label (`编辑：`) is no name.
    if (name.length < CjkName.shortest || name.length > CjkName.longest || (classAt(text, end) & LETTER) !== 0 || notNames.has(name)) break;
    if (next !== '' && LABEL_END.includes(next)) break;
    names.push(name);
    index = skip(text, end, NAME_GAP);
    if (index === end) break;
  }
  return names;
}

/**
 * The names the first Han or kana byline label of a line credits, wherever it stands in the line.
 *
 * @param text - one line
 * @returns the names, or none when no such label with a name stands in the line
 * @example
 * ```ts
 * labelledCjkNames('新华社北京4月13日电 记者 王小明'); //=> ['王小明']
 * labelledCjkNames('图片来源：视觉中国'); //=> []
 * ```
 */
export function labelledCjkNames(text: string): string[] {
  const { labels, notNames } = cjkWords();
  let first: { at: number; names: string[] } | undefined;
  for (const label of labels) {
    for (let at = text.indexOf(label); at >= 0 && (first === undefined || at < first.at); at = text.indexOf(label, at + 1)) {
      if (at > 0 && (classAt(text, at - 1) & LETTER) !== 0) continue;
      const names = namesAfterLabel(text, at + label.length, notNames);
      if (names.length > 0) {
        first = { at, names };
        break;
      }
    }
  }
  return first?.names ?? [];
}
