import { describe, expect, it } from 'vitest';
import { dateFromUrl, monthFromUrl, parseIsoLikeDate } from './dates';
import { articleSlugWords } from './slug';
import { detectLanguage } from './detect-language';
import { isLanguageCode, normalizeLanguageTag } from './language';
import { isCollectiveByline, isPersonName } from '../people/person-name';
import { parsePublisherBlock } from './publisher';
import { decodedUrlPath, isImageUrl, isSameSite, siteOf, toHttpUrl, urlKey, urlPath } from './urls';

describe('parseIsoLikeDate', () => {
  it.each([
    ['2023-10-20T14:34+0000', '2023-10-20T14:34:00.000Z'],
    ['2015-07-24T05:36:09+01:00', '2015-07-24T04:36:09.000Z'],
    ['2017-11-03 03:01:00.000000', '2017-11-03T03:01:00.000Z'],
    ['2017-11-24T18:42:20.314667', '2017-11-24T18:42:20.314Z'],
    ['2018-04-11', '2018-04-11T00:00:00.000Z'],
    ['2014-09-02T08:35:27-04:00', '2014-09-02T12:35:27.000Z'],
    ['2021-11-01T10:52:50+0100', '2021-11-01T09:52:50.000Z'],
    ['2019-10-18T17:23:34.816Z', '2019-10-18T17:23:34.816Z'],
  ])('%s → %s', (input, expected) => {
    expect(parseIsoLikeDate(input)).toBe(expected);
  });

  it.each(['2023-13-01', '2023-02-30T10:00', 'yesterday', '20231020', '1066-10-14', ''])('rejects %j', (input) => {
    expect(parseIsoLikeDate(input)).toBeUndefined();
  });
});

describe('dateFromUrl', () => {
  it.each([
    ['https://sputnikglobe.com/20230917/putin-1113432247.html', '2023-09-17T00:00:00.000Z'],
    ['http://www.telegraph.co.uk/news/2017/11/16/zimbabwe/', '2017-11-16T00:00:00.000Z'],
    ['https://example.com/2023-09-17/story', '2023-09-17T00:00:00.000Z'],
    ['https://example.com/story-1113432247.html', undefined],
    ['https://example.com/2023/02/30/story', undefined],
    // A slug opening with the folders' date as yymmdd; a number that does not repeat the folders is none
    ['http://news.example.com/energy/2015/08/150803-office-heating/', '2015-08-03T00:00:00.000Z'],
    ['http://news.example.com/energy/2015/08/160803-office-heating/', undefined],
    ['http://news.example.com/energy/2015/08/150832-office-heating/', undefined],
  ])('%s → %s', (url, expected) => {
    expect(dateFromUrl(url)).toBe(expected);
  });
});

describe('monthFromUrl', () => {
  it.each([
    ['https://example.com/news/201903/new-mouse/index.html', '2019-03'],
    ['https://example.com/2019/03/story.html', '2019-03'],
    ['https://example.com/news/2019/story.html', undefined],
    ['https://example.com/news/201913/story.html', undefined],
    ['https://example.com/item/2019031/', undefined],
  ])('%s → %s', (url, expected) => {
    expect(monthFromUrl(url)).toBe(expected);
  });
});

