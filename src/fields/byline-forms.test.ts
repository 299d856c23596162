import { describe, expect, it } from 'vitest';
import { isCreditLine, isRoleLine, namesOnMarkerLine, readBylineLine } from './byline-forms';

describe('readBylineLine: byline forms', () => {
  it.each([
    // Marker words, per language
    ['By Jane Roe', ['Jane Roe']],
    ['Par Claire Dubois et Marc Petit', ['Claire Dubois', 'Marc Petit']],
    ['Von Anna Schmidt', ['Anna Schmidt']],
    ['Por Lucía Gómez y Pedro Ruiz', ['Lucía Gómez', 'Pedro Ruiz']],
    ['Di Marco Bianchi', ['Marco Bianchi']],
    ['Автор: Иван Петров', ['Иван Петров']],
    ['Text: Julia Weber', ['Julia Weber']],
    ['投稿者 Kenji Sato', ['Kenji Sato']],
    ['作者：山田太郎', ['山田太郎']],
    // A marker inside the line, after a date or a separator
    ['Le Monde | 04.05.2015 | Par Claire Dubois', ['Claire Dubois']],
    ['Posted on 2019年4月13日 by jdoe', ['jdoe']],
    ['By.KJ : 2019年04月04日 09:00', ['KJ']],
    ['By AP', ['AP']],
    ['Le Monde | 04.05.2015 à 13h36 | Par Martin Untersinger', ['Martin Untersinger']],
    ['on March 10, 2015 by Nikhil Marathe', ['Nikhil Marathe']],
    ['2019年3月2日09:18 by 鈴木 | カテゴリー 社会', ['鈴木']],
    // Names without a marker: with an outlet, a role, a date or a section
    ['Jane Roe | Daily Planet', ['Jane Roe']],
    ['Jane Roe / Daily Planet', ['Jane Roe']],
    ['Jane Roe, DailyPlanet.com', ['Jane Roe']],
    ['Jane Roe,PLANET', ['Jane Roe']],
    ['Jane Roe and John Doe', ['Jane Roe', 'John Doe']],
    ['Sam Doe Senior Politics Editor, The Daily Planet', ['Sam Doe']],
    ['18/03/2019 | Peter Lang', ['Peter Lang']],
    ['Politik · Eva Berg, Tom Kranz', ['Eva Berg', 'Tom Kranz']],
    ['[田中一郎，Example News]', ['田中一郎']],
    ['山田太郎2019年04月13日 09時00分', ['山田太郎']],
    // A text browser's picture before the name, a link written out beside it
    ['[a1b2c3d4-e] Jane Roe • 8h', ['Jane Roe']],
    ['ByJane Roe', ['Jane Roe']],
    [`By.KJ : 2019年04月04日 09:00 購読 ${'http://reader.example.com/subscribe///blog.example.org/blog/feed '.repeat(4)}`, ['KJ']],
    ['Le Monde | 04.05.2015 | Par Claire Dubois (avec Marc Petit et Léa Martin)', ['Claire Dubois', 'Marc Petit', 'Léa Martin']],
    ['(Jane Roe)', ['Jane Roe']],
    ['Byron Kane', ['Byron Kane']],
    ['Jane Roe http://twitter.com/janeroe Senior Politics Editor, The Daily Planet', ['Jane Roe']],
    // Newsrooms after a marker, in several languages
    ['By The Daily Planet', ['The Daily Planet']],
    ['Par La Rédaction | 04.05.2015', ['La Rédaction']],
    ['Autor: Redaktion', ['Redaktion']],
  ])('%s', (line, names) => {
    expect(readBylineLine(line)?.names).toEqual(names);
  });

  it('never reads a label that ends with a colon as a name', () => {
    expect(readBylineLine('Aktuelle Seite:')).toBeUndefined();
    expect(readBylineLine('Related Stories:')).toBeUndefined();
    expect(readBylineLine('By:')?.onNextLine).toBe(true);
  });

  it('reads a handle after a marker even though the page writes it in lower case', () => {
    expect(readBylineLine('Posted on 2019年4月13日 by jdoe', new Set(['jdoe', 'posted']))?.names).toEqual(['jdoe']);
  });

  it('reads an editor as such, never as a plain byline', () => {
    expect(readBylineLine('Edited by Jane Roe')).toEqual({ names: ['Jane Roe'], form: 'marker', editor: true });
    expect(readBylineLine('All IndiaEdited by Jane Roe (with inputs from Agencies)Updated: April 07, 2020 03:49 pm IST')?.names).toEqual(['Jane Roe']);
    expect(readBylineLine('Editado por Lucía Gómez')?.editor).toBe(true);
  });

  it('knows a line that is only a role', () => {
    expect(isRoleLine('Games Editor')).toBe(true);
    expect(isRoleLine('Senior Reporter, Politics')).toBe(true);
    expect(isRoleLine('Politics')).toBe(false);
    expect(isRoleLine('The editor said on Monday that the plan was late.')).toBe(false);
  });

  it('tells a marker from a bare line of names', () => {
    expect(readBylineLine('By Jane Roe')?.form).toBe('marker');
    expect(readBylineLine('Jane Roe | Daily Planet')?.form).toBe('bare');
  });

  it('reads a marker alone on its line as naming the next line', () => {
    expect(readBylineLine('By')).toEqual({ names: [], form: 'marker', onNextLine: true });
    expect(readBylineLine('Author:')?.onNextLine).toBe(true);
    expect(readBylineLine('作者：')?.onNextLine).toBe(true);
    expect(namesOnMarkerLine('Jane Roe')).toEqual(['Jane Roe']);
    expect(namesOnMarkerLine('山田太郎')).toEqual(['山田太郎']);
  });

  it.each([
    'Foto: Max Muster',
    'Фото: Иван Петров/«Коммерсантъ»',
    'Photo: Jane Roe',
    'Getty Images',
    'Jane Roe, at the lab in Barcelona | photo by John Doe',
    'Reviewed by Hansa D. Bhargava, MD',
    'Photo by Ricardo Gomez Angel',
    'Ending a siege by gunmen.',
    'Sony’s new headset, reviewed.',
    'Nothing to see here',
  ])('no byline in %j', (line) => {
    expect(readBylineLine(line)).toBeUndefined();
  });

  it('knows credit lines in several languages', () => {
    expect(isCreditLine('Foto: dpa')).toBe(true);
    expect(isCreditLine('Фото: РИА Новости')).toBe(true);
    expect(isCreditLine('写真：共同通信')).toBe(true);
    expect(isCreditLine('Crédit : AFP')).toBe(true);
    expect(isCreditLine('By Jane Roe')).toBe(false);
    expect(isCreditLine('By The Daily Planet | Source: Office of Statistics')).toBe(true);
    expect(isCreditLine('Von Redaktion · Quelle: dpa')).toBe(true);
  });
});

