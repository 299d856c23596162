import { parseArticle } from './src/index';
const menu = ['Home', 'News', 'Sport', 'Weather', 'Travel', 'Business', 'Contact'];
const paragraph = (n: number): string => `Paragraph ${n} of the report says what the council decided on Tuesday, and why the vote took so long to reach.`;
// live blog: timed entries, each heading followed by 40+ words
const entry = (n: number): string => `Crews worked through the night on section ${n} of the coast road, where the storm had brought down trees and power lines. The police asked drivers to stay at home, and the ferries stayed in port until the wind dropped below the limit the harbour sets for sailing.`;
const blog = [18, 17, 16, 15, 14].flatMap((hour) => [`${hour}:05 Crews reach the coast road at section ${hour}`, entry(hour)]);
const live = [...menu, 'Storm live: the coast road stays closed', 'By Jane Roe', ...blog, 'About us', 'Contact us', '© 2023 Example Media'].join('\n');
const a = parseArticle(live);
console.log(a.title, a.body.length, a.body.map(b=>b.text.slice(0,40)));
console.log('leftovers', a.leftovers);
const headlines = [9, 8, 7, 6, 5, 4].map((hour) => `${hour}:15 Storm closes the coast road for the night in district ${hour}`);
const short = [...menu, 'Council approves the budget after a long vote', 'By Jane Roe', paragraph(1), paragraph(2), ...headlines, 'About us'].join('\n');
const b = parseArticle(short);
console.log(b.title, b.body.map(x=>x.text.slice(0,40)));
console.log('leftovers', b.leftovers);
// wrapped w3m style live blog
const wrap = (t: string): string[] => { const w = t.split(' '); const out: string[] = []; for (let i = 0; i < w.length; i += 12) out.push(w.slice(i, i + 12).join(' ')); return out; };
const blogW = [18, 17, 16, 15, 14].flatMap((hour) => [`${hour}:05 Crews reach the coast road at section ${hour}`, '', ...wrap(entry(hour)), '']);
const c = parseArticle([...menu, 'Storm live: the coast road stays closed', 'By Jane Roe', '', ...blogW, 'About us', 'Contact us', '© 2023 Example Media'].join('\n'));
console.log('wrapped', c.body.length, c.body.map(b=>b.text.slice(0,30)), c.leftovers);
const short2 = [...menu, 'Council approves the budget after a long vote', 'By Jane Roe', paragraph(1), paragraph(2), paragraph(3), ...[9, 8, 7, 6, 5, 4].map((hour) => `${hour}:15 Storm closes the coast road for the night in district ${hour} as the river rises`), 'About us'].join('\n');
console.log('short2', parseArticle(short2).body.map(x=>x.text.slice(0,30)));