describe('URLs', () => {
  it('keeps only absolute http(s) URLs', () => {
    expect(toHttpUrl('https://example.com/a b')).toBeUndefined();
    expect(toHttpUrl('javascript:alert(1)')).toBeUndefined();
    expect(toHttpUrl('data:text/html,hi')).toBeUndefined();
    expect(toHttpUrl('/news/1', 'https://example.com/x')).toBe('https://example.com/news/1');
    expect(toHttpUrl('HTTPS://Example.com')).toBe('https://example.com/');
  });

  it('turns a relative URL away without a base, and reads a scheme after leading control characters as the URL parser does', () => {
    expect(toHttpUrl('/news/1')).toBeUndefined();
    expect(toHttpUrl('news/1.jpg')).toBeUndefined();
    expect(toHttpUrl('//example.com/news/1')).toBeUndefined();
    expect(toHttpUrl('\u0001https://example.com/news/1')).toBe('https://example.com/news/1');
    expect(toHttpUrl('http:example.com/news/1')).toBe('http://example.com/news/1');
  });

  it.each([
    ['https://cdn1.img.sputnikglobe.com/img/07e7/0a/14/1114355961_0:126:2934:1776_1920x0_80.jpg', true],
    ['https://o.aolcdn.com/images/dims?crop=1600&quality=85&format=jpg', true],
    ['https://media-cldnry.s-nbcnews.com/image/upload/t_social/rockcms/2024-12/yoon.jpg', true],
    ['https://sputnikglobe.com/20230917/putin-1113432247.html', false],
    ['https://en.wikipedia.org/wiki/New_Zealand', false],
  ])('isImageUrl(%s) = %s', (url, expected) => {
    expect(isImageUrl(url)).toBe(expected);
  });

  it('tells same-site URLs by registrable domain', () => {
    expect(siteOf('www1.folha.uol.com.br')).toBe('uol.com.br');
    expect(siteOf('www.bbc.co.uk')).toBe('bbc.co.uk');
    expect(isSameSite('https://www.bbc.com/news/1', 'http://bbc.com/sport/2')).toBe(true);
    expect(isSameSite('https://www.wikidata.org/entity/Q664', 'https://en.wikipedia.org/wiki/New_Zealand')).toBe(false);
    expect(urlKey('https://www.example.com/a/b/?q=1#x')).toBe('example.com/a/b');
  });

  it('drops credentials from a URL and leaves one without them as the parser writes it', () => {
    expect(toHttpUrl('https://user:pass@example.com/a')).toBe('https://example.com/a');
    expect(toHttpUrl('https://:pass@example.com/a')).toBe('https://example.com/a');
    expect(toHttpUrl('https://@example.com/a')).toBe('https://example.com/a');
    expect(toHttpUrl('/b?x=1', 'https://example.com/a')).toBe('https://example.com/b?x=1');
  });

  it('reads a URL path as written, or decoded for its words, keeping an escape that spells no text', () => {
    expect(urlPath('https://example.com/2019/03/%C3%A9t%C3%A9.html?x=1')).toBe('/2019/03/%C3%A9t%C3%A9.html');
    expect(decodedUrlPath('https://example.com/2019/03/%C3%A9t%C3%A9.html?x=1')).toBe('/2019/03/été.html');
    expect(decodedUrlPath('https://example.com/%E6%97%A5%E6%9C%AC/100%25-sure-%FF')).toBe('/日本/100%-sure-%FF');
    expect(urlPath('not a url')).toBeUndefined();
    expect(decodedUrlPath('/relative/path')).toBeUndefined();
  });
});

describe('language tags', () => {
  it.each([
    ['en_EN', 'en'],
    ['en-us', 'en-US'],
    ['pt-BR', 'pt-BR'],
    ['en-GB', 'en-GB'],
    ['zh-hans-cn', 'zh-Hans-CN'],
    ['cs', 'cs'],
    ['english', undefined],
    ['xx', undefined],
  ])('%s → %s', (input, expected) => {
    expect(normalizeLanguageTag(input)).toBe(expected);
  });

  it('recognises locale blocks', () => {
    expect(isLanguageCode('en_EN')).toBe(true);
    expect(isLanguageCode('analysis')).toBe(false);
  });

  it.each([
    ['The government said on Monday that the new law would be passed by the end of the year, and that it was not going to change.', 'en'],
    ['Le gouvernement a annoncé que la réforme des retraites sera votée cette semaine et que les syndicats ne sont pas d’accord.', 'fr'],
    ['Die Regierung hat am Montag angekündigt, dass das neue Gesetz bis zum Ende des Jahres verabschiedet werden wird und nicht geändert wird.', 'de'],
    ['El gobierno anunció el lunes que la nueva ley será aprobada antes de que termine el año y que no se va a cambiar.', 'es'],
    ['O técnico Tite declarou que errou ao levar a taça da Copa Libertadores de 2012 ao ex-presidente, e que não foi uma boa ideia.', 'pt'],
    ['Zázrak jedné sezony? West Ham dává pochybovačům stále pádnější odpovědi a fotbalový svět si začíná uvědomovat, že se to stalo a je to tak.', 'cs'],
    ['Правительство объявило в понедельник, что новый закон будет принят до конца года.', 'ru'],
    ['むかしむかし、あるところに、おじいさんとおばあさんが住んでいました。', 'ja'],
    ['国务院总理主持召开国务院常务会议，部署进一步做好稳就业工作。', 'zh'],
    ['Short.', undefined],
  ])('detects the language of %j', (text, expected) => {
    expect(detectLanguage(text)).toBe(expected);
  });
});

