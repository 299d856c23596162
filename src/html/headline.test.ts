import { getElementsByTagName } from 'domutils';
import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { parseArticle } from '../index';
import { type TitleEvidence, leadingTitleChunks, visibleHeadline } from './headline';

/** The headline `visibleHeadline` finds in a body, with the titles given. */
function headline(body: string, evidence: Partial<TitleEvidence>): ReturnType<typeof visibleHeadline> {
  const titles = evidence.titles ?? [];
  const headings = getElementsByTagName((name) => name === 'h1' || name === 'h2', parseDocument(`<body>${body}</body>`), true);
  return visibleHeadline(headings, { titles, cleanTitles: evidence.cleanTitles ?? titles, siteNames: evidence.siteNames ?? [], slugWords: evidence.slugWords ?? new Set(), article: evidence.article ?? true });
}

describe('the headline a page shows', () => {
  it('takes the <h1> a title repeats, without the site name or kicker around it', () => {
    expect(headline('<h1>Ferry service returns to the island</h1>', { titles: ['Ferry service returns to the island | Coast Daily'] })).toBe('Ferry service returns to the island');
  });

  it('takes an <h1> that says all a shortened social title says, and more', () => {
    const shown = 'Mayor on Keeping the Old Tram Depot: "We Owe It to the Drivers"';
    expect(headline(`<h1>${shown}</h1>`, { titles: ['Mayor on Keeping the Tram Depot'] })).toBe(shown);
    // A one-word title (a topic) inside the heading: the heading is the story's.
    expect(headline('<h1>Wir kämpfen für gute Arbeit</h1>', { titles: ['Arbeit'] })).toBe('Wir kämpfen für gute Arbeit');
  });

  it('takes an <h2> that extends a title when the <h1> names a section', () => {
    const body = '<h1>イベント・セミナー情報</h1><h2>秋の勉強会 「入門」のご案内 ～初めての方へ～</h2>';
    expect(headline(body, { titles: ['秋の勉強会「入門」のご案内'] })).toBe('秋の勉強会 「入門」のご案内 ～初めての方へ～');
    // An <h2> that only repeats the title adds nothing to it.
    expect(headline('<h1>Events</h1><h2>Autumn meeting for beginners</h2>', { titles: ['Autumn meeting for beginners'] })).toBeUndefined();
  });

  it('takes the only <h1> of an article page when it shares a content word with a reworded title', () => {
    const shown = 'The Quiet Power Of Neighbourhood Libraries';
    expect(headline(`<h1>${shown}</h1>`, { titles: ['9 Reasons To Visit Your Library More Often, Backed By Neighbourhood Data'] })).toBe(shown);
    // CJK: character pairs are the words.
    expect(headline('<h1>新しい図書館が駅前に開館 本の貸し出しも簡単</h1>', { titles: ['新しい図書館が駅前に開館！ 貸し出しは無料 | 街ニュース'] })).toBe('新しい図書館が駅前に開館 本の貸し出しも簡単');
    // Or with the URL's slug.
    expect(headline(`<h1>${shown}</h1>`, { titles: ['Weekend reading'], slugWords: new Set(['neighbourhood', 'libraries']) })).toBe(shown);
  });

  it('does not take an <h1> tied to no title, a site name, or a loosely tied one outside an article', () => {
    expect(headline('<h1>About This Site</h1>', { titles: ['Field Notes: Colophon'] })).toBeUndefined();
    expect(headline('<h1>Allergies Health Center</h1>', { titles: ['Babies who eat peanuts early may avoid allergy'] })).toBeUndefined();
    // Related only through the site's name, which the cleaned title no longer has.
    expect(headline("<h1>Hi, I'm Nicolas here.</h1>", { titles: ['Testing front-end code | Nicolas Perriault'], cleanTitles: ['Testing front-end code'] })).toBeUndefined();
    expect(headline('<h1>Coast Daily News</h1>', { titles: ['Ferry returns'], siteNames: ['Coast Daily News'] })).toBeUndefined();
    expect(headline('<h1>Make your tram pass your own</h1>', { titles: ['Tram passes — customise and make them your own'], article: false })).toBeUndefined();
    // Two <h1>s neither tied to the titles: neither is taken.
    expect(headline('<h1>Coast Daily News today</h1><h1>The Quiet Power Of Libraries</h1>', { titles: ['Why libraries matter'] })).toBeUndefined();
  });

  it('outranks the Dublin Core and Open Graph titles on an article page', () => {
    const lede = 'The council voted on Tuesday to keep the old tram depot open, after a year of public meetings and letters from drivers. '.repeat(5);
    const page = `<html><head><title>Tram depot | City News</title><meta name="DC.title" content="Tram depot"><meta property="og:title" content="Tram depot"></head>
      <body><article><h1>Council keeps the old tram depot open</h1><p class="byline">By Jane Roe</p><p>${lede}</p><p>${lede}</p></article></body></html>`;
    const article = parseArticle(page, { url: 'https://news.example.com/city/2024/05/02/tram-depot' });
    expect(article.title).toBe('Council keeps the old tram depot open');
    expect(article.source.fields['title']).toBe('html:h1');
  });
});

describe('the leading chunks that repeat the headline', () => {
  it('counts the chunks at the start that say a title again, whatever their case, spacing and punctuation', () => {
    const chunks = [{ text: 'THE BIG STORY' }, { text: '— The big story! —' }, { text: 'The lede of the big story.' }];
    expect(leadingTitleChunks(chunks, ['The Big Story', 'Other'])).toBe(2);
    expect(leadingTitleChunks(chunks, ['Another story'])).toBe(0);
  });

  it('tells a giant chunk from the titles by the letters at its start, and still finds a title padded with punctuation', () => {
    const giant = 'word '.repeat(200_000);
    expect(leadingTitleChunks([{ text: 'The Big Story' }, { text: giant }], ['The Big Story', giant.slice(0, 40)])).toBe(1);
    expect(leadingTitleChunks([{ text: `The Big Story${' —'.repeat(100_000)}` }, { text: 'Lede.' }], ['The Big Story'])).toBe(1);
  });
});
