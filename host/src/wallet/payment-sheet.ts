// The payment sheet, in the payments provider's chunk (`host-payments.ts` imports it when an app first asks to pay).
export { createPaymentSheetFn } from '@citadel/ui';
