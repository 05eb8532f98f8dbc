import { html, nothing } from 'lit';
import type { Lang } from '@citadel/ui';
import { errorText } from '../shared/error-text.js';
import { alertStrings } from './i18n.js';

/** The expected reach of the area typed in the console: being counted, counted, or why it could not be. `key` is the area as JSON. */
export type Reach = { readonly key: string; readonly count?: number; readonly error?: unknown };

/** The key of an area, for matching a count with the area it counted (the description changes nobody's reach). */
export const reachKey = (area: object): string => JSON.stringify({ ...area, description: '' });

/** The console's reach line: "counting…", the expected count (amber at 0), or the error. */
export function reachLine(reach: Reach | undefined, lang: Lang) {
  const s = alertStrings(lang);
  if (!reach) return nothing;
  if (reach.error !== undefined) return html`<p class="error" data-testid="publish-reach-error">${errorText(reach.error, lang)}</p>`;
  if (reach.count === undefined) return html`<p class="hint" role="status" data-testid="publish-reach">${s.reachChecking}</p>`;
  return html`<p class=${reach.count === 0 ? 'warning' : 'hint'} role="status" data-testid="publish-reach" data-reach=${reach.count}>
    ${s.reach(reach.count)}</p>`;
}
