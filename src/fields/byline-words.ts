/**
 * The words bylines and picture credits are made of, one entry per language, and the pieces of regular expressions
 * built from them. Every byline pattern (`fields/byline.ts`, `fields/byline-forms.ts`) is built from this table, so
 * adding a language is one entry here.
 * @module
 */

/** The byline and credit words of one language: lower case, `|` between the words of each list. */
export interface BylineWords {
  /** Words that open a byline (`By`, `Par`, `Автор:`, `投稿者`); a colon after them is optional. */
  readonly by: string;
  /** Those that also credit a capitalised name inside a line, after a date or separator (`… | Par NAME`). */
  readonly byInside?: string;
  /** Words that join two names (`NAME and NAME`, `NAME et NAME`). */
  readonly and?: string;
  /** Words after the names where a date or a reading note begins (`on`, `updated`, `il y a`, `vor`). */
  readonly dateLead?: string;
  /** Starts of role words after a name (`Senior …`, `Rédactrice …`): the name ends before them. */
  readonly roles?: string;
  /** Words that credit an editor (`Edited by`): an author only when the page credits no one else. */
  readonly editedBy?: string;
  /** Words that open a picture or video credit (`Photo:`, `Foto:`, `Фото:`): no author follows. */
  readonly credit?: string;
  /** The language's word for a photograph: `photo by NAME` or `Foto: NAME` anywhere in a line is a credit. */
  readonly photo?: string;
  /** Starts of words before an inner byline word that credit someone else (`Edited by`, `Foto von`). */
  readonly creditVerbs?: string;
  /** Words that open co-authors in brackets after a name (`NAME (avec NAME et NAME)`, `NAME (with NAME)`). */
  readonly with?: string;
  /**
   * Words that make a capitalised phrase after a byline word a newsroom, an agency or a desk, credited as the author
   * (`By The New York Times`, `By Staff`, `Par La Rédaction`, `Von Redaktion`).
   */
  readonly newsroom?: string;
}

/** Byline and credit words per language. */
export const BYLINE_WORDS: Readonly<Record<string, BylineWords>> = {
  en: {
    by: 'by|written by|story by|words by|reported by|reporting by|text by|posted by|published by|author|authors|reporter',
    byInside: 'by',
    and: 'and',
    editedBy: 'edited by',
    dateLead: 'on|updated|published|posted|last|min read',
    roles:
      'senior|chief|staff|deputy|contributing|associate|assistant|executive|managing|special|political|foreign|national|' +
      'editor|writer|reporter|correspondent|columnist|contributor|producer|analyst|journalist',
    credit: 'photo|photos|photograph|photography|picture|image|images|illustration|video|credit|source|edited by|reviewed by',
    photo: 'photo|photograph',
    creditVerbs: 'review|edit|photo|illustrat|graphic|video|image',
    with: 'with',
    newsroom:
      'news|press|times|post|journal|agency|wire|service|herald|tribune|gazette|telegraph|magazine|daily|weekly|' +
      'staff|desk|newsroom|bureau|network|radio|television|broadcasting|editors|correspondents|reporters|team|board',
  },
  fr: {
    by: 'par|texte|auteur|autrice',
    byInside: 'par',
    editedBy: 'édité par',
    and: 'et',
    dateLead: 'le|il y a',
    roles: 'rédact',
    credit: 'photo|crédit|crédits|illustration|image|source',
    with: 'avec',
    newsroom: 'rédaction|presse|agence|journal',
  },
  de: {
    by: 'von|text|autor|autorin|autoren',
    byInside: 'von',
    and: 'und',
    editedBy: 'redigiert von|bearbeitet von',
    dateLead: 'am|vor',
    roles: 'redakteur',
    credit: 'foto|fotos|bild|bilder|grafik|quelle|illustration',
    photo: 'foto',
    creditVerbs: 'foto|bild',
    with: 'mit',
    newsroom: 'redaktion|nachrichten|agentur|zeitung|presse',
  },
  es: {
    by: 'por|texto|autor|autora|autores',
    byInside: 'por',
    editedBy: 'editado por',
    and: 'y|e',
    dateLead: 'hace',
    roles: 'corresponsal',
    credit: 'foto|fotografía|imagen|fuente|ilustración',
    with: 'con',
    newsroom: 'redacción|agencia|noticias|prensa|diario',
  },
  pt: {
    by: 'por|texto|autor|autora|autores',
    byInside: 'por',
    editedBy: 'editado por',
    and: 'e',
    dateLead: 'há',
    credit: 'foto|fotografia|imagem|fonte',
    with: 'com',
    newsroom: 'redação|agência|notícias|jornal',
  },
  it: { by: 'di|testo|autore|autrice', byInside: 'di', and: 'e', roles: 'redattore', credit: 'foto|immagine|fonte', with: 'con', newsroom: 'redazione|agenzia|notizie' },
  nl: { by: 'door|tekst|auteur', byInside: 'door', and: 'en', credit: 'foto|beeld|bron', with: 'met', newsroom: 'redactie|nieuwsdienst' },
  sv: { by: 'av|text|författare', byInside: 'av', and: 'och' },
  da: { by: 'af|tekst|forfatter', byInside: 'af', and: 'og' },
  cs: { by: 'od|autor|text', and: 'a' },
  pl: { by: 'od|autor|tekst', and: 'i' },
  ru: { by: 'автор|авторы|текст', and: 'и', credit: 'фото|фотография|иллюстрация|источник|видео', photo: 'фото', with: 'при участии', newsroom: 'редакция|агентство|новости' },
  uk: { by: 'автор|текст', and: 'і|та', credit: 'фото|джерело' },
  ja: { by: '投稿者|著者|執筆者|作者|記者|文|ライター', credit: '写真|撮影|画像|出典|翻訳者|イラスト' },
  zh: { by: '作者|记者|撰文|文|編輯|编辑', credit: '图|图片|摄影|来源' },
  ko: { by: '기자|글' },
};

/** Picture agencies and their credit forms, in any language: a line naming one is a picture credit. */
export const PICTURE_AGENCIES = 'getty images|shutterstock|afp photo|ap photo';

/**
 * Every word of one list, across the languages, each once, longest first (so `written by` is tried before `by`).
 *
 * @param list - which list of {@link BylineWords}
 * @returns the words
 * @example
 * ```ts
 * bylineWords('and'); //=> ['und', 'och', 'and', …, 'a']
 * ```
 */
export function bylineWords(list: keyof BylineWords): string[] {
  const words = Object.values(BYLINE_WORDS).flatMap((language) => language[list]?.split('|') ?? []);
  return [...new Set(words)].sort((a, b) => b.length - a.length);
}

/**
 * One list's words as a regular-expression alternation (`written by|story by|…|by`), with the characters a pattern
 * reads escaped and a space matching one space.
 *
 * @param list - which list of {@link BylineWords}
 * @returns the alternation, for inside `(?:…)`
 * @example
 * ```ts
 * new RegExp(`^(?:${bylineAlternation('byInside')}) `, 'u').test('par Claire'); //=> true
 * ```
 */
export function bylineAlternation(list: keyof BylineWords): string {
  return bylineWords(list)
    .map((word) => word.replace(/[\\^$.*+?()[\]{}|/]/gu, '\\$&'))
    .join('|');
}
