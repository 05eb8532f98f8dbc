import type { Lang } from '@citadel/ui';

/** An alert text in `lang`: the English one when asked for and written, else the Vietnamese. */
export const alertText = (text: { readonly vi: string; readonly en?: string | undefined } | null, lang: Lang): string =>
  text === null ? '' : lang === 'en' && text.en ? text.en : text.vi;
