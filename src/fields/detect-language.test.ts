import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect-language';

/** One paragraph per language, written for this test (a council delays a budget vote). */
const PARAGRAPHS: Readonly<Record<string, string>> = {
  en: "The city council said on Tuesday that it would delay the vote on the new budget until next month, because several members wanted more time to read the report. The mayor's office did not respond to a request for comment, but a spokesman said earlier that the plan was still on track and that the money would be spent on schools and roads.",
  fr: "Le conseil municipal a annoncé mardi que le vote sur le nouveau budget serait reporté au mois prochain, car plusieurs élus voulaient plus de temps pour lire le rapport. Le cabinet du maire n'a pas répondu à notre demande, mais un porte-parole avait indiqué plus tôt que le projet restait sur les rails et que l'argent irait aux écoles et aux routes.",
  de: "Der Stadtrat hat am Dienstag mitgeteilt, dass die Abstimmung über den neuen Haushalt auf den nächsten Monat verschoben wird, weil mehrere Mitglieder mehr Zeit für den Bericht wollten. Das Büro des Bürgermeisters hat auf eine Anfrage nicht reagiert, aber ein Sprecher sagte zuvor, dass der Plan weiter gilt und das Geld in Schulen und Straßen fließen soll.",
  es: "El ayuntamiento anunció el martes que la votación del nuevo presupuesto se aplazará hasta el mes que viene, porque varios concejales querían más tiempo para leer el informe. La oficina del alcalde no respondió a una petición de comentarios, pero un portavoz dijo antes que el plan seguía adelante y que el dinero se destinaría a escuelas y carreteras.",
  pt: "A câmara municipal anunciou na terça-feira que a votação do novo orçamento será adiada para o próximo mês, porque vários vereadores queriam mais tempo para ler o relatório. O gabinete do presidente não respondeu a um pedido de comentário, mas um porta-voz disse antes que o plano continuava de pé e que o dinheiro iria para as escolas e as estradas.",
  it: "Il consiglio comunale ha annunciato martedì che il voto sul nuovo bilancio sarà rinviato al mese prossimo, perché diversi consiglieri volevano più tempo per leggere la relazione. L'ufficio del sindaco non ha risposto a una richiesta di commento, ma un portavoce aveva detto in precedenza che il piano era ancora in corso e che i soldi sarebbero andati alle scuole e alle strade.",
  nl: "De gemeenteraad heeft dinsdag laten weten dat de stemming over de nieuwe begroting wordt uitgesteld tot volgende maand, omdat meerdere leden meer tijd wilden om het rapport te lezen. Het kantoor van de burgemeester reageerde niet op een verzoek om commentaar, maar een woordvoerder zei eerder dat het plan nog steeds doorgaat en dat het geld naar scholen en wegen gaat.",
  cs: "Městská rada v úterý oznámila, že hlasování o novém rozpočtu se odkládá na příští měsíc, protože několik členů chtělo více času na přečtení zprávy. Kancelář starosty na žádost o vyjádření nereagovala, ale mluvčí už dříve řekl, že plán stále platí a že peníze půjdou do škol a na opravy silnic, jak bylo slíbeno.",
  pl: "Rada miasta poinformowała we wtorek, że głosowanie nad nowym budżetem zostanie przełożone na przyszły miesiąc, ponieważ kilku radnych chciało mieć więcej czasu na przeczytanie raportu. Biuro burmistrza nie odpowiedziało na prośbę o komentarz, ale rzecznik powiedział wcześniej, że plan jest nadal aktualny i że pieniądze trafią do szkół i na drogi.",
  sv: "Kommunfullmäktige meddelade på tisdagen att omröstningen om den nya budgeten skjuts upp till nästa månad, eftersom flera ledamöter ville ha mer tid att läsa rapporten. Borgmästarens kontor svarade inte på en begäran om kommentar, men en talesperson sa tidigare att planen fortfarande gäller och att pengarna ska gå till skolor och vägar.",
  da: "Byrådet meddelte tirsdag, at afstemningen om det nye budget bliver udskudt til næste måned, fordi flere medlemmer ønskede mere tid til at læse rapporten. Borgmesterens kontor har ikke svaret på en henvendelse, men en talsperson sagde tidligere, at planen stadig holder, og at pengene skal gå til skoler og veje i hele kommunen.",
  ro: "Consiliul local a anunțat marți că votul pentru noul buget va fi amânat până luna viitoare, pentru că mai mulți consilieri au vrut mai mult timp să citească raportul. Biroul primarului nu a răspuns la o cerere de comentariu, dar un purtător de cuvânt a spus mai devreme că planul este încă în vigoare și că banii vor merge la școli și drumuri.",
  tr: "Belediye meclisi salı günü yaptığı açıklamada, yeni bütçe oylamasının gelecek aya ertelendiğini bildirdi, çünkü birçok üye raporu okumak için daha fazla zaman istedi. Belediye başkanlığı yorum talebine yanıt vermedi, ama bir sözcü daha önce planın hâlâ geçerli olduğunu ve paranın okullar ile yollar için harcanacağını söyledi.",
  id: "Dewan kota mengumumkan pada hari Selasa bahwa pemungutan suara untuk anggaran baru akan ditunda sampai bulan depan, karena beberapa anggota ingin lebih banyak waktu untuk membaca laporan itu. Kantor wali kota tidak menanggapi permintaan komentar, tetapi seorang juru bicara mengatakan sebelumnya bahwa rencana itu masih berjalan dan dana akan digunakan untuk sekolah dan jalan.",
};

/** Short texts in scripts that name their language. */
const SCRIPTS: readonly (readonly [string, string])[] = [
  ['Городской совет во вторник объявил, что голосование по новому бюджету переносится на следующий месяц.', 'ru'],
  ['市議会は火曜日、新しい予算の採決を来月に延期すると発表した。', 'ja'],
  ['市议会周二宣布，新预算的表决将推迟到下个月。', 'zh'],
  ['시의회는 화요일 새 예산 표결을 다음 달로 연기한다고 발표했다.', 'ko'],
];

describe('detectLanguage on short texts', () => {
  it.each(Object.entries(PARAGRAPHS))('any run of 20 or more words of the %s paragraph is detected as it', (code, paragraph) => {
    const words = paragraph.split(/\s+/u);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: words.length - 20 }), fc.integer({ min: 20, max: 40 }), (start, length) => {
        expect(detectLanguage(words.slice(start, start + length).join(' '))).toBe(code);
      }),
      { numRuns: 200, seed: 13 },
    );
  });

  it.each(SCRIPTS)('%s is told by its script', (text, code) => {
    expect(detectLanguage(text)).toBe(code);
  });

  it('does not read English possessives and articles as Czech', () => {
    expect(detectLanguage("Trump's team says it's a plan to cut taxes, but critics say it's a gift to the rich and won't help.")).toBe('en');
  });

  it('reads French whose only shared words are `de` and `a`', () => {
    expect(detectLanguage("Le gouvernement a annoncé jeudi une réforme qui sera votée en juin, selon le ministre, malgré l'opposition.")).toBe('fr');
  });
});
