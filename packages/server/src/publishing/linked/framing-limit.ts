import { enforcedPolicies } from './content-security-policy.js';

/** What a `frame-ancestors` source expression allows, as far as this check goes. */
type SourceKind = 'host' | 'self' | 'none' | 'other';

// `scheme://host[:port]`, an optional `/` and nothing more: the one spelling of an origin accepted as the host.
const ORIGIN_SOURCE = /^[a-z][a-z0-9+.-]*:\/\/[^/?#\\@*]+\/?$/i;

function kindOf(source: string, hostOrigin: string): SourceKind {
  const lower = source.toLowerCase();
  if (lower === "'self'") return 'self';
  if (lower === "'none'") return 'none';
  // The URL parser folds case and a default port, as CSP's host and port matching do.
  if (ORIGIN_SOURCE.test(source) && URL.canParse(source) && new URL(source).href === `${hostOrigin}/`) return 'host';
  return 'other';
}

/** Why the framing is not limited to the host: a clause for the partner, and the facts behind it. */
export interface FramingProblem {
  readonly clause: string;
  readonly detail: Readonly<Record<string, unknown>>;
}

/**
 * Whether an entry page's headers let the host, and nobody else, frame it, or why not
 * (docs/security-model.md, "Your app is its origin"). At least one enforced policy must have
 * a `frame-ancestors` directive, and every policy that has one must list the host's origin and
 * nothing else but `'self'` (the app's own origin) or `'none'` (ignored beside other sources).
 * Several policies are all enforced, so this is stricter than their intersection: a policy
 * that allows others is refused even when another one excludes them. `X-Frame-Options` alone
 * is not enough: it cannot name the host (`ALLOW-FROM` is obsolete), and browsers ignore it
 * beside `frame-ancestors`. `undefined` when the framing is limited.
 */
export function framingProblem(headers: NodeJS.Dict<string[]>, hostOrigin: string): FramingProblem | undefined {
  const lines = headers['content-security-policy'] ?? [];
  const lists = enforcedPolicies(lines).flatMap((policy) => {
    const list = policy.get('frame-ancestors');
    return list === undefined ? [] : [list];
  });
  if (lists.length === 0) {
    const missing = lines.length === 0 ? 'it sends no Content-Security-Policy header' : 'no Content-Security-Policy it sends has a frame-ancestors directive';
    const xfo = headers['x-frame-options'] === undefined ? '' : ' (X-Frame-Options cannot name the host, so it does not count)';
    return { clause: `${missing}${xfo}`, detail: { frameAncestors: [] } };
  }
  const detail = { frameAncestors: lists.map((list) => list.join(' ')) };
  for (const list of lists) {
    const shown = list.length === 0 ? 'frame-ancestors with no source' : `frame-ancestors ${list.join(' ')}`;
    const other = list.find((source) => kindOf(source, hostOrigin) === 'other');
    if (other !== undefined) return { clause: `its ${shown} lets ${other === '*' ? 'every site' : other} frame it too`, detail };
    if (!list.some((source) => kindOf(source, hostOrigin) === 'host')) return { clause: `its ${shown} does not let the host ${hostOrigin} frame it`, detail };
  }
  return undefined;
}
