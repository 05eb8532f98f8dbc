import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults, Result, RunOptions } from 'axe-core';
import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import type { AuditedScreen } from './audited-screens.js';

/** WCAG 2.1 level A and AA, the bar of issue 16: axe-core's tags for the success criteria of 2.0 and 2.1 at A and AA. */
export const WCAG_21_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** axe-core's browser build, put into each frame that has none yet. */
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** A violation in one document of the page: the frame's URL (the page's own for the host), and what axe found there. */
export interface FrameViolation {
  readonly frame: string;
  readonly violation: Result;
}

/**
 * axe-core in `frame` alone (`iframes: false`: each frame is audited in its own turn, the iframe element itself by its
 * parent), over its document and open shadow roots, with the rules of WCAG 2.1 A and AA; no rule is disabled.
 */
async function auditFrame(frame: Frame): Promise<FrameViolation[]> {
  if (!(await frame.evaluate(() => 'axe' in window))) await frame.evaluate(axeSource);
  const options: RunOptions = { runOnly: { type: 'tag', values: WCAG_21_AA }, resultTypes: ['violations'], iframes: false };
  const results = await frame.evaluate((run) => (window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } })
    .axe.run(document, run), options);
  return results.violations.map((violation) => ({ frame: frame.url(), violation }));
}

/**
 * The WCAG 2.1 A and AA violations axe-core finds on `page` as it is now: in the host's document and its shadow roots,
 * and in every frame, cross-origin mini-apps included (Playwright reaches into each frame whatever its origin).
 * Each frame is audited on its own rather than through `@axe-core/playwright`'s merge, which re-injects axe into every
 * frame and into a new blank page at each call: measured on the kitchen sink in the app view, 1.4 to 2.5 s a call
 * against about 0.2 s, over some 80 audited screens.
 */
export async function accessibilityViolations(page: Page): Promise<FrameViolation[]> {
  const found: FrameViolation[] = [];
  for (const frame of page.frames()) found.push(...await auditFrame(frame));
  return found;
}

/** One line per failing node: the frame, the rule, its impact and help, where the node is (through shadow roots) and what to fix. */
const describe = ({ frame, violation }: FrameViolation): string[] => violation.nodes.map((node) => {
  const where = node.target.map((step) => (Array.isArray(step) ? step.join(' >> ') : step)).join(' | ');
  return `${violation.id} (${violation.impact ?? 'unknown'}): ${violation.help} — in ${frame}: ${where} — ${node.failureSummary?.replace(/\s+/g, ' ') ?? ''}`;
});

/**
 * Fails unless axe-core finds no WCAG 2.1 A or AA violation on `page` as it shows `screen` now; the failure names the
 * screen and, for each failing node, its frame, the rule id, its impact, its help text and the node's target, so it
 * can be fixed. Soft: the test goes on to its next screens, so one run lists every screen's violations.
 */
export async function expectAccessible(page: Page, screen: AuditedScreen): Promise<void> {
  const started = performance.now();
  const violations = await accessibilityViolations(page);
  // How long the audit took, for whoever weighs the suite's time (CITADEL_AXE_TIMINGS=1).
  if (process.env.CITADEL_AXE_TIMINGS) console.info(`axe ${Math.round(performance.now() - started)} ms: ${screen}`);
  expect.soft(violations.flatMap(describe), `axe-core, WCAG 2.1 AA, on the screen "${screen}"`).toEqual([]);
}
