import { Candidates } from '../model/candidates';
import { TRUST } from '../model/trust';
import type { Draft } from '../model/draft';
import { classifyKind } from '../classify/kind';
import { measureKindSignals } from '../classify/signals';
import { bylineBesideDate, copyrightHolder, findByline } from './byline';
import { datelineInUrlMonth, findDatelines } from './dateline';
import { detectLanguage, functionWordsOf } from '../fields/detect-language';
import { measureLines } from './line-features';
import { findHeaderMarks, nearestDateline, signatureByline } from './header-marks';
import { siteNameFromCopyright } from './site-name';
import { dateFromUrl, monthFromUrl } from '../fields/dates';
import { findHeadline } from './headline';
import { HEADLINE_WEIGHTS } from './headline-weights';
import { chooseHeader, isMenuName } from './header-choice';
import { readHeaderFields } from './header-fields';
import { readPlainText } from './plain-front-end';
import { readPageLines } from './lines';
import { foldRepeatedLines } from './repeated-lines';
import { countWords } from '../text/prose';
import { articleSlugWords } from '../fields/slug';
import { toHttpUrl } from '../fields/urls';
import { endAtBarrier, findArticleRegion } from './region';
import { measureArticleLines, regionChunks } from './article-lines';
import { pageVocabulary } from './vocabulary';
import { openAtHeader } from './body-start';
import type { ResolvedOptions } from '../options';

/**
 * The page-text front end: the text of a whole page (a browser's innerText, a text-browser dump, html-to-text
 * output), with the article found inside it.
 * @module
 */

/** The calendar day of an ISO instant (`2017-10-10`), UTC. */
const calendarDay = (iso: string): string => iso.slice(0, iso.indexOf('T') === -1 ? iso.length : iso.indexOf('T'));

/** Lines below the article's first guessed line where header lines are still marked (datelines under a standfirst). */
const MARK_REACH_BELOW = 40;

/** Lines between the headline and the article from which the byline is also looked for near the article's start. */
const BYLINE_FALLBACK_DISTANCE = 10;

/** Share of the page's lines the article may fill while the text still counts as the article alone (`plain`). */
const PLAIN_SHARE = 0.9;

/**
 * Reads page text into a draft.
 *
 * @param text - normalised page text
 * @param options - the parse options (page URL and reference date are used)
 * @returns the draft; `layout` is `plain` when no chrome was found around the article (with no article region
 *   at all, the plain-text reading of {@link readPlainText})
 */
export function readPageText(text: string, options: ResolvedOptions): Draft {
  // A run of hundreds of copies of one line is read as its first line; the copies stay in the leftovers.
  const folded = foldRepeatedLines(text);
  const draft = readFoldedText(folded.text, options);
  return folded.copies.length === 0 ? draft : { ...draft, leftovers: [...draft.leftovers, ...folded.copies] };
}

