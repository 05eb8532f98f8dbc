import { CitadelAppView } from '@citadel/ui';
import { defineOfflineElements } from './offline/define.js';
import { LANG_KEY, startingLang } from './shared/starting-lang.js';
import { CitadelShell } from './shell.js';
import { defineElements } from './shared/define-elements.js';
import { registerServiceWorker } from './sw-register.js';
import { recordVitals, type VitalRecord } from './vitals.js';

const vitals: VitalRecord[] = [];
Object.assign(window, { __citadelVitals: vitals });
recordVitals(vitals);

// The app view only: the kit's permission prompt and chip register when first needed (prompts/lazy.ts).
defineElements({ 'citadel-app-view': CitadelAppView });
customElements.define('citadel-shell', CitadelShell);
document.documentElement.lang = startingLang(localStorage.getItem(LANG_KEY), navigator.languages);
defineOfflineElements();
document.body.prepend(document.createElement('citadel-offline-banner'));
registerServiceWorker();
