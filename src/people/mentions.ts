import { LETTER, LOWER, MARK, UPPER, classAt, isWhitespaceCode, widthAt } from '../text/scan';
import { trimLeading, trimTrailing } from '../text/trim';

/**
 * People named in running text: finding full names where they are introduced and resolving later short mentions
 * (`Lavrov` → `Sergei Lavrov`). A name standing alone is judged by `people/person-name`.
 * @module
 */

/** Titles, roles and ranks that precede a name but are not part of it. */
const ROLE_WORDS = new Set(
  (
    'minister president chairman chairwoman chair secretary leader chief general director senator governor mayor ' +
    'prime foreign defense defence council state mr mrs ms miss dr prof sir dame lord lady king queen prince ' +
    'princess pope commander ambassador spokesman spokeswoman spokesperson editor judge justice officer ceo cfo coo ' +
    'representative rep sen gov lt col gen capt sgt comrade professor doctor premier chancellor vice deputy head ' +
    'treasurer executive founder coach manager captain former acting interim supreme federal national international ' +
    'affairs interior finance economy health assistant senior junior special envoy analyst expert ' +
    'journalist reporter author writer father mother brother sister st saint rabbi imam bishop cardinal reverend rev ' +
    'm mme mlle herr frau señor señora sr sra ' +
    'bundeskanzlerin bundeskanzler kanzlerin kanzler präsident präsidentin ministerin ministerpräsident ' +
    'bürgermeister bürgermeisterin sprecher sprecherin chef chefin ministre président présidente porte-parole ' +
    'maire député députée sénateur presidente ministro ministra portavoz alcalde prefeito deputado ' +
    'candidate nominee front-runner frontrunner hopeful adviser advisor aide strategist pollster consultant ' +
    'attorney lawyer economist activist'
  ).split(' '),
);

/**
 * Whether a lower-case word is a title, role or rank that stands before a name (`spokesman`, `candidate`,
 * `ministre`): `Trump spokesman Hope Hicks` names Hope Hicks.
 *
 * @param word - one word, lower case
 * @returns `true` for a role word
 */
export function isRoleWord(word: string): boolean {
  return ROLE_WORDS.has(word) || ROLE_COMPOUND.test(word);
}

/** A German compound ending in a role (`Regierungssprecher`, `Außenministerin`, `Bundespräsident`). */
const ROLE_COMPOUND = /^\p{L}{3,}(?:sprecher|sprecherin|minister|ministerin|präsident|präsidentin|kanzler|kanzlerin|vorsitzender|vorsitzende)$/u;

/** Capitalised sentence openers and other words that start a capitalised run without being a name. */
const NOT_NAME_WORDS = new Set(
  (
    'the a an this that these those it its in on at for with from by of and or but as if when while after before ' +
    'during meeting commenting characterizing speaking asked despite although though however meanwhile ' +
    'yet so then there here we i you he she they his her their our my your last next monday tuesday wednesday ' +
    'thursday friday saturday sunday january february march april may june july august september october november ' +
    'december selon laut según segundo secondo according whether because since unless until once why how what where who'
  ).split(' '),
);

/** Most capitals of a token written in capitals only (`KJ`, `NASA`). */
const MAX_CAPITALS = 4;

/** The end of the run of lower-case letters and marks (`[\p{Ll}\p{M}]*`) from `index`, with `'` and `’` when asked. */
function lowerRunEnd(token: string, index: number, apostrophes: boolean): number {
  let end = index;
  while (end < token.length && ((classAt(token, end) & (LOWER | MARK)) !== 0 || (apostrophes && (token.charAt(end) === "'" || token.charAt(end) === '’')))) end += widthAt(token, end);
  return end;
}

/** Whether a token is capitals only, one to four (`J`, `KJ`, `NASA`). */
function isCapitals(token: string): boolean {
  let count = 0;
  for (let index = 0; index < token.length; index += widthAt(token, index)) {
    if ((classAt(token, index) & UPPER) === 0 || ++count > MAX_CAPITALS) return false;
  }
  return count > 0;
}

/**
 * Whether a token can be part of a name: a capitalised word (`Lavrov`, `O’Brien`, `McDonald`, `Jong-un`,
 * `Al-Assad`), one to four capitals (`KJ`) or an initial (`J.`). A scan of what
 * `^(?:\p{Lu}[\p{Ll}\p{M}'’]*(?:\p{Lu}\p{Ll}[\p{Ll}\p{M}]*)?(?:-\p{L}[\p{Ll}\p{M}]*)*|\p{Lu}{1,4}|\p{Lu}\.)$` (flag `u`)
 * matches, which cost a fresh process milliseconds to compile.
 *
 * @param token - one word
 * @returns `true` for a name token
 * @example
 * ```ts
 * isNameToken('McDonald'); //=> true
 * isNameToken('mayor'); //=> false
 * ```
 */
