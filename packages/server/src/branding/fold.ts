import { remove as removeConfusables } from 'confusables';

// Digits that stand in for letters in look-alike names (`c1tadel`, `hue-5`). `1`, `l` and `i` (and `I`) pass for
// each other, so all three compare as `i`.
const DIGIT_LETTERS: Readonly<Record<string, string>> = { 0: 'o', 1: 'i', 3: 'e', 4: 'a', 5: 's', 7: 't', 8: 'b' };

/**
 * Text as protected words are compared: Unicode NFKC (full-width and compatibility forms), look-alike letters
 * from other scripts folded to Latin (the `confusables` package: Cyrillic `С`, Greek `Η`), Vietnamese diacritics
 * and `đ` dropped, lower case, digits that pass for letters read as those letters (and `l` as `i`), and every run
 * of other characters (punctuation, dashes of any kind, spaces) one space. `Citadel:`, `Сitadel`, `C1TADEL` and
 * `ｃｉｔａｄｅｌ` all fold to `citadei`. It is a comparison key, never shown.
 */
export function foldForMatching(text: string): string {
  const latin = removeConfusables(text.normalize('NFKC'))
    .normalize('NFD').replace(/\p{M}/gu, '').replace(/[đĐ]/g, 'd')
    .toLowerCase();
  return latin.replace(/\d/g, (digit) => DIGIT_LETTERS[digit] ?? digit).replace(/l/g, 'i').replace(/[^a-z0-9]+/g, ' ').trim();
}
