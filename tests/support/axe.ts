import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { AuditedScreen } from './audited-screens.js';

/** One rule's violation as axe-core reports it (axe-core's `Result`, through `@axe-core/playwright`, which depends on it). */
type Result = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number];

/** WCAG 2.1 level A and AA, the bar of issue 16: axe-core's tags for the success criteria of 2.0 and 2.1 at A and AA. */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** One line per failing node: where it is (frames and shadow roots, outermost first) and what axe says is wrong. */
function describe(violation: Result): string[] {
  return violation.nodes.map((node) => {
    const where = node.target.map((step) => (Array.isArray(step) ? step.join(' >> ') : step)).join(' | ');
    return `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} — ${where} — ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`;
  });
}

/**
 * The WCAG 2.1 A and AA violations axe-core finds on `page` as it is now, in the host's document, its open shadow
 * roots and every frame in it, cross-origin mini-apps included (`@axe-core/playwright` runs axe in each frame and
 * merges the results in a blank page of the same context). No rule is disabled and no node left out.
 */
export async function accessibilityViolations(page: Page): Promise<Result[]> {
  return (await new AxeBuilder({ page }).withTags(WCAG_21_AA).analyze()).violations;
}

/**
 * Fails unless axe-core finds no WCAG 2.1 A or AA violation on `page` as it shows `screen` now; the failure names the
 * screen and, for each failing node, the rule id, its impact, its help text and the node's target, so it can be fixed.
 */
export async function expectAccessible(page: Page, screen: AuditedScreen): Promise<void> {
  const started = performance.now();
  const violations = await accessibilityViolations(page);
  // How long the audit took, for whoever weighs the suite's time (CITADEL_AXE_TIMINGS=1).
  if (process.env.CITADEL_AXE_TIMINGS) console.info(`axe ${Math.round(performance.now() - started)} ms: ${screen}`);
  // Soft: a test goes on to its next screens, so one run lists every screen's violations.
  expect.soft(violations.flatMap(describe), `axe-core, WCAG 2.1 AA, on the screen "${screen}"`).toEqual([]);
}
