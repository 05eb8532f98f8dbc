import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AUDITED_SCREENS } from '../support/audited-screens.js';

const repo = resolve(import.meta.dirname, '../..');

/** A screen's name as it is written in a test's source: a quoted string literal. */
const literal = (name: string) => (name.includes("'") ? `"${name}"` : `'${name}'`);
const escaped = (name: string) => `'${name.replaceAll("'", "\\'")}'`;

// Issue 16, "axe on every screen": the list of audited screens stays true, so the note can say what axe checks.
describe('the screens audited with axe-core', () => {
  it('are each named, as expectAccessible takes them, in the browser test the list says shows them', () => {
    const missing = Object.entries(AUDITED_SCREENS).filter(([name, file]) => {
      const source = readFileSync(resolve(repo, file), 'utf8');
      return !source.includes(literal(name)) && !source.includes(escaped(name));
    });
    expect(missing).toEqual([]);
  });
});
