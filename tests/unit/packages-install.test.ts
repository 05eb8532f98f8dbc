import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { publicPackages, type PackedPackage } from '../../scripts/lib/pack-packages.mjs';
import { createNpmProject, type NpmProject } from '../support/npm-project.js';
import { packedPackages } from '../support/packed-packages.js';
import {
  dependencyRanges, exportSpecifiers, filesBelow, installedManifest, missingSources, type InstalledManifest,
} from '../support/package-files.js';
import { writeReadmeExamples, writeTypeChecks } from '../support/type-check-files.js';

// Issue 15: every public package installs outside the workspace from its tarball alone. Each one is packed with
// pnpm as built, installed with plain npm into one project in os.tmpdir() (its dependencies from the registry,
// through npm's cache), then imported from Node and type-checked with tsc there: nothing resolves from this
// repository's node_modules. A package appears here by being under packages/ and not private.

const repo = resolve(import.meta.dirname, '../..');
const rootManifest = JSON.parse(readFileSync(resolve(repo, 'package.json'), 'utf8')) as {
  license: string; engines: { node: string }; devDependencies: Record<string, string>;
};
const license = readFileSync(resolve(repo, 'LICENSE'), 'utf8');
const packages = publicPackages();

/** The name each entry point must export, as the docs tell partners to import it. A new package needs only to export something. */
const knownExports: Record<string, string> = {
  '@citadel/protocol': 'PROTOCOL_VERSION',
  '@citadel/protocol/api': 'apiRoutes',
  '@citadel/protocol/webhooks': 'webhookEvents',
  '@citadel/protocol/tokens': 'ID_TOKEN_TYPE',
  '@citadel/sdk': 'connect',
  '@citadel/sdk/messages': 'errorMessage',
  '@citadel/sdk/format': 'formatMoment',
  '@citadel/node': 'verifyIdToken',
  '@citadel/runtime': 'createHost',
  '@citadel/ui': 'CitadelAppView',
  '@citadel/testing': 'createTestPlatform',
  '@citadel/testing/browser': 'createMockHost',
  'create-citadel-app': 'createApp',
};

/** Imports each specifier given on its command line and prints `{ specifier: names | { error } }` as JSON. */
const importAll = `const answers = {};
for (const specifier of process.argv.slice(2)) {
  try { answers[specifier] = Object.keys(await import(specifier)).sort(); }
  catch (error) { answers[specifier] = { error: String(error) }; }
}
process.stdout.write(JSON.stringify(answers));
`;

let project: NpmProject;
let tarballs: PackedPackage[];
const manifests = new Map<string, InstalledManifest>();
/** Every subpath export whose target is a JavaScript module, with the package it belongs to. */
let entries: { name: string; specifier: string; file: string }[];
/** What Node answered for each of `entries`: its export names, or why it could not be imported. */
let imported: { status: number | null; stdout: string; output: string };

beforeAll(async () => {
  project = createNpmProject('citadel-packages-');
  tarballs = await packedPackages();
  const tools = ['typescript', '@types/node'].map((name) => `${name}@${rootManifest.devDependencies[name]}`);
  const install = project.run('npm', ['install', '--no-audit', '--no-fund', ...tarballs.map((pack) => pack.tarball), ...tools]);
  if (install.status !== 0) throw new Error(`npm install failed:\n${install.output}`);
  for (const { name } of packages) manifests.set(name, installedManifest(project.dir, name));
  entries = packages.flatMap(({ name }) => exportSpecifiers(manifests.get(name)!).map(({ specifier, target }) => {
    const file = typeof target === 'string' ? target : target.import ?? target.default ?? '';
    return { name, specifier, file };
  })).filter(({ file }) => /\.m?js$/.test(file));
  writeFileSync(join(project.dir, 'import-all.mjs'), importAll);
  imported = project.run('node', ['import-all.mjs', ...entries.map((entry) => entry.specifier)]);
}, 300_000);

afterAll(() => project?.remove());

