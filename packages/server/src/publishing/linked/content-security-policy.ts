/** One policy: its directives by lower-cased name, each with its list of tokens. */
export type Policy = ReadonlyMap<string, readonly string[]>;

const WHITESPACE = /[\t\n\f\r ]+/;
const EDGE_WHITESPACE = /^[\t\n\f\r ]+|[\t\n\f\r ]+$/g;
const DIRECTIVE_NAME = /^[a-z0-9-]+$/;

/**
 * One serialised policy, parsed as CSP Level 3 §2.2.1 says: directives split on `;`, names
 * compared case-insensitively, and only the first of a repeated directive kept (browsers
 * ignore the others).
 */
function parsePolicy(serialized: string): Policy {
  const directives = new Map<string, readonly string[]>();
  for (const part of serialized.split(';')) {
    const [name = '', ...value] = part.replace(EDGE_WHITESPACE, '').split(WHITESPACE);
    const key = name.toLowerCase();
    if (DIRECTIVE_NAME.test(key) && !directives.has(key)) directives.set(key, value);
  }
  return directives;
}

/**
 * The enforced policies of a response: every `Content-Security-Policy` header line, each split
 * on `,` into the policies it carries (CSP Level 3 §2.2.2). A browser enforces them all, so a
 * load must pass every one. `Content-Security-Policy-Report-Only` enforces nothing and is not read.
 */
export function enforcedPolicies(headerLines: readonly string[]): Policy[] {
  return headerLines.flatMap((line) => line.split(',')).map(parsePolicy);
}
