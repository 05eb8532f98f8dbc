import type { PromptFn, QueuePromptFn } from '@citadel/runtime';
import type { Lang } from '@citadel/ui';
import { withKeptFocus } from '../shared/keep-focus.js';
import { loadOnce } from '../shared/load-once.js';

const loadPrompts = loadOnce(() => import('./prompts.js'));

/**
 * The kit's `createPromptFn(root, lang)`, its code loaded when an app first asks for a permission: it stays out of the
 * host's initial JS (its budget, tests/unit/page-budgets.test.ts). A failed load rejects the app's call, as a lazy
 * provider's does, and the next ask tries the load again. Once the prompt is answered, the focus goes back to what had
 * it, the app's frame the citizen tapped in (the closing dialog gives it back to the page's body there).
 */
export function lazyPromptFn(root: HTMLElement, lang: () => Lang): PromptFn {
  const prompt = loadOnce(async () => (await loadPrompts()).createPromptFn(root, lang));
  return withKeptFocus(async (request) => (await prompt())(request));
}

/** The kit's `createChipFn(root, lang)`, loaded as `lazyPromptFn` is. */
export function lazyChipFn(root: HTMLElement, lang: () => Lang): QueuePromptFn {
  const chip = loadOnce(async () => (await loadPrompts()).createChipFn(root, lang));
  return async (request, signal) => (await chip())(request, signal);
}