describe('the public packages, packed and installed with npm outside the repository', () => {
  it('are every package under packages/ that is not private, each packed, in a project outside the repository', () => {
    expect(packages.map((pkg) => pkg.name)).toEqual(expect.arrayContaining(['@citadel/protocol', '@citadel/sdk', '@citadel/node', '@citadel/runtime', '@citadel/ui']));
    expect(packages.map((pkg) => pkg.name)).not.toContain('@citadel/server');
    expect(packages.map((pkg) => pkg.name)).not.toContain('@citadel/api-client');
    expect(tarballs.map((pack) => pack.name)).toEqual(packages.map((pkg) => pkg.name));
    expect(relative(repo, project.dir).startsWith('..')).toBe(true);
  });

  it.each(packages.map((pkg) => pkg.name))('%s: the tarball holds its README, license and changelog, with real dependency ranges', (name) => {
    const manifest = manifests.get(name)!;
    const dir = join(project.dir, 'node_modules', name);
    const workspace = packages.find((pkg) => pkg.name === name)!;
    expect(manifest.version).toBe(workspace.version);
    expect(dependencyRanges(manifest).filter((range) => /@(workspace|link|file|portal):/.test(range))).toEqual([]);
    expect(manifest.license).toBe(rootManifest.license);
    expect(readFileSync(join(dir, 'LICENSE'), 'utf8')).toBe(license);
    // Titled with its name, and saying how to get it with npm (npm install, or npm create for a starter).
    const readme = readFileSync(join(dir, 'README.md'), 'utf8');
    expect(readme.startsWith(`# ${name}\n`), 'README title').toBe(true);
    expect(readme).toMatch(/```sh\n(?:.*\n)*?npm (install|i|create) /);
    expect(readFileSync(join(dir, 'CHANGELOG.md'), 'utf8')).toContain(`## ${manifest.version}`);
    expect(manifest.engines?.node).toBe(rootManifest.engines.node);
    expect(manifest.sideEffects, 'sideEffects').toBeDefined();
  });

  it.each(packages.map((pkg) => pkg.name))('%s: every entry point exists, types first, with .d.ts files and source maps whose sources ship', (name) => {
    const manifest = manifests.get(name)!;
    const dir = join(project.dir, 'node_modules', name);
    const files = filesBelow(dir);
    const exported = exportSpecifiers(manifest);
    const bins = typeof manifest.bin === 'string' ? [manifest.bin] : Object.values(manifest.bin ?? {});
    // A command-line package may have bin alone; any other needs an exports map.
    if (bins.length === 0) expect(exported.length, 'exports entries').toBeGreaterThan(0);
    for (const { specifier, target } of exported) {
      const conditions = typeof target === 'string' ? { default: target } : target;
      if (/\.m?js$/.test(Object.values(conditions).at(-1) ?? '')) expect(Object.keys(conditions)[0], `${specifier}: first condition`).toBe('types');
      for (const file of Object.values(conditions)) expect(existsSync(join(dir, file)), `${specifier}: ${file}`).toBe(true);
    }
    for (const file of [manifest.main, manifest.types].filter((path) => path !== undefined)) expect(existsSync(join(dir, file)), file).toBe(true);
    for (const file of bins) expect(readFileSync(join(dir, file), 'utf8').startsWith('#!'), `bin ${file}`).toBe(true);
    if (exported.length > 0) expect(files.filter((file) => file.endsWith('.d.ts')).length, '.d.ts files').toBeGreaterThan(0);
    expect(files.filter((file) => file.endsWith('.map')).flatMap((map) => missingSources(dir, map).map((source) => `${map} → ${source}`))).toEqual([]);
  });

  it('imports every package and every subpath export in Node, each with its known export', () => {
    expect(imported.status, imported.output).toBe(0);
    const answers = JSON.parse(imported.stdout) as Record<string, string[] | { error: string }>;
    for (const { name, specifier, file } of entries) {
      const names = answers[specifier];
      expect(Array.isArray(names), `${specifier}: ${JSON.stringify(names)}`).toBe(true);
      if (knownExports[specifier] !== undefined) expect(names, specifier).toContain(knownExports[specifier]);
      // A module that exports nothing is imported for its effect, which the package must declare.
      if ((names as string[]).length === 0) expect(manifests.get(name)!.sideEffects, `${specifier} exports nothing`).toContain(file);
    }
    expect(Object.keys(knownExports).filter((specifier) => !(specifier in answers)), 'known exports not imported').toEqual([]);
  });

  it('type-checks an import of every export, and every README example, with tsc under NodeNext and Bundler resolution', () => {
    const answers = JSON.parse(imported.stdout) as Record<string, string[] | { error: string }>;
    const names = Object.fromEntries(Object.entries(answers).filter((answer): answer is [string, string[]] => Array.isArray(answer[1])));
    const configs = writeTypeChecks(project.dir, names);
    const examples = packages.map(({ name }) => writeReadmeExamples(project.dir, name, readFileSync(join(project.dir, 'node_modules', name, 'README.md'), 'utf8')));
    expect(examples.every((count) => count > 0), 'every README has a ts example').toBe(true);
    for (const config of configs) {
      const checked = project.run('node', ['node_modules/typescript/bin/tsc', '-p', config]);
      expect(checked.status, `tsc -p ${config}\n${checked.output}`).toBe(0);
    }
  }, 120_000);
});
