import { methodNames, type MethodName } from '@citadel/protocol';

const QUOTE = '[\'"`]';
const BEFORE = '(?<![\\w$])';
const AFTER = '(?![\\w$])';

/**
 * Every way built code names a bridge method, for `payments.pay`:
 * - `x.payments.pay`, `payments?.pay`, `x["payments"]["pay"]`: the SDK's namespaces, minified or not;
 * - `"payments.pay"` in any quotes: `client.call("payments.pay")`, `client.supports(…)`;
 * - `{pay:t}=x.payments`: a member destructured from its namespace.
 */
function usage(method: MethodName): RegExp {
  const [namespace, member] = method.split('.') as [string, string];
  const ns = `(?:${BEFORE}${namespace}|\\[\\s*(?<q1>${QUOTE})${namespace}\\k<q1>\\s*\\])`;
  const mem = `(?:\\??\\.\\s*${member}${AFTER}|(?:\\?\\.)?\\s*\\[\\s*(?<q2>${QUOTE})${member}\\k<q2>\\s*\\])`;
  const destructured = `\\{[^{}]*${BEFORE}${member}${AFTER}[^{}]*\\}\\s*=\\s*(?:[\\w$]+\\s*\\??\\.\\s*)*${namespace}${AFTER}`;
  return new RegExp(`${ns}\\s*${mem}|${destructured}`);
}

const usages = methodNames.map((method) => ({ method, pattern: usage(method) }));

/**
 * The bridge methods `code` names, each with the index of its first mention. A static reading:
 * it finds what the SDK's own calls look like in built code, not a name assembled at run time;
 * the host refuses a method whose permission the manifest lacks whatever this finds
 * (docs/security-model.md, "Every call is checked, in this order").
 */
export function findBridgeCalls(code: string): Array<{ method: MethodName; index: number }> {
  return usages.flatMap(({ method, pattern }) => {
    const match = pattern.exec(code);
    return match ? [{ method, index: match.index }] : [];
  });
}
