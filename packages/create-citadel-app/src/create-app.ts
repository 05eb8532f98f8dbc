import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { appNameOf, checkAppId } from './app-id.js';
import { checkEmptyFolder } from './empty-folder.js';
import { readLocalPackages } from './local-packages.js';
import { projectPackageJson } from './package-json.js';
import { copyTemplate } from './template-files.js';
import { checkTemplate, type Template } from './templates.js';

/** What to create. */
export interface CreateAppOptions {
  /** The folder to write the project into; created when missing, refused when it holds anything. */
  readonly dir: string;
  /** The app id: the manifest's `id` and the package's name (the manifest schema's rule, `AppId`). */
  readonly id: string;
  /** `vanilla` (TypeScript and the DOM) or `lit`. */
  readonly template: string;
  /** Whether to add a backend in `server/` (Hono and `@citadel/node`). Default: false. */
  readonly backend?: boolean;
  /**
   * A folder of tarballs from `npm run pack-packages`: every `@citadel/*` package then comes from there (`file:`
   * specs and npm `overrides`) instead of the registry. Default: the registry, at this kit's version.
   */
  readonly packages?: string | undefined;
}

/** A project `createApp` wrote. */
export interface CreatedApp {
  /** Its folder, absolute. */
  readonly dir: string;
  readonly id: string;
  readonly template: Template;
  readonly backend: boolean;
  /** Every file written, relative to `dir`, with `/`, sorted. */
  readonly files: readonly string[];
}

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const { version } = JSON.parse(readFileSync(resolve(packageRoot, 'package.json'), 'utf8')) as { version: string };

/**
 * Writes a new mini-app project into `options.dir`: the `base` template, the front-end template, the `backend`
 * template when asked, each file with `__APP_ID__` and `__APP_NAME__` replaced, and its `package.json`. Rejects with
 * `CreateAppError` (`INVALID_ID`, `RESERVED_ID`, `UNKNOWN_TEMPLATE`, `NOT_EMPTY`, `NO_PACKAGES`) before writing anything.
 */
export async function createApp(options: CreateAppOptions): Promise<CreatedApp> {
  const id = checkAppId(options.id);
  const template = checkTemplate(options.template);
  const backend = options.backend ?? false;
  const dir = resolve(options.dir);
  checkEmptyFolder(dir);
  const localPackages = options.packages === undefined ? undefined : readLocalPackages(options.packages);
  mkdirSync(dir, { recursive: true });
  const substitutions = { __APP_ID__: id, __APP_NAME__: appNameOf(id) };
  const layers = ['base', template, ...(backend ? ['backend'] : [])];
  const files = layers.flatMap((layer) => copyTemplate(resolve(packageRoot, 'templates', layer), dir, substitutions));
  writeFileSync(resolve(dir, 'package.json'), projectPackageJson({ id, template, backend, citadelRange: `^${version}`, localPackages }));
  return { dir, id, template, backend, files: [...files, 'package.json'].sort() };
}
