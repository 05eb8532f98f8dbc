import type { Lang } from './i18n.js';

/** What `oneAtATime` draws: an element of ours that shows in a language. */
type Drawn = HTMLElement & { lang: Lang };

/**
 * Draws a new `tag` element in `root` for each call, in the language `lang()` answers when its turn
 * comes, hands it to `use` and removes it once `use` settles. One at a time: a call waits until every
 * earlier one has settled, so two prompts never stand over each other.
 */
export function oneAtATime<E extends Drawn>(root: HTMLElement, tag: string, lang: () => Lang): <T>(use: (element: E) => Promise<T>) => Promise<T> {
  let queue: Promise<unknown> = Promise.resolve();
  return (use) => {
    const next = queue.then(async () => {
      const element = document.createElement(tag) as E;
      element.lang = lang();
      root.append(element);
      try {
        return await use(element);
      } finally {
        element.remove();
      }
    });
    queue = next.catch(() => undefined);
    return next;
  };
}
