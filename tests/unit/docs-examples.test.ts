import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');

/** Every "`path`:" followed by a fenced block in a docs page, as [path, content]. */
const namedBlocks = (page: string) =>
  [...readFileSync(resolve(repo, page), 'utf8').matchAll(/`([^`\n]+)`:[^\n]*\n\n```\w+\n([\s\S]*?)```/g)].map((m) => [m[1]!, m[2]!] as const);

describe('docs/first-mini-app.md', () => {
  const blocks = namedBlocks('docs/first-mini-app.md');

  it('shows every file of the starter, word for word as examples/hello-miniapp has it (which the build compiles)', () => {
    expect(blocks.map(([path]) => path)).toEqual(['package.json', 'tsconfig.json', 'manifest.json', 'index.html', 'src/main.ts']);
    for (const [path, content] of blocks) {
      expect(content, path).toBe(readFileSync(resolve(repo, 'examples/hello-miniapp', path), 'utf8'));
    }
  });
});

describe('docs/testing-your-app.md', () => {
  const blocks = namedBlocks('docs/testing-your-app.md');

  it('shows each example word for word as packages/testing/test/examples has it (which the unit tests run)', () => {
    expect(blocks.map(([path]) => path)).toEqual(['sign-in.test.ts', 'backend.test.ts']);
    for (const [path, content] of blocks) {
      expect(content, path).toBe(readFileSync(resolve(repo, 'packages/testing/test/examples', path), 'utf8'));
    }
  });
});
