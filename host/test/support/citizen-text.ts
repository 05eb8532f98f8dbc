import type { Frame, Page } from 'playwright-core';
import { expect } from 'vitest';

/** An error code as developers write it before their message (`INVALID_PARAMS:`, `NO_POSITION:`, `11:`). */
const CODE_PATTERN = /[A-Z_]{5,}:|\b\d+: /;

/** Developer English that reached citizens before issue 16: zod's, the DOM's, the host's and the backends' messages. */
const DEVELOPER_ENGLISH = [
  /Too small/i, /Too big/i, /expected (string|number)/i, /Invalid input/i, /must be/i, /did not answer/i, /No such/i,
  /could not be decoded/i, /The citizen/i, /Send Content-Type/i, /HTTP \d{3}/, /\bundefined\b/, /\[object /, /Error:/,
  /Something went wrong/i, /Malformed/i,
];

/**
 * Fails when what `view` shows (its text as a person reads it, `innerText`) holds an error code or developer
 * English; `where` names the screen in the failure. Call it where an error is on screen, in Vietnamese.
 */
export async function expectCitizenText(view: Page | Frame, where: string): Promise<string> {
  const text = await view.evaluate(() => document.body.innerText);
  expect(text, `${where}: an error code on screen`).not.toMatch(CODE_PATTERN);
  for (const pattern of DEVELOPER_ENGLISH) expect(text, `${where}: developer English on screen`).not.toMatch(pattern);
  return text;
}
