import type { Lang } from '@citadel/ui';

/** Where the host keeps the language the citizen chose with its language button. */
export const LANG_KEY = 'citadel.lang';

/**
 * The language the host starts in: the one the citizen chose (`saved`, from `LANG_KEY`) when they chose one;
 * on a first visit, the first of the browser's languages (`navigator.languages`, most preferred first) that is
 * Vietnamese or English, whatever its region (`en-US`, `vi`); Vietnamese, the city's, when none is either.
 */
export function startingLang(saved: string | null, browserLanguages: readonly string[]): Lang {
  if (saved === 'vi' || saved === 'en') return saved;
  for (const tag of browserLanguages) {
    const primary = tag.split('-')[0]?.toLowerCase();
    if (primary === 'vi' || primary === 'en') return primary;
  }
  return 'vi';
}
