import { CitadelAppView } from './app-view.js';
import type { CitadelIdentityConsent } from './identity-consent.js';
import type { CitadelPaymentSheet } from './payment-sheet.js';
import { CitadelPermissionPrompt } from './permission-prompt.js';
import { CitadelPromptChip } from './prompt-chip.js';

// The one module with a side effect: registering the elements under their tag names. The identity consent and the
// payment sheet register themselves when `createConsentFn` and `createPaymentSheetFn` are first called, so a host
// that loads those only when an app asks keeps them out of its first screen's scripts.
if (!customElements.get('citadel-app-view')) customElements.define('citadel-app-view', CitadelAppView);
if (!customElements.get('citadel-permission-prompt')) customElements.define('citadel-permission-prompt', CitadelPermissionPrompt);
if (!customElements.get('citadel-prompt-chip')) customElements.define('citadel-prompt-chip', CitadelPromptChip);

declare global {
  interface HTMLElementTagNameMap {
    'citadel-app-view': CitadelAppView;
    'citadel-permission-prompt': CitadelPermissionPrompt;
    'citadel-identity-consent': CitadelIdentityConsent;
    'citadel-payment-sheet': CitadelPaymentSheet;
    'citadel-prompt-chip': CitadelPromptChip;
  }
}
