import { defineOfflineElements } from './offline/define.js';
import { LANG_KEY, startingLang } from './shared/starting-lang.js';
import { CitadelShell } from './shell.js';
import { registerServiceWorker } from './sw-register.js';
import { recordVitals, type VitalRecord } from './vitals.js';

const vitals: VitalRecord[] = [];
Object.assign(window, { __citadelVitals: vitals });
recordVitals(vitals);

// The kit's app view, permission prompt and chip register when first needed (app-view/load.ts, prompts/lazy.ts).
customElements.define('citadel-shell', CitadelShell);
document.documentElement.lang = startingLang(localStorage.getItem(LANG_KEY), navigator.languages);
defineOfflineElements();
document.body.prepend(document.createElement('citadel-offline-banner'));
registerServiceWorker();
