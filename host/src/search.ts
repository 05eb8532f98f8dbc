import type { Manifest } from '@citadel/protocol';

/** Folds case and Vietnamese diacritics, so "hue" finds "Huế" and "dien nuoc" finds "Điện nước". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[đĐ]/g, 'd').toLowerCase().trim();
}

/** Apps whose name or description, in either language, contains every word of `query`. */
export function searchApps(apps: readonly Manifest[], query: string): Manifest[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return [...apps];
  return apps.filter((app) => {
    const haystack = fold([app.name.vi, app.name.en, app.description.vi, app.description.en].join(' '));
    return words.every((w) => haystack.includes(w));
  });
}
