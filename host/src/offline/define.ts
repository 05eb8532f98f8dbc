import { defineElements, type TagsOf } from '../shared/define-elements.js';
import { CitadelOfflineBanner } from './offline-banner.js';
import { CitadelUpdatePrompt } from './update-prompt.js';

const elements = {
  'citadel-offline-banner': CitadelOfflineBanner,
  'citadel-update-prompt': CitadelUpdatePrompt,
} as const;

/** Registers the offline banner and the update prompt; safe to call more than once. */
export const defineOfflineElements = (): void => defineElements(elements);

declare global {
  interface HTMLElementTagNameMap extends TagsOf<typeof elements> {}
}
