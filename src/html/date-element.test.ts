import { parseDocument } from 'htmlparser2';
import { describe, expect, it } from 'vitest';
import { dateElementDate } from './date-element';

/** The date the date element of a body gives. */
function dateOf(body: string, referenceDate?: Date): string | undefined {
  return dateElementDate(parseDocument(`<body>${body}</body>`), referenceDate);
}

describe('the date element of a page', () => {
  it('reads the date an element named for it prints, in the forms pages print', () => {
    expect(dateOf('<h1>Story</h1><p class="article__readTime date">2019年2月27日<span class="dot"></span> 読了時間 3 分</p>')).toBe('2019-02-27T00:00:00.000Z');
    expect(dateOf('<div id="post-date">Published 12 March 2021, 14:05</div>')).toBe('2021-03-12T14:05:00.000Z');
    expect(dateOf('<span class="dateline">23 мая 2023 г.</span>')).toBe('2023-05-23T00:00:00.000Z');
    expect(dateOf('<span class="timestamp">3 hours ago</span>', new Date('2024-05-02T12:00:00Z'))).toBe('2024-05-02T09:00:00.000Z');
  });

  it('skips update and comment dates, hidden and long elements, and classes that only contain the word', () => {
    expect(dateOf('<p class="date">Updated May 3, 2024</p><p class="comment-date">May 4, 2024</p>')).toBeUndefined();
    expect(dateOf('<p class="updated date">May 3, 2024</p><p class="date" hidden>May 5, 2024</p>')).toBeUndefined();
    expect(dateOf(`<div class="date">${'A long paragraph about the city council and its plans for the river. '.repeat(3)} May 5, 2024</div>`)).toBeUndefined();
    expect(dateOf('<p class="candidates">May 5, 2024</p><p class="mandate">May 6, 2024</p>')).toBeUndefined();
  });

  it('takes the first element that gives a date', () => {
    expect(dateOf('<span class="date">Tuesday</span><span class="date">May 7, 2024</span><span class="date">May 1, 2024</span>')).toBe('2024-05-07T00:00:00.000Z');
  });
});