describe('people', () => {
  it.each([
    ['Ilya Tsukanov', true],
    ['John C. Welch', true],
    ['Bruno (Henrique Zecchin) Rodrigues', true],
    ['Luiz Inácio Lula da Silva', true],
    ['KJ Noh', true],
    ['BBC News', false],
    ['Our Foreign Staff', false],
    ['north korea', false],
    ['Premier League', false],
    ['Xbox', false],
    ['Previous Next', false],
    ['5 min read', false],
    ["Stanford University's Center", false],
    // Names of two to five words with particles, apostrophes, hyphens and initials, in several languages.
    ['Ludwig van Beethoven', true],
    ['Mohamed bin Salman', true],
    ["Siobhán O'Sullivan", true],
    ['Jean-Pierre de Villiers', true],
    ['Michelina C. de la Maza', true],
    ['Juan Carlos Pérez García', true],
    ['Maria José Santos Ferreira Lima', true],
    ['Ahmed bin Rashid Al Maktoum', true],
    ['Jan van der Berg', true],
    ['Ursula von der Leyen', true],
    ['Nguyễn Thị Minh Khai', true],
    ['Anwar bin Ibrahim', true],
    // First names that are also English words of a headline stay names.
    ['Will Smith', true],
    ['Wes Moore', true],
    // Headlines in title case: a verb or a linking word of a headline, or an institution, is no name word.
    ['Senate Passes Budget After Debate', false],
    ['Mayor Warns Of Cuts', false],
    ['Council Votes Against Plan', false],
    ['Why Bees Matter', false],
    ['Lawmakers Seek Answers Amid Storm', false],
  ])('isPersonName(%j) = %s', (text, expected) => {
    expect(isPersonName(text)).toBe(expected);
  });

  it('recognises collective bylines', () => {
    expect(isCollectiveByline('Contributors to Wikimedia projects')).toBe(true);
    expect(isCollectiveByline('The Editorial Board')).toBe(true);
    expect(isCollectiveByline('Teams of the league, ranked.')).toBe(false);
  });
});

describe('parsePublisherBlock', () => {
  it.each([
    [
      'Sputnik International feedback@sputniknews.com +74956456601 MIA „Rosiya Segodnya“ 252 60',
      { name: 'Sputnik International', legalName: 'MIA „Rosiya Segodnya“', email: 'feedback@sputniknews.com', telephone: '+74956456601', logo: { width: 252, height: 60 } },
    ],
    ['Atlas Obscura 600 60', { name: 'Atlas Obscura', logo: { width: 600, height: 60 } }],
    ['Engadget 128px 128px', { name: 'Engadget', logo: { width: 128, height: 128 } }],
    ['131 60 Libération', { name: 'Libération', logo: { width: 131, height: 60 } }],
    [
      'BBC News http://www.bbc.co.uk/news/special/2015/newsspec_10857/bbc_news_logo.png?cb=1',
      { name: 'BBC News', logo: { url: 'http://www.bbc.co.uk/news/special/2015/newsspec_10857/bbc_news_logo.png?cb=1' } },
    ],
    ['NBC News https://x.com/nbcnews', { name: 'NBC News', sameAs: ['https://x.com/nbcnews'] }],
  ])('%s', (block, expected) => {
    expect(parsePublisherBlock(block)).toEqual(expected);
  });

  it.each(['Ilya Tsukanov', '1920 1080', 'I still remember using it in 2010, see https://example.com for more and more words here now.'])(
    'is no publisher block: %j',
    (block) => {
      expect(parsePublisherBlock(block)).toBeUndefined();
    },
  );
});

describe('articleSlugWords', () => {
  it.each([
    ['https://example.com/news/2019/05/07/court-rules-on-the-budget_5459325.html', ['court', 'rules', 'on', 'the', 'budget']],
    ['https://example.de/themen/arbeit', ['arbeit']],
    ['https://example.org/content/10.1101/696633v1', []],
    ['https://example.com/en-us/health/this-is-your-brain-on-movies/ar-BBwsPWG?li=BB', ['this', 'is', 'your', 'brain', 'on', 'movies']],
    ['https://example.jp/news/201903/keyboard/index.html', []],
  ])('%s', (url, words) => {
    expect([...articleSlugWords(url)]).toEqual(words);
  });

  it('leaves out the words it is told to ignore, and is empty without a URL', () => {
    expect([...articleSlugWords('https://example.com/a/court-rules-on-the-budget', new Set(['on', 'the']))]).toEqual(['court', 'rules', 'budget']);
    expect(articleSlugWords(undefined).size).toBe(0);
  });

  it('reads the words of a slug with a stray escape in it (the whole path was lost before)', () => {
    expect([...articleSlugWords('https://example.com/news/%C3%A9lections-100%FF-municipales')]).toEqual(['elections', 'ff', 'municipales']);
  });
});
