export { CitadelAppView, type AbusiveDetail } from './app-view.js';
export { CitadelPermissionPrompt, createPromptFn } from './permission-prompt.js';
export { CitadelPromptChip, createChipFn } from './prompt-chip.js';
export { CitadelIdentityConsent, createConsentFn, type ConsentFn, type ConsentRequest } from './identity-consent.js';
export {
  CitadelPaymentSheet, createPaymentSheetFn,
  type PaymentProblem, type PaymentSheetFn, type PaymentSheetOrder, type PaymentSheetOutcome, type PaymentSheetRequest, type PaymentStep,
} from './payment-sheet.js';
export { keepTabInside } from './keep-tab-inside.js';
export { t as uiStrings, formatVnd, type Lang } from './i18n.js';
