import { defineElements, type TagsOf } from '../shared/define-elements.js';
import { CitadelConsentAudit } from './audit-view.js';
import { CitadelConsentPage } from './consent-page.js';

const elements = {
  'citadel-consent-page': CitadelConsentPage,
  'citadel-consent-audit': CitadelConsentAudit,
} as const;

/** Registers the consent center's elements; safe to call more than once. Load through `loadConsentScreens`. */
export const defineConsentElements = (): void => defineElements(elements);

declare global {
  interface HTMLElementTagNameMap extends TagsOf<typeof elements> {}
}