describe('readBylineLine: a Chinese or Japanese byline label inside a line', () => {
  it.each([
    ['新华社北京4月13日电 记者 王小明', ['王小明']],
    ['2019-04-13 文／王小明', ['王小明']],
    ['文／王小明', ['王小明']],
    ['撰文：李四 摄影：王五', ['李四']],
    ['来源：新华网 作者：张三 2019-04-13 10:00', ['张三']],
    ['发布时间：2019-04-13 记者：王小明 编辑：李四', ['王小明']],
    ['（记者 王小明 李明）', ['王小明', '李明']],
    ['2019年4月13日 記者：山田太郎', ['山田太郎']],
    ['著者 山田花子 イラスト 佐藤一郎', ['山田花子']],
  ])('%s → %j', (line, names) => {
    expect(readBylineLine(line)).toEqual({ names, form: 'marker' });
  });

  it.each(['图片来源：视觉中国', '摄影：张三', '2019-04-13 摄影：张三', '本报记者王小明报道', '摄影记者 张三', '他对记者说，这是真的。'])('no author in %s', (line) => {
    expect(readBylineLine(line)).toBeUndefined();
  });

  it('keeps picture credits credits, unless the line also names its writer', () => {
    expect(isCreditLine('图片来源：视觉中国')).toBe(true);
    expect(isCreditLine('摄影：张三')).toBe(true);
    expect(isCreditLine('来源：新华网 作者：张三')).toBe(false);
  });
});
