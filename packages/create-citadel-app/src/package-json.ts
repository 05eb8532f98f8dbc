import { DEPENDENCY_VERSIONS, type ThirdPartyPackage } from './dependency-versions.js';
import type { Template } from './templates.js';

/** What the new project's `package.json` depends on. */
export interface ProjectPackageOptions {
  readonly id: string;
  readonly template: Template;
  readonly backend: boolean;
  /** The range of every `@citadel/*` package when they come from the registry: this kit's own version. */
  readonly citadelRange: string;
  /** `@citadel/*` packages from local tarballs, as `file:` specs by name (`--packages`); they replace `citadelRange`. */
  readonly localPackages?: Readonly<Record<string, string>> | undefined;
}

const sorted = (entries: [string, string][]): Record<string, string> =>
  Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));

/**
 * The new project's `package.json`, as text: the scripts `citadel dev` and the docs rely on, the SDK (and lit), the
 * kit's tools, and with a backend `@citadel/node`, Hono and tsx. With local tarballs, every `@citadel/*` package is
 * also an npm `overrides` entry, so the ones the kit's packages depend on come from the tarballs too.
 */
export function projectPackageJson(options: ProjectPackageOptions): string {
  const citadel = (name: string): [string, string] => [name, options.localPackages?.[name] ?? options.citadelRange];
  const thirdParty = (name: ThirdPartyPackage): [string, string] => [name, DEPENDENCY_VERSIONS[name]];
  const dependencies = [citadel('@citadel/sdk'), ...(options.template === 'lit' ? [thirdParty('lit')] : [])];
  const devDependencies = [
    citadel('@citadel/cli'), citadel('@citadel/testing'),
    thirdParty('vite'), thirdParty('vitest'), thirdParty('typescript'), thirdParty('happy-dom'), thirdParty('@types/node'),
  ];
  if (options.backend) {
    dependencies.push(citadel('@citadel/node'), thirdParty('hono'), thirdParty('@hono/node-server'));
    devDependencies.push(thirdParty('tsx'));
  }
  const scripts: Record<string, string> = {
    dev: 'citadel dev',
    build: 'tsc --noEmit && vite build',
    test: 'vitest run',
    validate: 'citadel validate dist',
    publish: 'citadel publish dist',
    ...(options.backend ? { backend: 'tsx watch server/main.ts' } : {}),
  };
  const manifest = {
    name: options.id,
    version: '0.1.0',
    private: true,
    type: 'module',
    scripts,
    dependencies: sorted(dependencies),
    devDependencies: sorted(devDependencies),
    ...(options.localPackages ? { overrides: sorted(Object.entries(options.localPackages)) } : {}),
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
