import { html, nothing } from 'lit';
import { formatMoment } from '@citadel/sdk/format';
import type { Lang } from './i18n.js';
import { killSwitchText } from './kill-switch-text.js';
import type { AppInfo } from './types.js';

/** What a suspended app's partner reads on its page: since when, and the operator's reason in their words. */
export const suspensionBanner = (suspension: AppInfo['suspension'], lang: Lang) => suspension === null ? nothing
  : html`<div class="error" role="alert" data-testid="suspension-banner">
      <p>${killSwitchText(lang).banner(formatMoment(suspension.at, lang))}</p>
      <blockquote data-testid="suspension-reason">${suspension.reason}</blockquote>
    </div>`;
