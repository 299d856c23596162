import { describe, expect, it } from 'vitest';
import { parseArticle } from '../index';
import { findHeaderMarks } from './header-marks';
import { readPageLines } from './lines';

/**
 * Choosing the headline among the lines of a page's header: the kicker above it, a teaser below the first
 * paragraphs, a share box that prints it again, CJK menu labels. Lines written for these tests.
 */
const menu = ['Home', 'World', 'Politics', 'Business', 'Tech', 'Science', 'Sport', 'Culture', 'Opinion', 'Video'];
const paragraphs = [
  'The city council said on Tuesday that it would delay the vote on the new budget until next month, because several members wanted more time to read the report.',
  'The mayor’s office did not respond to a request for comment, but a spokesman said earlier that the plan was still on track and that the money would go to schools.',
  'Several residents who attended the meeting said they were worried about the state of the roads and about the cost of the new library that the council wants to build.',
  'Members of the finance committee are expected to meet again next week, and the council will publish the revised figures before the next public hearing takes place.',
];
const page = (header: readonly string[], after: readonly string[] = paragraphs): string =>
  [...menu, 'Subscribe', ...header, ...after, 'About us', 'Contact', 'Privacy policy', '© 2023 Example Media'].join('\n\n');

describe('headline choice in page text', () => {
  it('takes the headline under its kicker, not the kicker', () => {
    const header = ['City Hall', 'Council delays the budget vote for the third time', 'A long night of debate ended without a decision on the money for schools.', 'By Jane Roe', 'May 4, 2023'];
    // The kicker shares a word with the URL's slug; the section and date segments of the path are no slug.
    const article = parseArticle(page(header), { url: 'https://example.com/magazine/2023/05/hall-budget-departments-piece/' });
    expect(article.title).toBe('Council delays the budget vote for the third time');
  });

  it('reaches a headline over a long block of author panels, never an affiliation the panels print twice', () => {
    const places = ['Institute of Marine Biology, Riverton, OR, USA', 'Harbour University Hospital, Riverton, OR, USA'];
    const names = ['Jane Roe', 'John Doe', 'Mary Major', 'Richard Miles', 'Ann Lee', 'Tom Wood', 'Eva Stone', 'Paul Kim', 'Rosa Diaz', 'Sam Hill', 'Lena Berg', 'Omar Khan', 'Ida Holm', 'Max Frey', 'Nina Vos'];
    const panels = names.flatMap((name, at) => [name, places[at % 7 === 3 ? 1 : 0] ?? '', 'Find this author on Scholar', 'Find this author on PubMed', 'Search for this author on this site']);
    const header = ['Sleep patterns of coastal seabirds over one winter', names.join(', '), ...panels, 'Abstract'];
    const article = parseArticle(page(header));
    expect(article.title).toBe('Sleep patterns of coastal seabirds over one winter');
  });

  it('takes a headline set in capitals that the page prints again in its own case', () => {
    const header = ['Riverton Harbour Trust, Riverton, OR, USA', 'SLEEP PATTERNS OF COASTAL SEABIRDS OVER ONE WINTER', 'Jane Roe, John Doe', 'Riverton Harbour Trust, Riverton, OR, USA, Harbour University Hospital, Riverton, OR, USA'];
    const after = [...paragraphs, 'Cite this article', 'Sleep patterns of coastal seabirds over one winter', 'Jane Roe, John Doe'];
    const article = parseArticle(page(header, after));
    expect(article.title?.toLowerCase()).toBe('sleep patterns of coastal seabirds over one winter');
  });

  it('never takes a teaser below the first paragraphs, even when it spells the URL slug', () => {
    const header = ['Residents wait for answers as the council stalls', 'By Jane Roe', 'May 4, 2023'];
    const after = [...paragraphs.slice(0, 2), 'Council delays budget vote again', 'Read more', ...paragraphs.slice(2)];
    const article = parseArticle(page(header, after), { url: 'https://example.com/city/2023/may/04/council-delays-budget-vote-again' });
    expect(article.title).toBe('Residents wait for answers as the council stalls');
    expect(article.body[0]?.text).toBe(paragraphs[0]);
  });

  it('never cuts a dateline off its lede at the dash: the paragraph stays whole in the body', () => {
    const lede = 'RIVERTON, Ore. (Wire) — The city council said on Tuesday that it would delay the vote on the new budget until next month, because several members wanted more time.';
    const article = parseArticle(['Council delays the budget vote again.', lede, ...paragraphs.slice(1)].join('\n\n'));
    expect(article.title).toBe('Council delays the budget vote again.');
    expect(article.body[0]?.text).toBe(lede);
    expect(article.body).toHaveLength(4);
  });

  it.each([
    'Council and mayor are not fighting over the budget — Yet.',
    'Council just revealed its plan for the roads – It Might Surprise You.',
    'Why the budget might still pass - with the help of a lame-duck council.',
  ])('keeps a title whose dash leaves a sentence, not a site name, whole: %s', (title) => {
    const article = parseArticle([title, ...paragraphs].join('\n\n'));
    expect(article.title).toBe(title);
    expect(article.body).toHaveLength(4);
  });

  it('keeps a post signed with its date that it takes the date from in the leftovers', () => {
    const post = '<post author="@roe">The council should not delay the vote again, the roads cannot wait another winter for the money. — Jane Roe (@roe) May 4, 2023</post>';
    const article = parseArticle(['Council delays the budget vote again', post, ...paragraphs].join('\n\n'));
    expect(article.publishedAt).toBe('2023-05-04T00:00:00.000Z');
    expect([...article.body.map((block) => block.text), ...article.leftovers].some((text) => text.includes('another winter'))).toBe(true);
  });

  it('prefers the headline a share box prints again over the line under it', () => {
    const header = ['Council declared war on the city’s potholes', '12 comments', 'The roads are in a worse state than ever', 'By Jane Roe May 4, 2023, 10:00am EST', 'Share this on Facebook', 'Share this on Twitter', 'Share All sharing options for: Council declared war on the city’s potholes'];
    expect(parseArticle(page(header)).title).toBe('Council declared war on the city’s potholes');
  });

  it('marks a name alone over a dateline as a byline, never a headline', () => {
    const lines = readPageLines(['Council delays the budget vote again', 'Jane Roe', '9/11/13 10:00AM', 'City Hall News'].join('\n'));
    const marks = findHeaderMarks(lines, new Set(), 'en');
    expect([...marks.bylines]).toEqual([1]);
    expect([...marks.datelines]).toEqual([2]);
  });

  it('never takes a newsletter box or a filed-under label as the headline', () => {
    const header = ['Council delays the budget vote for the third time', 'You may also like', 'Parks reopen after the storm', 'Subscribe To Our Newsletter', 'Your guide to the city delivered to your inbox daily.', 'Filed to: city hall', 'Jane Roe', '9/11/13 10:00AM'];
    const title = parseArticle(page(header)).title;
    expect(title).not.toBe('Subscribe To Our Newsletter');
    expect(title).not.toBe('Filed to: city hall');
  });

  it('takes a Japanese headline of the usual length over a short menu label', () => {
    const japanese = [
      '市議会は火曜日、新しい予算案の採決を来月まで延期すると発表した。複数の議員が報告書を読む時間を求めたためだという。',
      '市長室はコメントの求めに応じなかったが、広報担当者は計画は予定通りで、資金は学校に充てられると述べた。',
      '会合に出席した住民の多くは、道路の状態や、議会が建設を計画している新しい図書館の費用について懸念を示した。',
    ];
    const text = ['ホーム', 'ニュース', 'ポッドキャスト', '市議会、予算案の採決を再び延期へ', '2023年5月4日 10時00分', ...japanese, '会社概要', 'お問い合わせ'].join('\n\n');
    expect(parseArticle(text).title).toBe('市議会、予算案の採決を再び延期へ');
  });

  it('never takes a section and byline line (`Politik · NAME, NAME`) over the headline', () => {
    const article = parseArticle(page(['Politik · Anna Schmidt, Jonas Weber', 'Was heißt Sparen für Sie, Frau Bürgermeisterin?']));
    expect(article.title).toBe('Was heißt Sparen für Sie, Frau Bürgermeisterin?');
    expect(article.authors.map((author) => author.name)).toEqual(['Anna Schmidt', 'Jonas Weber']);
  });

  it('takes a two-word headline between its dateline and its byline over a sticky title bar', () => {
    const bar = 'Council Delays the Budget Vote for the Third Time This Year';
    const header = [bar, bar, 'Sign In', 'Sign Up', 'Politics', 'Who’s winning, who’s losing, and why.', 'March 9 2017 4:21 PM', 'Broken Promise', 'The council’s pledge to vote on the budget this spring has officially proved to be empty.', 'By Jane Roe'];
    expect(parseArticle(page(header)).title).toBe('Broken Promise');
  });

  it('takes the display headline above the standfirst and byline, not a second title under the byline', () => {
    const header = ['The Long Night at City Hall', 'How the council spent a whole night on the budget and still did not vote on it.', 'By Jane Roe', 'Council members. Photo: John Doe/Example', 'politics May 4, 2023', 'How the Council Failed to Vote on the Budget'];
    const article = parseArticle(page(header), { url: 'https://example.com/2023/05/how-the-council-failed-to-vote-on-the-budget.html' });
    expect(article.title).toBe('The Long Night at City Hall');
  });

  it('keeps a title under its byline when nothing titles the byline (byline and date over the headline)', () => {
    const header = ['Jane Roe', 'Politics', '2023.05.04', 'Council delays the budget vote for the third time'];
    expect(parseArticle(page(header)).title).toBe('Council delays the budget vote for the third time');
  });

  it('never takes a teaser printed twice in a row (a picture and its link) over the headline', () => {
    const teaser = 'Parks reopen after the storm: what the city will do next';
    const header = [teaser, teaser, 'Council delays the budget vote for the third time', 'A long night of debate ended without a decision on the money for schools.', 'Author:', 'Jane Roe'];
    expect(parseArticle(page(header)).title).toBe('Council delays the budget vote for the third time');
  });

  it('never takes a skip link or a breaking-news sentence with its source as the headline', () => {
    const japanese = [
      '市議会は火曜日、新しい予算案の採決を来月まで延期すると発表した。複数の議員が報告書を読む時間を求めたためだという。',
      '市長室はコメントの求めに応じなかったが、広報担当者は計画は予定通りで、資金は学校に充てられると述べた。',
      '会合に出席した住民の多くは、道路の状態や、議会が建設を計画している新しい図書館の費用について懸念を示した。',
    ];
    const ticker = '速報詳細へ2時14分頃、北海道で最大震度4の地震がありました。（気象庁発表）';
    const text = ['本文へスキップ', 'ホーム', 'ニュース', ticker, '朝日新聞', '記事', '市議会、予算案の採決を再び延期へ', '2023年5月4日 10時00分', ...japanese, '会社概要'].join('\n\n');
    expect(parseArticle(text).title).toBe('市議会、予算案の採決を再び延期へ');
    expect(parseArticle(['Skip to main content', 'Home', ...paragraphs].join('\n\n')).title).toBeUndefined();
    const shared = parseArticle(page(['Share on LinkedIn', 'Print Article', 'Council delays the budget vote for the third time', 'By Jane Roe']));
    expect(shared.title).toBe('Council delays the budget vote for the third time');
  });

  it('takes a diary entry’s decorated CJK heading under its date, not the visit counter above the date', () => {
    const japanese = [
      '市議会は火曜日、新しい予算案の採決を来月まで延期すると発表した。複数の議員が報告書を読む時間を求めたためだという。',
      '市長室はコメントの求めに応じなかったが、広報担当者は計画は予定通りで、資金は学校に充てられると述べた。',
      '会合に出席した住民の多くは、道路の状態や、議会が建設を計画している新しい図書館の費用について懸念を示した。',
    ];
    const text = ['山田の日記', '目次 はじめに', '訪問者数 本日: 80 昨日: 1088', '2019年02月11日', '■ 市議会、予算案の採決を再び延期へ', ...japanese].join('\n\n');
    expect(parseArticle(text).title).toBe('市議会、予算案の採決を再び延期へ');
  });

  it.each([
    ['en', ['Council delays the budget vote for the third time', 'Save this record', 'Record Identifier: CITY-2023-0042', 'Status: Approved', 'First Posted: May 4, 2023', 'Last Update Posted: May 9, 2023', 'Sponsor:', 'Riverton City Planning Department', 'Collaborators:', 'Riverton Parks Board', 'Information provided by (Responsible Party):', 'Riverton City Planning Department', 'Record Details', 'Summary:']],
    ['de', ['Stadtrat verschiebt die Abstimmung über den Haushalt erneut', 'Aktenzeichen: STADT-2023-0042', 'Stand: Beschlossen', 'Eingestellt am: 04.05.2023', 'Auftraggeber:', 'Stadtverwaltung Riverton Planungsamt', 'Beteiligt:', 'Riverton Parkverwaltung', 'Angaben von (Verantwortliche Stelle):', 'Stadtverwaltung Riverton Planungsamt', 'Einzelheiten', 'Zusammenfassung:']],
  ])('never takes the value under a label or a row of a label table as the headline (%s)', (_language, header) => {
    expect(parseArticle(page(header)).title).toBe(header[0]);
  });

  it('never takes the title of a video over the article’s headline above the player', () => {
    const header = ['Council delays the budget vote for the third time', 'Share', 'Read in app', 'Video', 'transcript', 'Back', '0:00/2:33', '-0:00', 'transcript', 'Wins and losses: a year of budget fights at City Hall', 'By Jane Roe', 'May 4, 2023'];
    expect(parseArticle(page(header)).title).toBe('Council delays the budget vote for the third time');
  });

  it('joins a Japanese headline set on several lines (title, quoted slogan, `～subtitle～`), and joins no quoted headline to the line above', () => {
    const japanese = [
      '市議会は火曜日、新しい予算案の採決を来月まで延期すると発表した。複数の議員が報告書を読む時間を求めたためだという。',
      '市長室はコメントの求めに応じなかったが、広報担当者は計画は予定通りで、資金は学校に充てられると述べた。',
      '会合に出席した住民の多くは、道路の状態や、議会が建設を計画している新しい図書館の費用について懸念を示した。',
    ];
    const stacked = ['ホーム', 'イベント情報', '市民フォーラム2023', '「道路と図書館」の予算', '～延期から採決へ～', ...japanese, '会社概要'].join('\n\n');
    const article = parseArticle(stacked);
    expect(article.title).toBe('市民フォーラム2023 「道路と図書館」の予算 ～延期から採決へ～');
    expect(article.leftovers).not.toContain('「道路と図書館」の予算');
    const quoted = ['ホーム', 'ニュース', 'きょうの市政ニュース', '「道路と図書館」の予算、採決を再び延期へ', '2023年5月4日 10時00分', ...japanese, '会社概要'].join('\n\n');
    expect(parseArticle(quoted).title).toBe('「道路と図書館」の予算、採決を再び延期へ');
  });

  /** A paragraph cut into rows of one width, no blank line between them (a `<pre>` or `<br>`-wrapped text). */
  const rows = (text: string, width: number): string => Array.from({ length: Math.ceil(text.length / width) }, (_, row) => text.slice(row * width, (row + 1) * width)).join('\n');

  it.each([
    ['ja', '市議会、予算案の採決を再び延期へ', '市議会は火曜日、新しい予算案の採決を来月まで延期すると発表した。複数の議員が報告書を読む時間を求めたためで、市長室は計画は予定通りだと述べた。会合に出席した住民の多くは、道路の状態や新しい図書館の費用について懸念を示した。'],
    ['zh', '市议会再次推迟预算案表决', '市议会周二宣布，将新预算案的表决推迟到下个月。几位议员表示需要更多时间阅读报告，市长办公室则表示计划仍按期进行。出席会议的居民对道路状况和新图书馆的费用表示担忧。'],
  ])('never takes a row of a CJK paragraph wrapped at a fixed width for the headline (%s)', (_language, headline, paragraph) => {
    const more = ['会合は夜まで続き、議員たちは図書館の費用と道路の補修について長い議論を交わした。結論は来月に持ち越された。', '市は来週、修正した数字を公表し、次の公聴会の前に住民への説明会を開く予定だという。'];
    const text = ['ホーム', 'ニュース', '政治', headline, rows(paragraph, 34), ...more, '会社概要'].join('\n\n');
    expect(parseArticle(text).title).toBe(headline);
  });

  it('never takes a row of an English paragraph wrapped by hand for the headline', () => {
    const wrapped = [
      'The city council said on Tuesday that it would delay the vote on',
      'the new budget until next month. Several members wanted to have',
      'more time to read the report, and the mayor’s office did not say',
      'when the vote would take place.',
    ].join('\n');
    const article = parseArticle(page(['Council delays the budget vote for the third time', wrapped], paragraphs.slice(1)));
    expect(article.title).toBe('Council delays the budget vote for the third time');
    const overByline = parseArticle(page(['Council delays the budget vote for the third time\nby Jane Roe and John Doe. Updated May 4, 2023']));
    expect(overByline.title).toBe('Council delays the budget vote for the third time');
    const overCaption = parseArticle(page(['Council delays the budget vote over the missing audit again\nThe mayor at the hearing on Tuesday. Photograph: Jane Roe']));
    expect(overCaption.title).toBe('Council delays the budget vote over the missing audit again');
  });

  it('keeps a CJK headline over a subtitle of its width: neither is prose', () => {
    const headline = '市民フォーラム2023 道路と図書館の予算をめぐり住民と議員が語り合う夕べ';
    const subtitle = '延期から採決へ、市の財政を考える 会場とオンラインで同時に開催される催し';
    const lede = '市議会は火曜日、新しい予算案の採決を来月まで延期すると発表した。複数の議員が報告書を読む時間を求めたためだという。';
    const text = ['ホーム', 'イベント情報', [headline, subtitle, lede].join('\n'), '会合に出席した住民の多くは、道路の状態や、議会が建設を計画している新しい図書館の費用について懸念を示した。', '会社概要'].join('\n\n');
    expect(parseArticle(text).title).toBe(headline);
  });
});
