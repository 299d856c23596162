import { isCommonPhrase, parseByline } from './byline';
import { isPersonName } from '../people/person-name';
import { countWords } from '../text/prose';
import { CJK, classAt } from '../text/scan';
import { bylineAlternation, bylineWords } from './byline-words';
import { hasCreditInside } from './byline-scan';
import { labelledCjkNames } from './cjk-byline';

/**
 * The forms a byline line takes on a page, read as a method rather than a list of cases: a marker word in the
 * page's language (`By`, `Par`, `Von`, `Автор:`, `投稿者`), alone on its line or inside it after a date or a
 * separator; a lone line of names (`NAME and NAME`, `NAME, Outlet`, `NAME | Outlet`, `NAME / Outlet`, `NAME Role,
 * Outlet`); a date or section label before the names (`18/03/2019 | NAME`, `Politik · NAME, NAME`); names in
 * brackets (`[NAME，Outlet]`). Credit lines (`Photo:`, `Foto:`, `Фото:`, `Getty Images`) are never bylines.
 * @module
 */

/** Every byline and credit word of every language (`BYLINE_WORDS`), longest first (`written by` before `by`). */
const MARKERS = bylineWords('by');
const CREDITS = bylineWords('credit');

/** Whether a text has CJK characters (names and markers written without spaces). */
const isCjk = (text: string): boolean => /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(text);

/** Which word of a list a text opens with, and what follows it (`By:` → `by`), or `undefined`. */
function openingWord(text: string, words: readonly string[]): { word: string; rest: string } | undefined {
  const lower = text.toLowerCase();
  for (const word of words) {
    if (!lower.startsWith(word)) continue;
    const next = text.charAt(word.length);
    if (!isCjk(word) && next !== '' && !/[\s:：.,]/u.test(next)) continue;
    return { word, rest: text.slice(word.length).replace(/^[\s:：・,.]+/u, '') };
  }
  return undefined;
}

/**
 * Whether a line is a picture or video credit (`Foto: AGENCY`, `Фото: NAME/«Outlet»`, `Getty Images`), and credits
 * no writer (`来源：新华网 作者：张三` names its source and its writer: a byline).
 *
 * @param text - one line
 * @returns `true` for a credit
 * @example
 * ```ts
 * isCreditLine('Фото: Иван Петров/«Коммерсантъ»'); //=> true
 * ```
 */
