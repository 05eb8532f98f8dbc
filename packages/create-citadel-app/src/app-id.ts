import { AppId, RESERVED_APP_IDS } from '@citadel/protocol';
import { CreateAppError } from './create-error.js';

/**
 * Why `id` cannot be an app id, or `undefined` when it can: the manifest schema's rule (`AppId` of
 * `@citadel/protocol`, the one the platform checks) and the ids the platform keeps for itself.
 */
export function appIdProblem(id: string): string | undefined {
  if (RESERVED_APP_IDS.includes(id)) return `"${id}" is kept by the platform (${RESERVED_APP_IDS.join(', ')}): choose another id`;
  if (!AppId.safeParse(id).success) {
    return `"${id}" is not an app id: 3 to 32 characters, lowercase letters, digits and dashes, starting with a letter and not ending with a dash (it becomes your app's host name)`;
  }
  return undefined;
}

/** Returns `id` when it can be an app id; throws `CreateAppError` (`INVALID_ID` or `RESERVED_ID`) naming the rule otherwise. */
export function checkAppId(id: string): string {
  const problem = appIdProblem(id);
  if (problem === undefined) return id;
  throw new CreateAppError(RESERVED_APP_IDS.includes(id) ? 'RESERVED_ID' : 'INVALID_ID', problem);
}

/** The app id a folder name suggests (`My App` → `my-app`), or `undefined` when it suggests none that is valid. */
export function appIdFromFolder(folder: string): string | undefined {
  const id = folder.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^[^a-z]+/, '').replace(/-+$/, '').slice(0, 32).replace(/-+$/, '');
  return appIdProblem(id) === undefined ? id : undefined;
}

/** A display name from an app id: `bus-times` → `Bus Times`. */
export const appNameOf = (id: string): string =>
  id.split('-').filter((word) => word !== '').map((word) => `${word[0]!.toUpperCase()}${word.slice(1)}`).join(' ');
