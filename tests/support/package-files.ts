import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** What the checks read of an installed package's `package.json`. */
export interface InstalledManifest {
  name: string;
  version: string;
  license?: string;
  main?: string;
  types?: string;
  sideEffects?: boolean | string[];
  engines?: Record<string, string>;
  exports?: Record<string, string | Record<string, string>>;
  bin?: string | Record<string, string>;
  dependencies?: Record<string, string>;
  peerDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

/** The `package.json` of `name` as npm installed it under `projectDir`. */
export function installedManifest(projectDir: string, name: string): InstalledManifest {
  return JSON.parse(readFileSync(join(projectDir, 'node_modules', name, 'package.json'), 'utf8')) as InstalledManifest;
}

/** Every file below `dir`, as paths relative to it. */
export function filesBelow(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    return entry.isDirectory() ? filesBelow(dir, path) : [path];
  });
}

/** The import specifier of each subpath export: `.` is the package name, `./api` is `name/api`. */
export function exportSpecifiers(manifest: InstalledManifest): { specifier: string; target: string | Record<string, string> }[] {
  return Object.entries(manifest.exports ?? {})
    .filter(([subpath]) => subpath !== './package.json')
    .map(([subpath, target]) => ({ specifier: subpath === '.' ? manifest.name : `${manifest.name}${subpath.slice(1)}`, target }));
}

/** The files a source map in `packageDir` names that the package does not hold. */
export function missingSources(packageDir: string, mapPath: string): string[] {
  const map = JSON.parse(readFileSync(join(packageDir, mapPath), 'utf8')) as { sources: string[]; sourceRoot?: string };
  const base = resolve(packageDir, dirname(mapPath), map.sourceRoot ?? '');
  return map.sources.filter((source) => !existsSync(resolve(base, source)));
}

/** Every range a manifest gives its dependencies, as `name@range`. */
export function dependencyRanges(manifest: InstalledManifest): string[] {
  return [manifest.dependencies, manifest.peerDependencies, manifest.optionalDependencies]
    .flatMap((deps) => Object.entries(deps ?? {}))
    .map(([name, range]) => `${name}@${range}`);
}