export function isCreditLine(text: string): boolean {
  const trimmed = text.trim().replace(/^[©([]\s*/u, '');
  // A credit anywhere in it: a caption's `| photo by NAME`, an agency's picture credit, a credit word after a
  // separator (a chart's `By Outlet | Source: Agency`).
  if (openingWord(trimmed, CREDITS) === undefined && !hasCreditInside(trimmed)) return false;
  return !isCjk(trimmed) || labelledCjkNames(trimmed).length === 0;
}

/** A byline read from a line: the people it credits and whether a marker word said so. */
export interface BylineReading {
  readonly names: readonly string[];
  /** `marker`: a byline word opened it; `bare`: the line is names (with a role, outlet, date or section). */
  readonly form: 'marker' | 'bare';
  /** Whether the names are on the next line (the line is only the marker: `By`, `Author:`, `作者：`). */
  readonly onNextLine?: boolean;
  /** Whether the line credits an editor (`Edited by NAME`), an author only when nothing else is credited. */
  readonly editor?: boolean;
  /** Whether a role follows the names (`NAME Senior Politics Editor, Outlet`), which only a byline has. */
  readonly withRole?: boolean;
}

/** Separators between a byline's names and an outlet, a date or a section (`NAME,OUTLET` glued too). */
const PART_SEPARATOR = /\s[|•·—–/-]\s|[|•·｜／]|,(?=\p{Lu})|\s\/|\/\s/u;
/** A date or time inside a byline part, to cut the part at. */
const DATE_BIT = /\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{4}年|\b\d{1,2}:\d{2}\b/u;
/** Date and time characters left after the cut (`4月13日 09時00分`). */
const DATE_REST = /^[\d\s:.,日時分秒年月-]+/u;
/** Role words after a name (`Sam Stein Senior Politics Editor`), where the name ends. */
const ROLE_START = new RegExp(`^(?:${bylineAlternation('roles')})`, 'iu');
/** Words right before an inner `by` that make it a credit for someone else (`Edited by`, `Photo by`). */
const CREDIT_VERB = new RegExp(`(?:${bylineAlternation('creditVerbs')})\\p{L}*\\s?$`, 'iu');
/** A line that is one bracketed group with a comma inside: `[NAME，Outlet]`, `【NAME、Outlet】`. */
const BRACKETED = /^[[【]([^\]】[【]{2,60}[，,、][^\]】[【]{1,60})[\]】]$/u;
/** A name in Han characters glued to the date that opens the rest of the line (`松村太郎2019年04月13日 09時00分`). */
const HAN_NAME_BEFORE_DATE = /^(\p{Script=Han}{3,4}) ?(?:19|20)\d{2}[年./-]/u;
/** An editor's credit anywhere in a line, before a capitalised name (`Edited by NAME`, `IndiaEdited by NAME`). */
const EDITED_BY = new RegExp(`(?:${bylineAlternation('editedBy')}) (?=\\p{Lu})`, 'iu');
/** A marker inside a part, before a capitalised name. */
const INNER_MARKER = new RegExp(` (?:${bylineAlternation('byInside')}) (?=\\p{Lu})`, 'u');

/** Most words of a line that is only a role (`Games Editor`, `Senior Reporter, Politics`). */
const MAX_ROLE_WORDS = 5;

/**
 * Whether a line is only a writer's role (`Games Editor`, `Staff Writer`, `Rédactrice en chef`): under a name, it
 * makes the name a byline.
 *
 * @param text - one line
 * @returns `true` for a role line
 * @example
 * ```ts
 * isRoleLine('Senior Politics Editor'); //=> true
 * isRoleLine('Politics'); //=> false
 * ```
 */
export function isRoleLine(text: string): boolean {
  const words = text.trim().split(/[\s,]+/u);
  return words.length <= MAX_ROLE_WORDS && !/[\d.!?:]/u.test(text) && words.some((word) => ROLE_START.test(word) && /^\p{Lu}/u.test(word));
}

/** The names of a marker-less part: names joined by `and`/commas (an outlet may follow), or a name and a role. */
function bareNames(part: string, commonWords: ReadonlySet<string>): BylineReading | undefined {
  const text = part.trim();
  // A sentence or a caption ends with a full stop, a label (`Aktuelle Seite:`) with a colon; a byline does not.
  if (text.length === 0 || text.length > 80 || /[.!?。:：]$/u.test(text)) return undefined;
  const listed = parseByline(text, commonWords);
  const first = listed[0]?.toLowerCase();
  const last = listed[listed.length - 1]?.toLowerCase();
  // The names open the part and only an outlet or a role may follow: not "NAME, at the lab", not "Editor NAME".
  const lower = text.toLowerCase();
  if (first !== undefined && last !== undefined && lower.startsWith(first) && !/^[\s,;]*\p{Ll}/u.test(text.slice(lower.lastIndexOf(last) + last.length))) {
    return { names: listed, form: 'bare' };
  }
  const words = text.split(/\s+/u);
  for (let count = Math.min(4, words.length - 1); count >= 2; count--) {
    const head = words.slice(0, count).join(' ');
    if (ROLE_START.test(words.slice(count).join(' ')) && isPersonName(head) && !isCommonPhrase(head, commonWords)) return { names: [head], form: 'bare', withRole: true };
  }
  return undefined;
}

/** What may follow a lone name after a marker: nothing, a separator, a date (`By.KJ : 2019年04月04日`). */
const AFTER_LONE_NAME = /^(?:$|[|｜,，、:：()（）[\]【】•·—–\-\d])/u;
/** An acronym or initials standing for a writer or an agency (`AP`, `AFP`, `KJ`). */
const ACRONYM = /^\p{Lu}{2,5}$/u;

/**
 * Names after a marker: a Latin-script list, else one word standing alone: a CJK name, an acronym (`By AP`), or
 * a handle when allowed (`Posted on DATE by jdoe`).
 */
function namesAfterMarker(rest: string, commonWords: ReadonlySet<string>, allowHandle: boolean): string[] {
  const listed = parseByline(rest, commonWords, true, true);
  if (listed.length > 0) return listed;
  const head = rest.split(/[\s|｜,，、:：()（）[\]【】「」]/u)[0] ?? '';
  if (!AFTER_LONE_NAME.test(rest.slice(head.length).trim())) return [];
  // A handle is written in lower case, so the page's own vocabulary holds it: only the shape is checked.
  const handle = allowHandle && /^[\p{Ll}\d_.-]+$/u.test(head);
  const plain = (isCjk(head) || ACRONYM.test(head)) && !commonWords.has(head.toLowerCase());
  return head.length >= 2 && head.length <= 24 && !/\d/u.test(head) && (plain || handle) ? [head] : [];
}

/**
 * The names on the line after a marker that stands alone (`By` / `Jane Roe`, `作者：` / `Diogo Carleto`).
 *
 * @param line - the line after the marker
 * @param commonWords - words the page writes in lower case
 * @returns the names, possibly none
 */
export function namesOnMarkerLine(line: string, commonWords: ReadonlySet<string> = new Set()): string[] {
  return namesAfterMarker(line.trim(), commonWords, false);
}

/** A part of a line cut at its date: `Posted on 2019年4月13日 by NAME` → `Posted on`, `by NAME`. */
function piecesOf(part: string): string[] {
  const trimmed = part.trim();
  const cut = DATE_BIT.exec(trimmed);
  return cut === null ? [trimmed] : [trimmed.slice(0, cut.index).trim(), trimmed.slice(cut.index + cut[0].length).replace(DATE_REST, '')];
}

/** The names a marker inside a piece credits (`Le Monde | … | Par NAME`, `on March 10 by NAME`). */
function markedNames(piece: string, commonWords: ReadonlySet<string>): string[] {
  // After a separator or a date, a marker may also credit a handle: `Posted on 2019年4月13日 by doumae`.
  const opening = openingWord(piece, MARKERS);
  if (opening !== undefined) return namesAfterMarker(opening.rest, commonWords, true);
  const inner = INNER_MARKER.exec(` ${piece}`);
  if (inner === null || CREDIT_VERB.test(` ${piece}`.slice(0, inner.index))) return [];
  return parseByline(` ${piece}`.slice(inner.index + inner[0].length), commonWords, true, false);
}

/** A picture as a text browser writes it before a name: its alternative text or file name in brackets, no spaces. */
const W3M_PICTURE = /^\[[^\]\s]{1,40}\] /u;

/** A capitalised byline word glued to the name after it (`ByNatasha Roe`, a renderer's dropped space). */
const GLUED_MARKER = /^(?:By|Par|Von|Por|Door)(?=\p{Lu}\p{Ll})/u;

/**
 * A line without the links a renderer writes out in full (`By NAME : DATE Share http://…`): they are no part of a
 * byline, and they make a byline line look long.
 *
 * @param line - one line
 * @returns the line, each written-out link a space
 * @example
 * ```ts
 * withoutLinks('Jane Roe http://twitter.com/janeroe Editor'); //=> 'Jane Roe   Editor'
 * ```
 */
export function withoutLinks(line: string): string {
  return line.includes('://') ? line.replace(/\bhttps?:\/\/\S+/gu, ' ') : line;
}

/** Longest line, in characters and in words, read as a byline (its names, outlet, role and date). */
const MAX_LINE = 200;
const MAX_WORDS = 40;

/**
 * Reads the byline of one line of page text, in any of the forms above.
 *
 * @param line - one line
 * @param commonWords - words the page writes in lower case (menu phrases are not names)
 * @returns the names and the form, or `undefined` when the line is no byline
 * @example
 * ```ts
 * readBylineLine('18/03/2019 | André Mindermann')?.names; //=> ['André Mindermann']
 * readBylineLine('Фото: Иван Петров'); //=> undefined
 * ```
 */
export function readBylineLine(line: string, commonWords: ReadonlySet<string> = new Set()): BylineReading | undefined {
  // A text browser's picture (`[6eef5bc5-c] NAME`) and a link written out (`NAME http://…/NAME`) are no part of it.
  const unlinked = withoutLinks(line);
  if (unlinked.length > MAX_LINE || countWords(unlinked, MAX_WORDS + 1) > MAX_WORDS) return undefined;
  const opened = unlinked
    .trim()
    .replace(W3M_PICTURE, '')
    .replace(GLUED_MARKER, '$& ')
    .replace(/^[/\s]+/u, '')
    .trim();
  // Brackets around the whole line go (`(Jane Roe)`, `[NAME`); a bracket closing inside it stays (`NAME (avec NAME)`).
  const text = /^[[(（【]/u.test(opened) || !/[[(（【]/u.test(opened) ? opened.replace(/^[[(（【]+|[\])）】]$/gu, '').trim() : opened;
  if (text.length === 0) return undefined;
  const edited = EDITED_BY.exec(text);
  if (edited !== null) {
    const names = parseByline(text.slice(edited.index + edited[0].length), commonWords, true);
    return names.length > 0 ? { names, form: 'marker', editor: true } : undefined;
  }
  // A Chinese or Japanese byline label anywhere in the line (`新华社北京4月13日电 记者 王小明`, `来源：… 作者：张三`).
  const labelled = isCjk(text) ? labelledCjkNames(text).filter((name) => !commonWords.has(name)) : [];
  if (labelled.length > 0) return { names: labelled, form: 'marker' };
  if (isCreditLine(text)) return undefined;
  const bracketed = BRACKETED.exec(line.trim());
  if (bracketed !== null) {
    // `[NAME，Outlet]`: a name and an outlet in brackets, under a headline.
    const first = bracketed[1]?.split(/[，,、]/u)[0]?.trim() ?? '';
    if ((isCjk(first) && first.length >= 2 && first.length <= 8 && !/[\s\d]/u.test(first)) || isPersonName(first)) return { names: [first], form: 'bare' };
  }
  // The pattern (a Unicode script class repeated) is compiled only for a line that opens with a CJK character.
  const hanName = (classAt(text, 0) & CJK) === 0 ? undefined : HAN_NAME_BEFORE_DATE.exec(text)?.[1];
  if (hanName !== undefined) return { names: [hanName], form: 'bare' };
  const opening = openingWord(text, MARKERS);
  if (opening !== undefined) {
    if (opening.rest.length === 0) return { names: [], form: 'marker', onNextLine: true };
    const names = namesAfterMarker(opening.rest, commonWords, false);
    return names.length > 0 ? { names, form: 'marker' } : undefined;
  }
  const pieces = text.split(PART_SEPARATOR).flatMap(piecesOf).filter((piece) => piece.length > 0);
  // A marker anywhere in the line outweighs names without one (`Le Monde | … | Par NAME`).
  for (const piece of pieces) {
    const names = markedNames(piece, commonWords);
    if (names.length > 0) return { names, form: 'marker' };
  }
  for (const piece of pieces) {
    const reading = bareNames(piece, commonWords);
    if (reading !== undefined) return reading;
  }
  return undefined;
}
