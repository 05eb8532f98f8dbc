import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runCreateBin } from './run-create.js';
import { removeTempFolders, tempFolder } from './temp-folder.js';

// Issue 15: `npm create citadel-app` as a command, run without a terminal: flags, defaults, refusals and next steps.

afterAll(removeTempFolders);

const manifestIn = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { id: string };

describe('create-citadel-app', () => {
  it('takes every answer from flags and prints the next steps', async () => {
    const cwd = tempFolder();
    const run = await runCreateBin(['bus', '--id', 'bus-times', '--template', 'lit', '--backend'], cwd);
    expect(run, run.stderr).toMatchObject({ code: 0 });
    expect(manifestIn(join(cwd, 'bus')).id).toBe('bus-times');
    expect(existsSync(join(cwd, 'bus/src/hello-screen.ts'))).toBe(true);
    expect(existsSync(join(cwd, 'bus/server/main.ts'))).toBe(true);
    expect(run.stdout.split('\n')).toEqual([
      `Created bus-times in ${join(cwd, 'bus')} (lit, with a backend in server/).`,
      'Next steps:',
      '  cd bus',
      '  npm install',
      '  npm run dev      # citadel dev: the local simulator',
      '  npm test',
      '',
    ]);
  });

  it('asks nothing when standard input is not a terminal: the id from the folder, vanilla, no backend', async () => {
    const cwd = tempFolder();
    const run = await runCreateBin(['My Bus App'], cwd);
    expect(run, run.stderr).toMatchObject({ code: 0 });
    const dir = join(cwd, 'My Bus App');
    expect(manifestIn(dir).id).toBe('my-bus-app');
    expect(existsSync(join(dir, 'src/app.ts'))).toBe(true);
    expect(existsSync(join(dir, 'server'))).toBe(false);
    expect(run.stdout).toContain('  cd "My Bus App"');
  });

  it('with --yes and no folder, writes ./citadel-app; --no-backend writes no server', async () => {
    const cwd = tempFolder();
    const run = await runCreateBin(['--yes', '--no-backend'], cwd);
    expect(run, run.stderr).toMatchObject({ code: 0 });
    expect(manifestIn(join(cwd, 'citadel-app')).id).toBe('citadel-app');
    expect(existsSync(join(cwd, 'citadel-app/server'))).toBe(false);
  });

  it.each([
    [['app', '--id', 'Bus'], 'INVALID_ID: "Bus" is not an app id'],
    [['app', '--id', 'admin'], 'RESERVED_ID: "admin" is kept by the platform'],
    [['42'], 'INVALID_ID: The folder name "42" is not an app id: give one with --id'],
    [['app', '--template', 'svelte'], 'UNKNOWN_TEMPLATE: Unknown template "svelte": choose one of vanilla, lit'],
    [['app', '--packages', '/nonexistent/citadel-packages'], 'NO_PACKAGES: --packages /nonexistent/citadel-packages: no such folder'],
  ])('refuses %j with exit 1 and the reason, writing nothing', async (args, reason) => {
    const cwd = tempFolder();
    const run = await runCreateBin(args, cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`✗ create-citadel-app: ${reason}`);
    expect(existsSync(join(cwd, args[0]!))).toBe(false);
  });

  it('refuses a folder that is not empty, exit 1', async () => {
    const cwd = tempFolder();
    writeFileSync(join(cwd, 'notes.txt'), 'mine');
    const run = await runCreateBin(['.', '--id', 'bus-times'], cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`✗ create-citadel-app: NOT_EMPTY: ${cwd} is not empty`);
    expect(existsSync(join(cwd, 'manifest.json'))).toBe(false);
  });

  it('refuses an unknown flag with exit 1, and lists every flag in --help', async () => {
    const cwd = tempFolder();
    const unknown = await runCreateBin(['app', '--typescript'], cwd);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('unknown option \'--typescript\'');
    const help = await runCreateBin(['--help'], cwd);
    expect(help.code).toBe(0);
    for (const flag of ['--id <id>', '--template <name>', '--backend', '--no-backend', '--yes', '--packages <folder>']) expect(help.stdout).toContain(flag);
  });
});
