import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(import.meta.dirname, '../..');
const skipped = new Set(['node_modules', 'dist', '.git', 'coverage', '.data', 'test-vectors']);
const text = /\.(ts|mts|mjs|js|md|json|html|yml|yaml)$/;

/** Every source and documentation file of the repository, outside dependencies and build output. */
function* files(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (skipped.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else if (text.test(entry.name) && entry.name !== 'pnpm-lock.yaml') yield path;
  }
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens. */
const anchor = (heading: string) => heading.toLowerCase().replace(/[^\p{L}\p{N} -]/gu, '').replace(/ /g, '-');

const model = readFileSync(join(root, 'docs/security-model.md'), 'utf8');
const headings = [...model.matchAll(/^#{2,4} (.+)$/gm)].map((m) => m[1]!);

// The code cites the repository's own docs/security-model.md, never a SECURITY.md outside it.
describe('security citations', () => {
  const sources = [...files(root)].map((path) => ({ path: relative(root, path), body: readFileSync(path, 'utf8') }));
  const self = 'tests/unit/security-citations.test.ts';

  it('no file names a SECURITY.md: the rules are docs/security-model.md\'s', () => {
    const strays = sources.filter(({ path, body }) => path !== self && /(?<![\w-])SECURITY\.md/.test(body)).map(({ path }) => path);
    expect(strays).toEqual([]);
  });

  it('the security model numbers its rules, and each rule links to a section that exists', () => {
    const rules = [...model.matchAll(/^(\d+)\. \*\*(.+?)\*\*(?:.|\n(?! *\d+\. |\n))*/gm)];
    const numbered = rules.filter((m) => model.indexOf(m[0]) < model.indexOf('## Your app is its origin'));
    expect(numbered.map((m) => Number(m[1]))).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    for (const [rule] of numbered) {
      const links = [...rule.matchAll(/\]\(#([^)]+)\)/g)].map((m) => m[1]);
      expect(links.length, rule).toBeGreaterThan(0);
      for (const link of links) expect(headings.map(anchor), rule).toContain(link);
    }
  });

  it('every section a file cites by name ("security-model.md, \\"…\\"") or by anchor exists', () => {
    const cited = sources.flatMap(({ path, body }) => [
      ...[...body.matchAll(/security-model\.md\W{1,3}"([^"]+)"/g)].map((m) => ({ path, section: m[1]!.replace(/\s*\n\s*(?:\*|\/\/)?\s*/g, ' ').replace(/\s+/g, ' ') })),
      ...[...body.matchAll(/security-model\.md#([\w-]+)/g)].map((m) => ({ path, anchor: m[1]! })),
    ]);
    expect(cited.length).toBeGreaterThan(10);
    const missing = cited.filter((c) => 'section' in c
      ? !headings.some((h) => h.startsWith(c.section!))
      : !headings.map(anchor).includes(c.anchor!));
    expect(missing).toEqual([]);
  });
});
