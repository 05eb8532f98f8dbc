import { html, nothing } from 'lit';
import type { Lang } from '@citadel/ui';
import { formatMoment } from '../shared/format.js';
import { offlineStrings } from './i18n.js';

/**
 * The line heading a list shown from the service worker's kept answer: "as of" `asOf` (when the platform sent it, ms
 * since the epoch, `KeptAnswerAge`), in Huế's time by the one formatter; nothing while the list is fresh.
 */
export const asOfLine = (asOf: number | undefined, lang: Lang, testId: string) => (asOf === undefined ? nothing
  : html`<p class="hint as-of" data-testid=${testId} data-at=${new Date(asOf).toISOString()}>${offlineStrings(lang).listAsOf(formatMoment(asOf, lang))}</p>`);