/** Reads page text whose long runs of a repeated line are folded ({@link readPageText}). */
function readFoldedText(text: string, options: ResolvedOptions): Draft {
  const lines = readPageLines(text, options.url);
  const kind = classifyKind(measureKindSignals(lines));
  const language = detectLanguage(lines.map((line) => line.text).join('\n'));
  const features = measureLines(lines, language);
  const measured = measureArticleLines(lines, features, language);
  const { weights } = measured;
  const firstGuess = findArticleRegion(weights, 0);
  if (firstGuess === undefined) return readPlainText(text, kind);
  // The words of the URL's slug, less the function words that would match any menu line (`des`, `the`).
  const slugWords = articleSlugWords(options.url === undefined ? undefined : toHttpUrl(options.url), (language === undefined ? undefined : functionWordsOf(language)) ?? new Set());
  // URLs, e-mail addresses and handles spell names in lower case: they are no words of the page.
  const commonWords = pageVocabulary(lines);
  const firstNamed = findByline(lines, firstGuess[0], firstGuess[0], commonWords);
  const firstByline = firstNamed !== undefined && isMenuName(lines, features, firstNamed.line, undefined, commonWords) ? undefined : firstNamed;
  // Header lines are marked where the headline is looked for, and where a dateline may stand near the article.
  const nearMarks = findHeaderMarks(lines, commonWords, language, [firstGuess[0] - HEADLINE_WEIGHTS.lookAbove, firstGuess[0] + MARK_REACH_BELOW]);
  const page = { lines, features, slugWords, bylineLine: firstByline?.line, marks: nearMarks };
  const near = findHeadline(page, firstGuess[0]);
  // A headline with no byline or dateline of its own may be a teaser's, or a menu's line, above the article.
  const { headline, marks, article } = chooseHeader(page, near, { weights, region: firstGuess, commonWords, language });
  // The article follows its headline: look for it below the headline when there is one.
  const found = endAtBarrier(weights, features, article ?? (headline === undefined ? undefined : findArticleRegion(weights, headline.line + 1)) ?? firstGuess);
  const used = new Set<number>();
  const candidates = new Candidates();
  if (headline !== undefined) {
    candidates.scalar('title', headline.text, { source: 'page:line', at: headline.line }, TRUST.visibleText);
    used.add(headline.line);
  }

  const anchor = headline?.line ?? found[0];
  // On a listing or another non-article, a name-like line is a section or navigation heading: only a written-out
  // `By …` byline is taken.
  const named = findByline(lines, anchor, found[0], commonWords, kind.kind !== 'article');
  // A bare name above the headline that the page prints again, beside a line it prints again, is a menu item.
  const byline = named !== undefined && isMenuName(lines, features, named.line, headline?.line, commonWords) ? undefined : named;
  // With no byline in the header, the article may be signed at its end (it dates nothing: the header does).
  // A headline far above the article (across a rail of teasers) leaves the article's own byline out of reach: it
  // is looked for near the article's start too.
  const nearStart = byline === undefined && anchor < found[0] - BYLINE_FALLBACK_DISTANCE ? findByline(lines, found[0], found[0], commonWords, kind.kind !== 'article') : undefined;
  // Failing all these, a person holding the page's copyright (`© 2020 Jane Roe`) wrote it: a personal site.
  // The body opens right under the header, even across an advertisement between its first paragraph and the rest.
  const headerLines = [headline?.line, (byline ?? nearStart)?.line].filter((line): line is number => line !== undefined && line < found[0]);
  const region = openAtHeader(found, headerLines.length === 0 ? undefined : Math.max(...headerLines), features);

  const dateOptions = {
    ...(language === undefined ? {} : { language }),
    ...(options.referenceDate === undefined ? {} : { referenceDate: options.referenceDate }),
  };
  const dates = findDatelines(lines, byline?.line ?? anchor, found[0], dateOptions);
  // With no publication date beside the headline, a weaker guess (the update date, else the dateline nearest the
  // article) is taken unless the URL's own date or month says otherwise (the assembler falls back to the date).
  const urlDate = options.url === undefined ? undefined : dateFromUrl(options.url);
  const guess = dates.modified ?? nearestDateline(lines, marks, found[0], language);
  const urlMonth = options.url === undefined || urlDate !== undefined ? undefined : monthFromUrl(options.url);
  const agrees = (iso: string): boolean => (urlDate === undefined || calendarDay(iso) === calendarDay(urlDate)) && (urlMonth === undefined || iso.startsWith(urlMonth));
  // Failing those, a short date line in the month the URL's folders carry (`/news/201903/…`) dates the article.
  const published =
    dates.published ??
    (guess !== undefined && agrees(guess.iso) ? guess : undefined) ??
    (urlMonth === undefined ? undefined : datelineInUrlMonth(lines, urlMonth, anchor, dateOptions));
  const datedProse = new Set<number>();
  for (const [field, date] of [['publishedAt', published], ['modifiedAt', dates.modified]] as const) {
    if (date === undefined) continue;
    candidates.scalar(field, date.iso, { source: 'page:line', at: date.line }, TRUST.visibleText);
    used.add(date.line);
    // A line of lede length that holds a date (a quoted post signed with its date) is more than a dateline: what the
    // body does not hold of it stays in the leftovers.
    if (countWords(lines[date.line]?.text ?? '', HEADLINE_WEIGHTS.ledeWords) >= HEADLINE_WEIGHTS.ledeWords) datedProse.add(date.line);
  }

  // A byline missing from the header, or a name-like line far from the date, gives way to the byline printed beside
  // the article's date.
  const besideDate = published === undefined ? undefined : bylineBesideDate(lines, published.line, byline ?? nearStart, { commonWords, regionStart: found[0], bylinesOnly: kind.kind !== 'article', ...(headline === undefined ? {} : { headlineLine: headline.line }) });
  const holder = copyrightHolder(lines);
  const credited = besideDate ?? byline ?? nearStart ?? signatureByline(lines, found, commonWords) ?? holder;
  if (credited !== undefined) {
    for (const name of credited.names) candidates.list('authors', { name }, { source: 'page:line', at: credited.line }, TRUST.visibleText);
    // The copyright line stays in the leftovers: the name is only part of it.
    if (credited !== holder) used.add(credited.line);
  }

  const { chunks, used: bodyLines } = regionChunks(measured, region);
  for (const index of bodyLines) used.add(index);

  // The language detected over the whole page (already needed for the line features) is the Article's when nothing
  // declares one: the article alone can be too short or too mixed to tell, and it is not detected twice.
  if (language !== undefined) candidates.scalar('language', language, { source: 'text:detected' }, TRUST.guess);
  const site = siteNameFromCopyright(lines);
  // The copyright line stays in the leftovers: the site name is only part of it.
  if (site !== undefined) candidates.scalar('siteName', site.name, { source: 'page:line', at: site.line }, TRUST.guess);
  const header = readHeaderFields(lines, headline, region, used, byline?.line);
  candidates.add(header.candidates);
  for (const index of header.used) used.add(index);

  const inBody = new Set(bodyLines);
  const leftovers = lines.filter((line) => !used.has(line.index) || (datedProse.has(line.index) && !inBody.has(line.index))).map((line) => line.text);
  const layout = region[1] - region[0] + 1 >= lines.length * PLAIN_SHARE ? 'plain' : 'page-text';
  return { format: 'text', layout, kind, scalars: candidates.scalars, lists: candidates.lists, body: { chunks }, leftovers, context: headline === undefined ? [] : [headline.text] };
}
