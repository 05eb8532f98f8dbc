import type { Readable, Writable } from 'node:stream';
import { confirm, isCancel, select, text } from '@clack/prompts';
import { appIdProblem } from './app-id.js';
import { CreateAppError } from './create-error.js';
import { TEMPLATES, type Template } from './templates.js';

/** Where questions are asked: a terminal's input and output (default: the process's). */
export interface Terminal {
  readonly input?: Readable;
  readonly output?: Writable;
}

/** One answer, or `CreateAppError` `CANCELLED` when the question was dismissed (Ctrl+C, Escape). */
function answered<T>(value: T): Exclude<T, symbol> {
  if (isCancel(value)) throw new CreateAppError('CANCELLED', 'Cancelled: nothing was written');
  return value as Exclude<T, symbol>;
}

/** Asks for the folder to write into. */
export async function askFolder(terminal: Terminal, suggested: string): Promise<string> {
  return answered(await text({ ...terminal, message: 'Where should the project go?', placeholder: suggested, defaultValue: suggested }));
}

/** Asks for the app id, checked with the manifest schema's rule while typing. */
export async function askAppId(terminal: Terminal, suggested: string | undefined): Promise<string> {
  return answered(await text({
    ...terminal,
    message: 'App id (lowercase letters, digits and dashes; it becomes your app\'s host name)',
    ...(suggested === undefined ? {} : { placeholder: suggested, defaultValue: suggested }),
    validate: (value) => appIdProblem(value || suggested || ''),
  }));
}

/** Asks for the front-end template. */
export async function askTemplate(terminal: Terminal): Promise<Template> {
  return answered(await select<Template>({
    ...terminal,
    message: 'Template',
    options: TEMPLATES.map((value) => ({ value, label: value, hint: value === 'lit' ? 'web components with lit' : 'TypeScript and the DOM' })),
    initialValue: 'vanilla',
  }));
}

/** Asks whether to add a backend. */
export async function askBackend(terminal: Terminal): Promise<boolean> {
  return answered(await confirm({ ...terminal, message: 'Add a backend (Hono and @citadel/node, in server/)?', initialValue: false }));
}
