import { confirm, isCancel, select, text } from '@clack/prompts';
import { appIdProblem } from './app-id.js';
import { CreateAppError } from './create-error.js';
import { TEMPLATES, type Template } from './templates.js';

/** One answer, or `CreateAppError` `CANCELLED` when the question was dismissed (Ctrl+C, Escape). */
function answered<T>(value: T): Exclude<T, symbol> {
  if (isCancel(value)) throw new CreateAppError('CANCELLED', 'Cancelled: nothing was written');
  return value as Exclude<T, symbol>;
}

/** Asks for the folder to write into. */
export async function askFolder(suggested: string): Promise<string> {
  return answered(await text({ message: 'Where should the project go?', placeholder: suggested, defaultValue: suggested }));
}

/** Asks for the app id, checked with the manifest schema's rule while typing. */
export async function askAppId(suggested: string | undefined): Promise<string> {
  return answered(await text({
    message: 'App id (lowercase letters, digits and dashes; it becomes your app\'s host name)',
    ...(suggested === undefined ? {} : { placeholder: suggested, defaultValue: suggested }),
    validate: (value) => appIdProblem(value || suggested || ''),
  }));
}

/** Asks for the front-end template. */
export async function askTemplate(): Promise<Template> {
  return answered(await select<Template>({
    message: 'Template',
    options: TEMPLATES.map((value) => ({ value, label: value, hint: value === 'lit' ? 'web components with lit' : 'TypeScript and the DOM' })),
    initialValue: 'vanilla',
  }));
}

/** Asks whether to add a backend. */
export async function askBackend(): Promise<boolean> {
  return answered(await confirm({ message: 'Add a backend (Hono and @citadel/node, in server/)?', initialValue: false }));
}
