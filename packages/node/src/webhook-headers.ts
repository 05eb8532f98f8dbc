import { WebhookVerificationError } from './webhook-error.js';

/**
 * Request headers in any of the forms a Node backend has them: a fetch `Headers`, Node's
 * `IncomingHttpHeaders` (`req.headers`), or a plain record. Names are matched case-insensitively.
 */
export type WebhookHeaders =
  | Headers
  | { readonly [name: string]: string | readonly string[] | undefined };

const isHeaders = (value: unknown): value is Headers =>
  typeof Headers !== 'undefined' && value instanceof Headers;

/**
 * The one value of header `name` (lower case), or `undefined` when it is absent or empty.
 * Several different values for it are `MALFORMED`: a webhook carries each header once.
 */
export function readHeader(headers: WebhookHeaders, name: string): string | undefined {
  if (isHeaders(headers)) return headers.get(name) || undefined;
  const values: string[] = [];
  for (const [key, value] of Object.entries(headers)) {
    if (key.toLowerCase() !== name || value === undefined) continue;
    if (typeof value === 'string') values.push(value);
    else if (Array.isArray(value)) values.push(...value.filter((entry): entry is string => typeof entry === 'string'));
  }
  const distinct = [...new Set(values.filter((value) => value !== ''))];
  if (distinct.length > 1) throw new WebhookVerificationError('MALFORMED', `The ${name} header appears more than once`);
  return distinct[0];
}
