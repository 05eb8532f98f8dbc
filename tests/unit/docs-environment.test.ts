import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// docs/run-the-platform.md lists every environment variable the platform server reads, and nothing else.
const repo = resolve(import.meta.dirname, '../..');
const sources = (dir: string): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts')).map((file) => readFileSync(join(dir, file), 'utf8'));
/** `process.env.NAME`, `env.NAME`, `env['NAME']`, and a name given to `need('NAME')` (the SMS settings), in the server's source. */
const READ = /\b(?:process\.env|env)(?:\.([A-Z][A-Z0-9_]+)|\[['"]([A-Z][A-Z0-9_]+)['"]\])|\bneed\(['"]([A-Z][A-Z0-9_]+)['"]\)/g;

describe('the platform\'s environment variables', () => {
  it('are each listed in docs/run-the-platform.md, which lists no other', () => {
    const read = new Set(sources(resolve(repo, 'packages/server/src')).flatMap((text) => [...text.matchAll(READ)].map((m) => m[1] ?? m[2] ?? m[3]!)));
    const page = readFileSync(resolve(repo, 'docs/run-the-platform.md'), 'utf8');
    const table = page.slice(page.indexOf('## Environment variables'), page.indexOf('\n## ', page.indexOf('## Environment variables') + 1));
    const listed = new Set([...table.matchAll(/^\| `([A-Z][A-Z0-9_]+)` \|/gm)].map((m) => m[1]!));
    expect(read.size).toBeGreaterThan(5);
    expect([...read].sort()).toEqual([...listed].sort());
  });
});
