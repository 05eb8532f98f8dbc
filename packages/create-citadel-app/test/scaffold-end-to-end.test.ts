import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packedPackages } from '../../../tests/support/packed-packages.js';
import { runIn, type StepResult } from './run-in.js';
import { removeTempFolders, tempFolder } from './temp-folder.js';

// Issue 15: a partner's first ten minutes, from the packed tarballs (create-citadel-app's own too, run with npm exec as
// npm create runs it), in a folder outside the repository. The two
// projects run side by side: the slow part is npm install (warm cache), which waits on the network and the disk.

const repo = resolve(import.meta.dirname, '../../..');
const projects = [
  { name: 'lit-backend', args: ['--id', 'lit-backend', '--template', 'lit', '--backend'] },
  { name: 'vanilla', args: ['--id', 'plain-app', '--template', 'vanilla', '--no-backend'] },
] as const;
/** What a partner runs after `npm create citadel-app`, in order; a step runs only when the one before it passed. */
const steps = [
  ['npm install', 'npm', ['install', '--prefer-offline', '--no-audit', '--no-fund']],
  ['npm test', 'npm', ['test']],
  ['npm run build', 'npm', ['run', 'build']],
  ['npx citadel validate dist', 'npx', ['--no-install', 'citadel', 'validate', 'dist']],
] as const;

let root: string;
let tarballs: string;
const results = new Map<string, Map<string, StepResult>>();

async function runSteps(dir: string): Promise<Map<string, StepResult>> {
  const done = new Map<string, StepResult>();
  for (const [step, command, args] of steps) {
    const result = await runIn(dir, command, args);
    done.set(step, result);
    if (result.status !== 0) break;
  }
  return done;
}

beforeAll(async () => {
  root = tempFolder('create-citadel-app-e2e-');
  // The run's one pack, shared with tests/unit/packages-install.test.ts.
  const packed = await packedPackages();
  tarballs = dirname(packed[0]!.tarball);
  // The packed create-citadel-app, as `npm create` runs it, with the one @citadel package it needs from the tarballs.
  const runner = ['create-citadel-app', '@citadel/protocol'].map((name) => `--package=${packed.find((pack) => pack.name === name)!.tarball}`);
  for (const project of projects) {
    const created = await runIn(root, 'npm', ['exec', '--yes', ...runner, '--', 'create-citadel-app', project.name, ...project.args, '--packages', tarballs]);
    if (created.status !== 0) throw new Error(`create-citadel-app ${project.name} failed:\n${created.output}`);
  }
  await Promise.all(projects.map(async ({ name }) => results.set(name, await runSteps(join(root, name)))));
}, 600_000);

afterAll(removeTempFolders);

describe('npm create citadel-app, then the project\'s own scripts, outside the repository', () => {
  it('works in a folder outside the repository, on the packed @citadel packages', () => {
    expect(relative(repo, root).startsWith('..')).toBe(true);
    expect(relative(repo, tarballs).startsWith('..')).toBe(true);
    const manifest = JSON.parse(readFileSync(join(root, 'vanilla/package.json'), 'utf8')) as { overrides: Record<string, string> };
    expect(Object.keys(manifest.overrides)).toContain('@citadel/protocol');
    expect(Object.values(manifest.overrides).every((spec) => spec.startsWith(`file:${tarballs}/citadel-`))).toBe(true);
  });

  describe.each(projects.map((project) => project.name))('%s', (name) => {
    it.each(steps.map(([step]) => step))('%s passes', (step) => {
      const result = results.get(name)?.get(step);
      expect(result, `${step} ran`).toBeDefined();
      expect(result!.status, `${step} in ${name}:\n${result!.output}`).toBe(0);
    });
  });

  it('ran every test of each project: the app\'s against the mock host, and the backend\'s against the test platform', () => {
    expect(results.get('lit-backend')?.get('npm test')?.output).toMatch(/Tests\s+\S*8 passed/);
    expect(results.get('lit-backend')?.get('npm test')?.output).toMatch(/webhook webhook\.test msg_\S+ verified/);
    expect(results.get('vanilla')?.get('npm test')?.output).toMatch(/Tests\s+\S*4 passed/);
  });

  it('built a bundle whose manifest names the backend for the platform\'s CSP, only with a backend', () => {
    const bundled = (name: string) => JSON.parse(readFileSync(join(root, name, 'dist/manifest.json'), 'utf8')) as { id: string; backends?: string[] };
    expect(bundled('lit-backend')).toMatchObject({ id: 'lit-backend', backends: ['http://localhost:8787'] });
    expect(bundled('vanilla')).toMatchObject({ id: 'plain-app' });
    expect(bundled('vanilla').backends).toBeUndefined();
    expect(results.get('vanilla')?.get('npx citadel validate dist')?.output).toContain('passes the platform\'s checks (0 errors');
  });
});
