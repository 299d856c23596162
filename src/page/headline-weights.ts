/**
 * The headline-scoring table of page text: what each trait of a line adds to (or takes from) its score as the
 * article's headline.
 * @module
 */

/**
 * Headline scoring, one scale: each line above the article gets the sum of these for what it shows; the highest
 * total wins.
 */
export const enum HEADLINE_WEIGHTS {
  /** Fewest and most words a headline has (CJK lines are measured in characters instead). */
  minWords = 2,
  maxWords = 35,
  /** The usual headline length, in words: inside it a line scores `typicalLength`. */
  typicalMinWords = 4,
  typicalMaxWords = 20,
  /** Shape score of a headline of the usual length, and of one outside it. */
  typicalLength = 2,
  atypicalLength = 0.5,
  /** CJK headline length in characters, and its shape score. */
  cjkMinLength = 6,
  cjkMaxLength = 100,
  cjkShape = 2,
  /** The usual CJK headline length, in characters (shorter: a menu label, a button); outside it the shape scores `atypicalLength`. */
  cjkTypicalMinLength = 12,
  cjkTypicalMaxLength = 70,
  /** A CJK line ending in `。` is a sentence; from `cjkLedeLength` characters, a lede that is never the headline. */
  cjkFullStop = -2,
  cjkLedeLength = 30,
  /** A space between two CJK characters: menu items side by side (CJK text puts no space between its words). */
  cjkMenu = -1.5,
  /** Most words a title bar (`Title | Site`) holds besides the part taken as its headline: a site's or section's name. */
  titleBarRestWords = 10,
  /** From this many words (a long headline has under twenty), a line ending in a full stop is a lede (a sentence of the article), never the headline. */
  ledeWords = 20,
  /** A line ending in a full stop is a sentence, not a headline; other sentence endings (`?`, `!`) cost less. */
  fullStop = -2,
  sentenceEnd = -0.5,
  /** A line without a capital letter is rarely a headline. */
  noCapital = -2,
  /** Share of the URL slug's words the line has, and share of the line's words the slug has. */
  slugOverlap = 6,
  slugCoverage = 4,
  /** Standing right above the article: up to this much, falling to nothing `nearRegionReach` lines up. */
  nearRegion = 3,
  nearRegionReach = 30,
  /** A line inside the article's first lines (below its start). */
  insideRegion = 1,
  /** Repeated a few times on the page (the headline in a title bar, a breadcrumb, a share box): from–to. */
  fewRepeats = 1,
  fewRepeatsFrom = 2,
  fewRepeatsTo = 3,
  /** Repeated more often than that: chrome. */
  manyRepeats = -3,
  /** Mostly link text: link density from `linkedDensity`. */
  linked = -1,
  linkedDensity = 0.5,
  /** A part of a `Title | Site` line rather than the whole line. */
  linePart = -0.5,
  /** Standing one to `bylineReach` lines above the byline. */
  aboveByline = 3,
  bylineReach = 6,
  /** Standing right below a dateline (a blog's date heading, a dateline over the headline). */
  belowDateline = 1.5,
  /** Standing a few lines (`bylineReach`) below the byline with no byline or dateline of its own: a second title (a share or SEO title, a subheading), not the headline above the byline. */
  belowByline = -3,
  /** How far below a headline its byline or dateline (a header mark) stands; a standfirst may come between. */
  markReach = 4,
  /** Above this many words a line under a shorter title is its standfirst. */
  standfirstWords = 20,
  /** Fewest words of a Latin-script headline above a standfirst (shorter: a section label). */
  minWordsAboveStandfirst = 3,
  /** How far above the article region headlines are looked for, and how far into it. */
  lookAbove = 60,
  lookInside = 8,
  /** Lines into the article that may hold the headline even below prose (a tagline or a notice read as prose). */
  alwaysInside = 3,
  /** Prose lines of the article above a line inside it from which it is a teaser or a subheading, not the headline. */
  proseAbove = 2,
  /** What standing below the article's first paragraphs costs a line with no header below it. */
  belowArticleStart = -4,
  /** Lines either side that, when all repeated on the page, make a line a menu item (all `menuNeighbours` of them), and what that costs. */
  menuReach = 2,
  menuNeighbours = 4,
  menuRun = -2,
  /** A line printed again inside such a run (one neighbour fewer suffices): its copies are the run's, so this takes back `fewRepeats`. */
  copiedInRun = -1,
  /** Printed again inside another line of the page (a share box, a breadcrumb): the bonus, the text's fewest characters, and how far below the best score a candidate is still checked. */
  echo = 1,
  echoMinLength = 12,
  echoMargin = 2,
  /** Lines an echo stands apart at least (the line right below repeating a caption with its credit is no echo). */
  echoApart = 2,
  /** Printed twice in a row (a sticky title bar, a teaser's picture and link): a title beside the article, not its headline. */
  doubled = -2,
  /** A label of at most `kickerWords` words right above a longer title-shaped line: the kicker or section over the headline. */
  kickerWords = 3,
  kicker = -2,
  /** The value of a label (the line under `Sponsor:` or `Aktuelle Seite:`) or a row of a table of labels and values (`Status: Completed` among such rows): a field of a box, not the headline. */
  labelValue = -3,
  /** Standing up to `playerReach` lines below a media player's time display (`0:00/2:33`, `-0:00`): the video's title, not the article's. */
  playerTitle = -4,
  playerReach = 4,
  /** Most lines of a headline set on several lines (a title, a quoted slogan, a `～subtitle～`). */
  stackedLines = 3,
}
