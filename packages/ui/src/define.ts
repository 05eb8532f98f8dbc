import { CitadelAppView } from './app-view.js';
import { CitadelPermissionPrompt } from './permission-prompt.js';

// The one module with a side effect: registering the elements under their tag names.
if (!customElements.get('citadel-app-view')) customElements.define('citadel-app-view', CitadelAppView);
if (!customElements.get('citadel-permission-prompt')) customElements.define('citadel-permission-prompt', CitadelPermissionPrompt);

declare global {
  interface HTMLElementTagNameMap {
    'citadel-app-view': CitadelAppView;
    'citadel-permission-prompt': CitadelPermissionPrompt;
  }
}
