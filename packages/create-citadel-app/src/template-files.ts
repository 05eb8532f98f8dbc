import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Files a package cannot ship under their real names (npm leaves `.gitignore` out of a tarball), stored with a
 * leading `_` instead of the dot.
 */
const DOTFILES: Readonly<Record<string, string>> = { _gitignore: '.gitignore', _env: '.env' };

/** Every file below `folder`, as paths relative to it. */
function filesBelow(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    return entry.isDirectory() ? filesBelow(path).map((file) => join(entry.name, file)) : [entry.name];
  });
}

/**
 * Copies the template folder `from` into `to`, replacing each key of `substitutions` (such as `__APP_ID__`) with its
 * value in every file, and naming `_gitignore` and `_env` with their dot. Returns the paths written, relative to `to`, with `/`.
 */
export function copyTemplate(from: string, to: string, substitutions: Readonly<Record<string, string>>): string[] {
  return filesBelow(from).map((file) => {
    const parts = file.split(/[\\/]/);
    const name = parts.pop()!;
    const target = join(...parts, DOTFILES[name] ?? name);
    let text = readFileSync(join(from, file), 'utf8');
    for (const [key, value] of Object.entries(substitutions)) text = text.replaceAll(key, value);
    mkdirSync(join(to, ...parts), { recursive: true });
    writeFileSync(join(to, target), text);
    return [...parts, DOTFILES[name] ?? name].join('/');
  });
}
