import '@citadel/ui/define';
import { defineOfflineElements } from './offline/define.js';
import { CitadelShell } from './shell.js';
import { registerServiceWorker } from './sw-register.js';
import { recordVitals, type VitalRecord } from './vitals.js';

const vitals: VitalRecord[] = [];
Object.assign(window, { __citadelVitals: vitals });
recordVitals(vitals);

customElements.define('citadel-shell', CitadelShell);
document.documentElement.lang = localStorage.getItem('citadel.lang') === 'en' ? 'en' : 'vi';
defineOfflineElements();
document.body.prepend(document.createElement('citadel-offline-banner'));
registerServiceWorker();
