import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Manifest } from '@citadel/protocol';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp, type CreatedApp } from '../src/index.js';
import { removeTempFolders, tempFolder } from './temp-folder.js';

// Issue 15: what `npm create citadel-app` writes, for each template, with and without a backend.

afterAll(removeTempFolders);

const read = (app: CreatedApp, file: string) => readFileSync(join(app.dir, file), 'utf8');
const packageOf = (app: CreatedApp) => JSON.parse(read(app, 'package.json')) as {
  name: string; private: boolean; scripts: Record<string, string>;
  dependencies: Record<string, string>; devDependencies: Record<string, string>; overrides?: Record<string, string>;
};
const create = (options: { template: string; backend?: boolean; id?: string; packages?: string }) =>
  createApp({ dir: join(tempFolder(), 'app'), id: options.id ?? 'bus-times', ...options });

const frontEnd = [
  '.gitignore', 'README.md', 'index.html', 'manifest.json', 'package.json', 'public/icon.svg', 'src/app-options.ts', 'src/app.ts',
  'src/main.ts', 'src/sign-in.ts', 'src/vite-env.d.ts', 'src/words.ts', 'test/app.test.ts', 'test/screen.ts', 'tsconfig.json', 'vite.config.ts',
];
const backendFiles = ['.env', 'server/app.ts', 'server/env.ts', 'server/main.ts', 'server/session.ts', 'server/webhooks.ts', 'test/server.test.ts'];

describe('createApp', () => {
  it('writes the vanilla template without a backend: exactly its files, on disk', async () => {
    const app = await create({ template: 'vanilla' });
    expect(app).toMatchObject({ id: 'bus-times', template: 'vanilla', backend: false });
    expect(app.files).toEqual(frontEnd);
    for (const file of app.files) expect(existsSync(join(app.dir, file)), file).toBe(true);
    expect(read(app, 'src/app.ts')).toContain('document.createElement');
  });

  it('writes the lit template with a backend: its element, server/ and the backend\'s test', async () => {
    const app = await create({ template: 'lit', backend: true });
    expect(app.files).toEqual([...frontEnd, ...backendFiles, 'src/hello-screen.ts'].sort());
    expect(read(app, 'src/hello-screen.ts')).toContain('extends LitElement');
    expect(read(app, '.env')).toMatch(/^VITE_BACKEND_ORIGIN=http:\/\/localhost:8787$/m);
  });

  it('puts the app id and name in every file, leaving no placeholder, and a manifest the platform accepts', async () => {
    const app = await create({ template: 'lit', backend: true, id: 'bus-times' });
    for (const file of app.files) expect(read(app, file), file).not.toMatch(/__APP_(ID|NAME)__/);
    const manifest = Manifest.parse(JSON.parse(read(app, 'manifest.json')));
    expect(manifest).toMatchObject({ id: 'bus-times', name: { vi: 'Bus Times', en: 'Bus Times' }, entry: 'http://bus-times.apps.localhost:8080/' });
    expect(manifest.permissions.map((permission) => permission.name)).toEqual(['identity']);
    expect(read(app, 'index.html')).toContain('<title>Bus Times</title>');
    expect(read(app, 'test/server.test.ts')).toContain('http://bus-times.apps.localhost:8080');
  });

  it('writes the scripts and dependencies citadel dev relies on, the backend\'s only with a backend', async () => {
    const plain = packageOf(await create({ template: 'vanilla' }));
    expect(plain).toMatchObject({ name: 'bus-times', private: true });
    expect(plain.scripts).toEqual({
      dev: 'citadel dev', build: 'tsc --noEmit && vite build', test: 'vitest run', validate: 'citadel validate dist', publish: 'citadel publish dist',
    });
    expect(Object.keys(plain.dependencies)).toEqual(['@citadel/sdk']);
    expect(Object.keys(plain.devDependencies)).toEqual(['@citadel/cli', '@citadel/testing', '@types/node', 'happy-dom', 'typescript', 'vite', 'vitest']);
    expect(plain.dependencies['@citadel/sdk']).toBe('^0.1.0');
    expect(plain.overrides).toBeUndefined();

    const withBackend = packageOf(await create({ template: 'lit', backend: true }));
    expect(withBackend.scripts.backend).toBe('tsx watch server/main.ts');
    expect(Object.keys(withBackend.dependencies)).toEqual(['@citadel/node', '@citadel/sdk', '@hono/node-server', 'hono', 'lit']);
    expect(withBackend.devDependencies).toHaveProperty('tsx');
  });

  it('takes every @citadel package from the tarballs of --packages, as file: specs and overrides', async () => {
    const packed = tempFolder();
    for (const name of ['citadel-protocol-0.1.0.tgz', 'citadel-sdk-0.1.0.tgz', 'citadel-bundle-checks-0.1.0.tgz', 'create-citadel-app-0.1.0.tgz', 'notes.txt']) {
      writeFileSync(join(packed, name), '');
    }
    const written = packageOf(await create({ template: 'vanilla', packages: packed }));
    expect(written.dependencies['@citadel/sdk']).toBe(`file:${join(packed, 'citadel-sdk-0.1.0.tgz')}`);
    // Not among the tarballs: the registry's, at the kit's version.
    expect(written.devDependencies['@citadel/cli']).toBe('^0.1.0');
    expect(written.overrides).toEqual({
      '@citadel/bundle-checks': `file:${join(packed, 'citadel-bundle-checks-0.1.0.tgz')}`,
      '@citadel/protocol': `file:${join(packed, 'citadel-protocol-0.1.0.tgz')}`,
      '@citadel/sdk': `file:${join(packed, 'citadel-sdk-0.1.0.tgz')}`,
    });
  });

  it.each([
    [{ id: 'Bus_Times' }, 'INVALID_ID', /3 to 32 characters, lowercase letters, digits and dashes/],
    [{ id: 'ab' }, 'INVALID_ID', /"ab" is not an app id/],
    [{ id: 'console' }, 'RESERVED_ID', /kept by the platform/],
    [{ template: 'react' }, 'UNKNOWN_TEMPLATE', /Unknown template "react": choose one of vanilla, lit/],
    [{ packages: '/nonexistent/citadel-packages' }, 'NO_PACKAGES', /no such folder/],
  ])('refuses %j with %s, writing nothing', async (options, code, message) => {
    const dir = join(tempFolder(), 'app');
    await expect(createApp({ dir, id: 'bus-times', template: 'vanilla', ...options })).rejects.toMatchObject({ name: 'CreateAppError', code, message: expect.stringMatching(message) });
    expect(existsSync(dir)).toBe(false);
  });

  it('refuses a folder of tarballs with no @citadel one', async () => {
    const packed = tempFolder();
    writeFileSync(join(packed, 'create-citadel-app-0.1.0.tgz'), '');
    await expect(create({ template: 'vanilla', packages: packed })).rejects.toMatchObject({ code: 'NO_PACKAGES', message: expect.stringContaining('no @citadel tarball') });
  });

  it('refuses a folder that holds anything, and leaves it as it was; an empty one is fine', async () => {
    const dir = tempFolder();
    mkdirSync(join(dir, '.git'));
    await expect(createApp({ dir, id: 'bus-times', template: 'vanilla' })).rejects.toMatchObject({ code: 'NOT_EMPTY', message: expect.stringContaining(`${dir} is not empty`) });
    expect(readdirSync(dir)).toEqual(['.git']);
    await expect(createApp({ dir: tempFolder(), id: 'bus-times', template: 'vanilla' })).resolves.toMatchObject({ id: 'bus-times' });
  });
});
