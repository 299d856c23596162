/**
 * Small, made-up articles in every input kind the library reads, generated from an index so that tests can build as
 * many distinct inputs as they need without the shared corpus. Same index → same article.
 */

/** The input kinds a synthetic article can be rendered as. */
export const SYNTHETIC_KINDS = ['structured', 'page-text', 'plain', 'html'] as const;
/** One synthetic input kind. */
export type SyntheticKind = (typeof SYNTHETIC_KINDS)[number];

/** One synthetic article in one input kind. */
export interface SyntheticInput {
  readonly kind: SyntheticKind;
  /** The page URL (also the canonical URL inside the input, where the kind has one). */
  readonly url: string;
  readonly title: string;
  readonly text: string;
}

const PLACES = ['the harbour', 'the old mill', 'the river bridge', 'the north station', 'the city library', 'the market hall'];
const SUBJECTS = ['council', 'water board', 'school district', 'transport authority', 'housing trust', 'port operator'];
const VERBS = ['approved', 'delayed', 'reopened', 'expanded', 'rebuilt', 'reviewed'];
const NAMES = [['Maria', 'Lindqvist'], ['Tomas', 'Okafor'], ['Ana', 'Ferreira'], ['Jonas', 'Weber'], ['Lena', 'Moreau'], ['Omar', 'Haddad']] as const;
const SECTIONS = ['Local', 'Business', 'Transport', 'Environment'];

function pick<T>(list: readonly T[], index: number): T {
  const item = list[index % list.length];
  if (item === undefined) throw new Error('empty list');
  return item;
}

/** The parts every kind renders: headline, byline, date, paragraphs (one with an attributed quote). */
function partsOf(index: number): { url: string; title: string; author: string; date: string; section: string; paragraphs: string[] } {
  const place = pick(PLACES, index);
  const subject = pick(SUBJECTS, index >> 1);
  const verb = pick(VERBS, index >> 2);
  const [first, last] = pick(NAMES, index >> 3);
  const day = (index % 28) + 1;
  const date = `2024-03-${String(day).padStart(2, '0')}T09:30:00Z`;
  const title = `The ${subject} ${verb} the plan for ${place} after ${index + 2} months`;
  const slug = title.toLowerCase().replace(/[^a-z0-9]+/gu, '-');
  const paragraphs = [
    `The ${subject} ${verb} the long-discussed plan for ${place} on Tuesday, ending a debate that had run for ${index + 2} months and filled three public meetings.`,
    `Residents had asked for clearer timetables and a firm budget. The final version sets aside ${(index % 9) + 1} million for the first phase and promises regular reports on its progress.`,
    `“We listened to every objection and changed the plan where it made sense,” said ${first} ${last}, who chairs the committee in charge of the project.`,
    `Work on ${place} is expected to begin next spring. Opponents said they would keep watching the costs closely and would ask for an independent review if the first phase ran late.`,
  ];
  return { url: `https://news.example.com/2024/03/${String(day).padStart(2, '0')}/${slug}`, title, author: `${first} ${last}`, date, section: pick(SECTIONS, index), paragraphs };
}

function render(kind: SyntheticKind, parts: ReturnType<typeof partsOf>): string {
  const { url, title, author, date, section, paragraphs } = parts;
  switch (kind) {
    case 'structured':
      return [url, title, paragraphs[0] ?? '', date, date, section, 'en_US', author, 'Example News', ...paragraphs].join('\n\n');
    case 'page-text':
      return ['Example News', 'Home', 'Local', 'Business', 'Sport', 'Subscribe', section, title, `By ${author}`, 'March 2024', ...paragraphs, 'Related stories', 'Share this article', '© 2024 Example News. All rights reserved.'].join('\n');
    case 'plain':
      return [title, ...paragraphs].join('\n\n');
    case 'html':
      return `<!doctype html><html lang="en"><head><title>${title} | Example News</title><link rel="canonical" href="${url}"><meta name="author" content="${author}"><meta property="article:published_time" content="${date}"></head><body><nav><a href="/">Home</a> <a href="/local">Local</a></nav><article><h1>${title}</h1>${paragraphs.map((text) => `<p>${text}</p>`).join('')}</article><footer>© 2024 Example News</footer></body></html>`;
  }
}

/**
 * The synthetic article number `index`, rendered as the kind `index` selects (kinds cycle: structured, page text,
 * plain, HTML).
 * @param index - any non-negative integer
 */
export function syntheticInput(index: number): SyntheticInput {
  const kind = pick(SYNTHETIC_KINDS, index);
  const parts = partsOf(index);
  return { kind, url: parts.url, title: parts.title, text: render(kind, parts) };
}
