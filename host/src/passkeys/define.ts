import { defineElements, type TagsOf } from '../shared/define-elements.js';
import { CitadelPasskeys } from './passkeys-view.js';

const elements = { 'citadel-passkeys': CitadelPasskeys } as const;

/** Registers the passkey section's element; safe to call more than once. The account screens call it. */
export const definePasskeyElements = (): void => defineElements(elements);

declare global {
  interface HTMLElementTagNameMap extends TagsOf<typeof elements> {}
}
