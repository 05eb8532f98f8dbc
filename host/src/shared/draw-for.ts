import type { Lang } from '@citadel/ui';

/**
 * Draws a new `tag` element (a host dialog, loaded beforehand) in `root` in language `lang`, hands it to `use`,
 * and removes it once `use` settles, however it settles.
 */
export async function drawFor<K extends keyof HTMLElementTagNameMap, T>(
  root: HTMLElement, tag: K, lang: Lang, use: (element: HTMLElementTagNameMap[K]) => Promise<T>,
): Promise<T> {
  const element = document.createElement(tag);
  element.lang = lang;
  root.append(element);
  try {
    return await use(element);
  } finally {
    element.remove();
  }
}
