import { CitadelAppView } from './app-view.js';
import { CitadelIdentityConsent } from './identity-consent.js';
import { CitadelPaymentSheet } from './payment-sheet.js';
import { CitadelPermissionPrompt } from './permission-prompt.js';
import { CitadelPromptChip } from './prompt-chip.js';

// The one module with a side effect: registering the elements under their tag names.
if (!customElements.get('citadel-app-view')) customElements.define('citadel-app-view', CitadelAppView);
if (!customElements.get('citadel-permission-prompt')) customElements.define('citadel-permission-prompt', CitadelPermissionPrompt);
if (!customElements.get('citadel-identity-consent')) customElements.define('citadel-identity-consent', CitadelIdentityConsent);
if (!customElements.get('citadel-prompt-chip')) customElements.define('citadel-prompt-chip', CitadelPromptChip);
if (!customElements.get('citadel-payment-sheet')) customElements.define('citadel-payment-sheet', CitadelPaymentSheet);

declare global {
  interface HTMLElementTagNameMap {
    'citadel-app-view': CitadelAppView;
    'citadel-permission-prompt': CitadelPermissionPrompt;
    'citadel-identity-consent': CitadelIdentityConsent;
    'citadel-payment-sheet': CitadelPaymentSheet;
    'citadel-prompt-chip': CitadelPromptChip;
  }
}