export function isNameToken(token: string): boolean {
  if ((classAt(token, 0) & UPPER) === 0) return false;
  const afterCapital = widthAt(token, 0);
  if (isCapitals(token) || (token.charAt(afterCapital) === '.' && afterCapital + 1 === token.length)) return true;
  let index = lowerRunEnd(token, afterCapital, true);
  // A second capital inside the word (`McDonald`), followed by a lower-case letter.
  if ((classAt(token, index) & UPPER) !== 0) {
    const next = index + widthAt(token, index);
    if ((classAt(token, next) & LOWER) === 0) return false;
    index = lowerRunEnd(token, next + widthAt(token, next), false);
  }
  // Hyphenated parts (`Jong-un`, `Al-Assad`): a hyphen, a letter, lower-case letters and marks.
  while (index < token.length) {
    if (token.charAt(index) !== '-' || (classAt(token, index + 1) & LETTER) === 0) return false;
    index = lowerRunEnd(token, index + 1 + widthAt(token, index + 1), false);
  }
  return true;
}

/** Lower-case particles that stand inside a name (`van`, `von`, `de`, `da`, `bin`, `al`): short, so a run never swallows a sentence's `and`. */
export const NAME_PARTICLES: ReadonlySet<string> = new Set(['van', 'von', 'de', 'da', 'do', 'dos', 'di', 'del', 'du', 'bin', 'ibn', 'al', 'ter', 'zu']);

/** Marks that open a quotation or an aside before a name: `(`, `“`, `"`, `«`, `‘`, `„`. */
const OPENING_MARKS = '(“"«‘„';
/** An initial: `J.` */
const INITIAL = /^\p{Lu}\.$/u;
/** A nationality or demonym (`Russian`, `Japanese`, `British`), which stands before a name as a role does. */
const NATIONALITY = /^\p{Lu}\p{Ll}+(?:ian|ean|ese|ish|an)$/u;
/** Whether a token is a {@link NATIONALITY}, the endings it can have tested first (no pattern searched from every offset). */
const isNationality = (token: string): boolean => (token.endsWith('an') || token.endsWith('se') || token.endsWith('sh')) && NATIONALITY.test(token);

/** One full name found in the text, with where it was first seen. */
export interface KnownPerson {
  /** The name as written, roles stripped (`Sergei Lavrov`). */
  readonly name: string;
  /** Its tokens. */
  readonly tokens: readonly string[];
}

/** Strips a possessive ending (`Lavrov’s` → `Lavrov`). */
function bareToken(token: string): string {
  if (!token.includes("'") && !token.includes('’')) return token;
  return token.replace(/['’]s$/u, '').replace(/[’']$/u, '');
}

/** Ends a run: adds it to `runs` when it holds a token; returns the run to fill next (the same empty one when it held none). */
function closeRun(runs: string[][], current: string[]): string[] {
  if (current.length === 0) return current;
  runs.push(current);
  return [];
}

/**
 * Splits text into runs of capitalised name tokens (`Russian Foreign Minister Sergei Lavrov`), each run a list of
 * tokens; punctuation other than hyphens and initials' dots ends a run.
 *
 * @param text - running text
 * @returns the runs, each with at least one token
 */
export function capitalisedRuns(text: string): string[][] {
  const runs: string[][] = [];
  // The run being read; ended by pushing it when it holds a token (no closure made per call).
  let current: string[] = [];
  // The words of `text.split(/\s+/u)`, found by char code so that lower-case words are passed over unsliced.
  let end = 0;
  while (end < text.length) {
    while (end < text.length && isWhitespaceCode(text.charCodeAt(end))) end += 1;
    const start = end;
    while (end < text.length && !isWhitespaceCode(text.charCodeAt(end))) end += 1;
    const first = text.charCodeAt(start);
    if (start === end || (first >= 0x61 && first <= 0x7a)) {
      // A particle inside a name (`Ludwig van Beethoven`) joins the run when a capitalised word follows it.
      if (current.length > 0 && end - start <= 3 && NAME_PARTICLES.has(text.slice(start, end)) && (classAt(text, end + 1) & UPPER) !== 0) {
        current.push(text.slice(start, end));
        continue;
      }
      current = closeRun(runs, current); // nothing, or an ASCII lower-case word: no opening mark, no capital
      continue;
    }
    const raw = text.slice(start, end);
    const opens = OPENING_MARKS.includes(raw.charAt(0)); // `raw` is never empty here
    const core = opens ? trimLeading(raw, OPENING_MARKS) : raw;
    if ((classAt(core, 0) & UPPER) === 0) {
      current = closeRun(runs, current); // every name token starts with a capital: nothing below could accept this word
      continue;
    }
    const isInitial = core.endsWith('.') && INITIAL.test(core);
    const stripped = isInitial ? core : trimTrailing(core, ',;:!?)”"»’\'.');
    const word = bareToken(stripped);
    const endsRun = !isInitial && (stripped !== core || word !== stripped);
    if (word.length === 0 || !isNameToken(word)) {
      current = closeRun(runs, current);
      continue;
    }
    if (opens) current = closeRun(runs, current);
    current.push(word);
    if (endsRun) current = closeRun(runs, current);
  }
  closeRun(runs, current);
  return runs;
}

