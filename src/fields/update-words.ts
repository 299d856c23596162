/**
 * The words that say a printed date is a revision's, not the publication's (`Updated`, `Mis à jour`,
 * `Aktualisiert`, `Обновлено`, `更新`), one entry per language. The date finders (`text-dates`, `relative-dates`)
 * and the lone datelines of page text (`page/dateline`) all read this table, so adding a language is one entry here.
 * @module
 */

/**
 * Update words per language, lower case, letters and spaces only. A stem stands for the forms a word takes
 * (`updat`: updated, update, lastupdate; `aktualisi`: aktualisiert, Aktualisierung; `обновл`: обновлено, обновлён).
 */
export const UPDATE_WORDS: Readonly<Record<string, readonly string[]>> = {
  en: ['updat', 'modified'],
  fr: ['mise à jour', 'mis à jour', 'actualisé'],
  de: ['aktualisi'],
  es: ['actualiz'],
  pt: ['atualiz'],
  it: ['aggiorn'],
  nl: ['bijgewerkt'],
  cs: ['aktualizov'],
  ru: ['обновл', 'изменен'],
  ja: ['更新'],
};

/**
 * Every update word of every language as a regular-expression alternation, longest first, for inside `(?:…)`.
 *
 * @returns the alternation
 * @example
 * ```ts
 * new RegExp(`(?:${updateWordAlternation()})`, 'iu').test('Mis à jour le 5 mai'); //=> true
 * ```
 */
export function updateWordAlternation(): string {
  const words = [...new Set(Object.values(UPDATE_WORDS).flat())].sort((a, b) => b.length - a.length);
  return words.join('|');
}
