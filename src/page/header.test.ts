import { describe, expect, it } from 'vitest';
import { parseArticle } from '../index';

/**
 * The header of an article in page text: headline, byline and dateline in the forms and languages issue 13 names,
 * from lines written for these tests.
 */
const menu = ['Home', 'World', 'Politics', 'Business', 'Tech', 'Science', 'Sport', 'Culture', 'Opinion', 'Video'];
const body = (language: 'en' | 'de' | 'ru' | 'fr'): string[] =>
  ({
    en: [
      'The city council said on Tuesday that it would delay the vote on the new budget until next month, because several members wanted more time to read the report.',
      'The mayor’s office did not respond to a request for comment, but a spokesman said earlier that the plan was still on track and that the money would go to schools.',
      'Several residents who attended the meeting said they were worried about the state of the roads and about the cost of the new library that the council wants to build.',
    ],
    de: [
      'Der Stadtrat hat am Dienstag mitgeteilt, dass die Abstimmung über den neuen Haushalt auf den nächsten Monat verschoben wird, weil mehrere Mitglieder mehr Zeit wollten.',
      'Das Büro des Bürgermeisters hat auf eine Anfrage nicht reagiert, aber ein Sprecher sagte zuvor, dass der Plan weiter gilt und das Geld in Schulen fließen soll.',
      'Mehrere Anwohner, die an der Sitzung teilnahmen, sagten, sie seien über den Zustand der Straßen und über die Kosten der neuen Bibliothek besorgt.',
    ],
    ru: [
      'Городской совет во вторник объявил, что голосование по новому бюджету переносится на следующий месяц, потому что несколько депутатов хотели больше времени на чтение доклада.',
      'В мэрии не ответили на запрос о комментарии, но представитель ранее сказал, что план остается в силе и деньги пойдут на школы и дороги.',
      'Несколько жителей, пришедших на заседание, сказали, что их беспокоит состояние дорог и стоимость новой библиотеки, которую хочет построить совет.',
    ],
    fr: [
      'Le conseil municipal a annoncé mardi que le vote sur le nouveau budget serait reporté au mois prochain, car plusieurs élus voulaient plus de temps pour lire le rapport.',
      'Le cabinet du maire n’a pas répondu à notre demande, mais un porte-parole avait indiqué plus tôt que le projet restait sur les rails et que l’argent irait aux écoles.',
      'Plusieurs habitants présents à la séance ont dit s’inquiéter de l’état des routes et du coût de la nouvelle bibliothèque que le conseil veut construire.',
    ],
  })[language];
const pageOf = (header: readonly string[], language: 'en' | 'de' | 'ru' | 'fr' = 'en'): string =>
  [...menu, 'Subscribe', ...header, ...body(language), 'About us', 'Contact', 'Privacy policy', '© 2023 Example Media'].join('\n\n');

describe('page headers', () => {
  it('takes the headline above its byline and dateline, never the caption or credit between them', () => {
    const article = parseArticle(
      pageOf(['Council delays the budget vote again', 'Foto: Max Muster/dpa', 'Von Anna Schmidt', '23.05.2023, 14:30 Uhr'], 'de'),
      { url: 'https://example.de/politik/council-delays-the-budget-vote-again' },
    );
    expect(article.title).toBe('Council delays the budget vote again');
    expect(article.authors.map((author) => author.name)).toEqual(['Anna Schmidt']);
    expect(article.publishedAt?.slice(0, 10)).toBe('2023-05-23');
  });

  it('reads a Russian dateline and byline and never takes the photo credit as author', () => {
    const article = parseArticle(pageOf(['Совет снова отложил голосование по бюджету', 'Фото: Иван Петров/«Вести»', 'Автор: Мария Иванова', '23 мая 2023 г.'], 'ru'));
    expect(article.title).toBe('Совет снова отложил голосование по бюджету');
    expect(article.authors.map((author) => author.name)).toEqual(['Мария Иванова']);
    expect(article.publishedAt?.slice(0, 10)).toBe('2023-05-23');
    expect(article.language).toBe('ru');
  });

  it('never takes a date line as the headline', () => {
    const article = parseArticle(pageOf(['Broken Promises at City Hall', 'March 9 2017 4:21 PM', 'By Jane Roe'], 'en'));
    expect(article.title).toBe('Broken Promises at City Hall');
    expect(article.authors.map((author) => author.name)).toEqual(['Jane Roe']);
  });

  it('reads a byline of names with an outlet, and a date before the names', () => {
    expect(parseArticle(pageOf(['Council delays the budget vote again', 'Jane Roe and John Doe', 'Tue 29 Nov 2016 15.26 EST'])).authors.map((a) => a.name)).toEqual(['Jane Roe', 'John Doe']);
    expect(parseArticle(pageOf(['Council delays the budget vote again', '18/03/2019 | Peter Lang'])).authors.map((a) => a.name)).toEqual(['Peter Lang']);
  });

  it('takes the headline, not the standfirst below it', () => {
    const article = parseArticle(
      pageOf(['The Council’s Long Wait', 'How a city council kept delaying a budget vote while its roads and schools waited for the money.', 'By Jane Roe', 'May 4, 2023']),
    );
    expect(article.title).toBe('The Council’s Long Wait');
  });

  it('leaves the title absent when no line is a headline, and keeps the lede in the body', () => {
    const text = body('fr').join('\n\n');
    const article = parseArticle(text);
    expect(article.title).toBeUndefined();
    expect(article.body.map((block) => block.text)).toEqual(body('fr'));
    expect(article.language).toBe('fr');
  });

  it('dates an article by its URL when the text prints no date', () => {
    const article = parseArticle(pageOf(['Council delays the budget vote again', 'By Jane Roe']), { url: 'https://example.com/2017/10/10/council-delays-vote' });
    expect(article.publishedAt?.slice(0, 10)).toBe('2017-10-10');
    expect(article.source.fields['publishedAt']).toBe('url:path date');
  });

  it('reads the site name from the copyright line, section from a breadcrumb and tags from a Tags line', () => {
    const article = parseArticle(pageOf(['Home › Politics › Council delays the budget vote again', 'Council delays the budget vote again', 'By Jane Roe', 'May 4, 2023', ...body('en'), 'Tags: Budget, City Council, Roads']));
    expect(article.siteName).toBe('Example Media');
    expect(article.section).toBe('Politics');
    expect(article.tags).toEqual(['Budget', 'City Council', 'Roads']);
  });

  it('reads a byline signed at the end of the article when the header has none', () => {
    const text = [...menu, 'Council delays the budget vote again', 'May 4, 2023', ...body('en'), 'Jane Roe / Daily Planet', 'About us', 'Contact'].join('\n\n');
    expect(parseArticle(text).authors.map((author) => author.name)).toEqual(['Jane Roe']);
  });
});