/** A token in lower case without its final dot (`Sen.` → `sen`). */
const bareLower = (token: string): string => (token.endsWith('.') ? token.slice(0, -1) : token).toLowerCase();

/**
 * Reduces a capitalised run to the person's name: drops leading roles, titles and nationality adjectives
 * (`Russian Foreign Minister Sergei Lavrov` → `Sergei Lavrov`) and sentence openers.
 *
 * @param run - the tokens of one capitalised run
 * @returns the name tokens (possibly empty)
 */
export function nameTokens(run: readonly string[]): string[] {
  let start = 0;
  for (const [index, token] of run.entries()) {
    const dotted = token.endsWith('.');
    const lower = bareLower(token);
    // A demonym stands before a role (`Russian Foreign Minister Sergei Lavrov`); before a name it is a first name
    // (`Conan O’Brien`, `Ryan Zinke`); as a run's last word it is a surname after a name word (`Rosette Pambakian`)
    // and, alone, one in plain `-an` (`Brafman`).
    const following = run[index + 1];
    const beforeRole = following !== undefined && (ROLE_WORDS.has(bareLower(following)) || isNationality(following));
    const isDemonym = isNationality(token) && (following === undefined ? index === start && !/[^ie]an$/u.test(token) : beforeRole);
    // A hyphenated role (`Secretary-Treasurer`, `Vice-President`) is a role when each part is one.
    const isRole = ROLE_WORDS.has(lower) || (lower.includes('-') && lower.split('-').every((part) => ROLE_WORDS.has(part)));
    // (a role compound holds ten units at the fewest: three letters and `kanzler`)
    const isPrefix = isRole || NOT_NAME_WORDS.has(lower) || isDemonym || (lower.length > 9 && ROLE_COMPOUND.test(lower));
    // An initial inside a name (`Robert M. Danin`) is not a title (`M. Dupont`).
    const initialInName = dotted && INITIAL.test(token) && index > start;
    // The word after a middle initial is a surname, also one that reads as a role (`Peter T. King`).
    const afterInitial = index > start + 1 && INITIAL.test(run[index - 1] ?? '');
    if (isPrefix && !initialInName && !afterInitial) start = index + 1;
  }
  return run.slice(start, start + 4);
}

/**
 * Collects the full names (two or more tokens) a text introduces, in order of first appearance.
 *
 * @param texts - the texts to read, in priority order (body first, then title, description, tags)
 * @returns the people, each once
 */
export function collectPeople(texts: readonly string[]): KnownPerson[] {
  const seen = new Set<string>();
  const people: KnownPerson[] = [];
  for (const text of texts) {
    for (const run of capitalisedRuns(text)) {
      // (a name's tokens are some of its run's: a run of one token names no one here)
      if (run.length < 2) continue;
      const tokens = nameTokens(run);
      if (tokens.length < 2) continue;
      const name = tokens.join(' ');
      if (seen.has(name)) continue;
      seen.add(name);
      people.push({ name, tokens });
    }
  }
  return people;
}

/** Levenshtein distance, capped: returns `cap + 1` as soon as it is exceeded. */
function editDistance(a: string, b: string, cap: number): number {
  if (Math.abs(a.length - b.length) > cap) return cap + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charAt(i - 1) === b.charAt(j - 1) ? 0 : 1;
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost);
      current.push(value);
      rowMin = Math.min(rowMin, value);
    }
    if (rowMin > cap) return cap + 1;
    previous = current;
  }
  return previous[b.length] ?? cap + 1;
}

/**
 * Resolves a mention (`Lavrov`, `Kim`, `Sergei Lavrov`) to the fullest name the article introduced for it.
 * A one-word mention matches a person one of whose name tokens it is; failing that, a surname one letter off
 * (a typo such as `Koh` for `Noh`) when exactly one such person exists, preferring `recent`.
 *
 * @param mention - the name as it stands next to the quote
 * @param people - the people the article introduced
 * @param recent - names of recent speakers, most recent first
 * @returns the full name, or the mention itself when nothing matches
 */
export function resolvePerson(mention: string, people: readonly KnownPerson[], recent: readonly string[] = []): string {
  const tokens = mention.split(/\s+/u);
  const matches = people.filter((person) => tokens.every((token) => person.tokens.includes(token)));
  // The fullest name wins; among equally full ones, the first introduced.
  const best = matches.reduce<KnownPerson | undefined>(
    (fullest, person) => (person.tokens.length > (fullest?.tokens.length ?? tokens.length) ? person : fullest),
    undefined,
  );
  if (best !== undefined) return best.name;
  if (matches.length > 0 || tokens.length !== 1) return mention;
  const token = tokens[0] ?? '';
  if (token.length < 3) return mention;
  const near = people.filter((person) => {
    const surname = person.tokens[person.tokens.length - 1] ?? '';
    return surname.length === token.length && editDistance(surname, token, 1) === 1;
  });
  const recentNear = near.find((person) => recent.includes(person.name));
  if (recentNear !== undefined) return recentNear.name;
  return near.length === 1 && near[0] !== undefined ? near[0].name : mention;
}
