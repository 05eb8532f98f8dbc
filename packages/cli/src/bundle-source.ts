import { readdir, readFile, stat } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { zipSync } from 'fflate';
import { CliError } from './cli-error.js';

/** Every regular file under `folder`, by its path from the folder with `/` separators; anything else is refused. */
async function filesOf(folder: string): Promise<Record<string, Uint8Array>> {
  const files: Record<string, Uint8Array> = {};
  for (const entry of await readdir(folder, { recursive: true, withFileTypes: true })) {
    if (entry.isDirectory()) continue;
    // `parentPath` arrived in Node 20.12; earlier Node 20 releases name the folder `path`.
    const path = join((entry as { parentPath?: string }).parentPath ?? entry.path, entry.name);
    const name = relative(folder, path).split(sep).join('/');
    // The platform refuses links and special files in an archive; a folder's are refused here rather than followed.
    if (!entry.isFile()) throw new CliError('NO_BUNDLE', `${name} is not a regular file (a symbolic link or a special file): a bundle holds plain files only`);
    files[name] = await readFile(path);
  }
  return files;
}

/**
 * The bytes of a bundle, as the platform receives an upload: a `.zip` file as it is, or a folder (a built `dist/`
 * with `manifest.json` at its root) zipped in memory, every file at its path from the folder. Rejects with
 * `CliError` `NO_BUNDLE` when `path` is neither.
 */
export async function readBundleSource(path: string): Promise<Uint8Array> {
  let info;
  try {
    info = await stat(path);
  } catch {
    throw new CliError('NO_BUNDLE', `${path} does not exist: give a built folder (such as dist) or a .zip file`);
  }
  if (info.isFile()) return new Uint8Array(await readFile(path));
  if (!info.isDirectory()) throw new CliError('NO_BUNDLE', `${path} is neither a folder nor a .zip file`);
  return zipSync(await filesOf(path), { level: 6 });
}
