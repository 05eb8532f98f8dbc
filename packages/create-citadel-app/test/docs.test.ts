import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { TEMPLATES } from '../src/index.js';

// docs/create-an-app.md stays true to the templates: the backend's environment, the files written and the templates.

const page = readFileSync(resolve(import.meta.dirname, '../../../docs/create-an-app.md'), 'utf8');
const template = (file: string) => readFileSync(resolve(import.meta.dirname, '../templates', file), 'utf8');
/** The first column of the table under `heading`: each backquoted name in it. */
const tableNames = (heading: string) => {
  const section = page.slice(page.indexOf(`## ${heading}`)).split('\n## ')[0]!;
  return section.split('\n').filter((line) => line.startsWith('| `')).flatMap((line) => [...line.split('|')[1]!.matchAll(/`([^`]+)`/g)].map((match) => match[1]!));
};

describe('docs/create-an-app.md', () => {
  it('lists every variable the backend reads, and no other', () => {
    const read = [...new Set([...template('backend/server/env.ts').matchAll(/env(?:\.|, ')([A-Z][A-Z_]+)/g)].map((match) => match[1]!))];
    expect(tableNames('The backend\'s environment').sort()).toEqual(read.sort());
  });

  it('lists each template the command knows', () => {
    expect(page).toContain(`\`--template ${TEMPLATES.join('\\|')}\``);
  });

  it('describes every file of the backend template', () => {
    const described = tableNames('What it writes');
    for (const file of ['server/main.ts', 'server/app.ts', 'server/env.ts', 'server/session.ts', 'server/webhooks.ts', 'test/server.test.ts', '.env']) {
      expect(described, file).toContain(file);
    }
  });
});
