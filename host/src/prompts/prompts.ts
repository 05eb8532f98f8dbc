import '@citadel/ui/define';

// The permission prompt and the "this app asks …" chip, with the kit's registration of their elements: a separate
// chunk (lazy.ts), fetched when an app first asks for a permission the citizen has not answered.
export { createChipFn, createPromptFn } from '@citadel/ui';
