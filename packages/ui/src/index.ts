export { CitadelAppView } from './app-view.js';
export { CitadelPermissionPrompt, createPromptFn } from './permission-prompt.js';
export { t as uiStrings, type Lang } from './i18n.js';
