import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { dateElementDates, timeElementDates } from './date-element';

/** The date the date element of a body gives. */
function dateOf(body: string, referenceDate?: Date): string | undefined {
  return dateElementDates(parseDocument(`<body>${body}</body>`), referenceDate).published;
}

describe('the date element of a page', () => {
  it('reads the date an element named for it prints, in the forms pages print', () => {
    expect(dateOf('<h1>Story</h1><p class="article__readTime date">2019年2月27日<span class="dot"></span> 読了時間 3 分</p>')).toBe('2019-02-27T00:00:00.000Z');
    expect(dateOf('<div id="post-date">Published 12 March 2021, 14:05</div>')).toBe('2021-03-12T14:05:00.000Z');
    expect(dateOf('<span class="dateline">23 мая 2023 г.</span>')).toBe('2023-05-23T00:00:00.000Z');
    expect(dateOf('<span class="timestamp">3 hours ago</span>', new Date('2024-05-02T12:00:00Z'))).toBe('2024-05-02T09:00:00.000Z');
  });

  it('skips comment dates, hidden and long elements, and classes that only contain the word; an update date is no publication date', () => {
    expect(dateOf('<p class="date">Updated May 3, 2024</p><p class="comment-date">May 4, 2024</p>')).toBeUndefined();
    expect(dateOf('<p class="updated date">May 3, 2024</p><p class="date" hidden>May 5, 2024</p>')).toBeUndefined();
    expect(dateOf(`<div class="date">${'A long paragraph about the city council and its plans for the river. '.repeat(3)} May 5, 2024</div>`)).toBeUndefined();
    expect(dateOf('<p class="candidates">May 5, 2024</p><p class="mandate">May 6, 2024</p>')).toBeUndefined();
  });

  it('takes the first element that gives a date', () => {
    expect(dateOf('<span class="date">Tuesday</span><span class="date">May 7, 2024</span><span class="date">May 1, 2024</span>')).toBe('2024-05-07T00:00:00.000Z');
  });
});

describe('the update date a page prints in its markup', () => {
  const dates = (body: string, read: typeof timeElementDates): ReturnType<typeof timeElementDates> => read(parseDocument(`<body>${body}</body>`), undefined);

  it.each([
    ['<time datetime="2021-03-03">March 3</time> <time class="updated" datetime="2021-03-09">March 9</time>'],
    ['<time itemprop="datePublished" datetime="2021-03-03"></time><time itemprop="dateModified" datetime="2021-03-09"></time>'],
    ['<p>Published <time datetime="2021-03-03">March 3</time>. Last updated: <time datetime="2021-03-09">March 9</time></p>'],
    ['<p>Publié le <time datetime="2021-03-03">3 mars</time></p><p>Mis à jour le <time datetime="2021-03-09">9 mars</time></p>'],
  ])('reads both dates of the <time> elements in %s', (body) => {
    expect(dates(body, timeElementDates)).toEqual({ published: '2021-03-03T00:00:00.000Z', modified: '2021-03-09T00:00:00.000Z' });
  });

  it('keeps a first <time>, an update\'s, as the publication date too (not a later one, maybe another article\'s), and reads no update far below it', () => {
    const related = '<time class="updated" datetime="2021-03-09"></time><ul><li>Other story <time datetime="2010-11-07"></time></li></ul>';
    expect(dates(related, timeElementDates)).toEqual({ published: '2021-03-09T00:00:00.000Z', modified: '2021-03-09T00:00:00.000Z' });
    const times = ['2021-03-03', '2021-03-04', '2021-03-05', '2021-03-06'].map((day) => `<time datetime="${day}"></time>`).join('');
    expect(dates(`${times}<time class="updated" datetime="2021-03-09"></time>`, timeElementDates).modified).toBeUndefined();
  });

  it('reads the update date of elements named for it, or printed as one', () => {
    expect(dates('<span class="date">March 3, 2021</span> <span class="updated">March 9, 2021</span>', dateElementDates)).toEqual({ published: '2021-03-03T00:00:00.000Z', modified: '2021-03-09T00:00:00.000Z' });
    const far = '<p class="date">March 3, 2021</p><ul><li>a</li><li>b</li><li>c</li><li>d</li><li>e</li><li>f</li></ul><p class="updated">March 9, 2021</p>';
    expect(dates(far, dateElementDates).modified).toBeUndefined();
    expect(dates('<span class="updated">March 9, 2021</span><span class="date">March 3, 2021</span>', dateElementDates)).toEqual({ published: '2021-03-03T00:00:00.000Z', modified: '2021-03-09T00:00:00.000Z' });
    expect(dates('<p class="date">Última actualización: 9 de marzo de 2021</p><p class="date">3 de marzo de 2021</p>', dateElementDates).modified).toBe('2021-03-09T00:00:00.000Z');
  });
});
