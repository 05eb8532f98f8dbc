import { CitadelConsentAudit } from './audit-view.js';
import { CitadelConsentPage } from './consent-page.js';

const elements = {
  'citadel-consent-page': CitadelConsentPage,
  'citadel-consent-audit': CitadelConsentAudit,
} as const;

/** Registers the consent center's elements; safe to call more than once. Load through `loadConsentScreens`. */
export function defineConsentElements() {
  for (const [name, element] of Object.entries(elements)) {
    if (!customElements.get(name)) customElements.define(name, element);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'citadel-consent-page': CitadelConsentPage;
    'citadel-consent-audit': CitadelConsentAudit;
  }
}
