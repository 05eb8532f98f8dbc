import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEPENDENCY_VERSIONS } from '../src/index.js';

// A new project gets the third-party versions this repository builds and tests the kit with: when the repository
// moves one, this fails until the templates move too.

const repo = resolve(import.meta.dirname, '../../..');
const rangesOf = (file: string) => {
  const manifest = JSON.parse(readFileSync(resolve(repo, file), 'utf8')) as Record<string, Record<string, string> | undefined>;
  return { ...manifest.dependencies, ...manifest.devDependencies };
};

describe('the versions a new project depends on', () => {
  it.each(Object.entries(DEPENDENCY_VERSIONS))('%s is at %s, the range the repository uses', (name, range) => {
    const used = ['package.json', 'packages/ui/package.json', 'packages/testing/package.json', 'host/package.json']
      .map((file) => rangesOf(file)[name])
      .filter((found) => found !== undefined);
    expect(used.length, `${name} is used in the repository`).toBeGreaterThan(0);
    expect(new Set(used)).toEqual(new Set([range]));
  });
});
