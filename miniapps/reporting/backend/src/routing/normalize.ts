/**
 * Folds Vietnamese text for matching: lower case, tone and vowel marks removed (NFD), `đ` → `d`,
 * anything that is not a letter or digit → one space, padded with a space at both ends so a
 * phrase can be matched as whole words with `includes(' ' + phrase + ' ')`.
 * `"Đèn ĐƯỜNG tắt!"` → `" den duong tat "`.
 */
export function fold(text: string): string {
  const plain = text
    .normalize('NFD')
    .replace(/\p{Mn}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return ` ${plain} `;
}
