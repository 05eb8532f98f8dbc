import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { focusPath } from './shell.js';

/** At most this many Tabs to come back round to where the focus started; a dialog of the host has fewer stops. */
const MOST_STOPS = 16;

/**
 * Where the focus is, and whether it is inside the open dialog `dialog` (a `data-testid`, else a tag name, found on
 * the way up from the focused element through shadow roots): the focus path's test ids and the element's text. A radio
 * button reads as its group (`radios "amount"`), one stop whichever of them is checked: a form may check another as
 * the focus moves (the top-up's own amount checks "other amount"), and Tab then enters the group at that one.
 */
async function stop(page: Page, dialog: string): Promise<{ where: string; inside: boolean }> {
  const [{ path, text }, found] = await Promise.all([focusPath(page), page.evaluate((dialog) => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const radios = active instanceof HTMLInputElement && active.type === 'radio' ? active.name : undefined;
    for (let at: Node | null = active; at; at = at.parentNode ?? (at instanceof ShadowRoot ? at.host : null)) {
      if (at instanceof Element && (at.getAttribute('data-testid') === dialog || at.localName === dialog)) {
        return { radios, inside: !(at instanceof HTMLDialogElement) || at.open };
      }
    }
    return { radios, inside: false };
  }, dialog)]);
  const last = found.radios === undefined ? `${path.at(-1)} "${text}"` : `radios "${found.radios}"`;
  return { where: [...path.slice(0, -1), last].join(' > '), inside: found.inside };
}

/**
 * Issue 16, "Dialogs trap focus": from where the focus is in the open `dialog`, Tab goes round its stops and comes
 * back to the first without leaving it, and Shift+Tab goes round the same stops the other way. Resolves with the
 * stops in Tab order, starting where the focus was.
 */
export async function expectTabCycle(page: Page, dialog: string): Promise<string[]> {
  const start = await stop(page, dialog);
  expect(start.inside, `the focus starts in ${dialog}: ${start.where}`).toBe(true);
  const stops = [start.where];
  for (;;) {
    await page.keyboard.press('Tab');
    const next = await stop(page, dialog);
    expect(next.inside, `Tab ${stops.length} stays in ${dialog}: ${next.where}`).toBe(true);
    if (next.where === start.where) break;
    stops.push(next.where);
    expect(stops.length, `Tab comes back round in ${dialog}: ${stops.join(', ')}`).toBeLessThanOrEqual(MOST_STOPS);
  }
  const backwards = [start.where];
  for (let i = 1; i <= stops.length; i += 1) {
    await page.keyboard.press('Shift+Tab');
    const previous = await stop(page, dialog);
    expect(previous.inside, `Shift+Tab ${i} stays in ${dialog}: ${previous.where}`).toBe(true);
    backwards.push(previous.where);
  }
  // Shift+Tab visits the same stops in the reverse order and ends where it started.
  expect(backwards).toEqual([start.where, ...stops.slice(1).reverse(), start.where]);
  return stops;
}
