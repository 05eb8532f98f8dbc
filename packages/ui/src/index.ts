export { CitadelAppView } from './app-view.js';
export { CitadelPermissionPrompt, createPromptFn } from './permission-prompt.js';
export { CitadelIdentityConsent, createConsentFn, type ConsentFn, type ConsentRequest } from './identity-consent.js';
export { t as uiStrings, type Lang } from './i18n.js';
