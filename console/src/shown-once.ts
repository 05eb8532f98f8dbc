import { html } from 'lit';
import type { SettingsStrings } from './app-settings-i18n.js';

/**
 * A secret the platform shows only once (a client secret, a webhook signing secret), with its labels and the warning
 * to copy it now; each value in its own `<pre>`, selectable as a whole.
 */
export const shownOnceBox = (s: SettingsStrings, values: ReadonlyArray<readonly [string, string]>, testid: string) =>
  html`<div class="ok" role="status" data-testid=${testid}>
    <p><strong>${s.shownOnce}</strong></p>
    ${values.map(([label, value]) => html`<p class="meta">${label}</p><pre data-testid="${testid}-value">${value}</pre>`)}
  </div>`;
