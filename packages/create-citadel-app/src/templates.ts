import { CreateAppError } from './create-error.js';

/** The front-end templates: plain TypeScript with the DOM, or a lit element. */
export const TEMPLATES = ['vanilla', 'lit'] as const;
/** A front-end template. */
export type Template = (typeof TEMPLATES)[number];

/** Returns `name` as a template; throws `CreateAppError` `UNKNOWN_TEMPLATE` listing the templates otherwise. */
export function checkTemplate(name: string): Template {
  const found = TEMPLATES.find((template) => template === name);
  if (found === undefined) throw new CreateAppError('UNKNOWN_TEMPLATE', `Unknown template "${name}": choose one of ${TEMPLATES.join(', ')}`);
  return found;
}
