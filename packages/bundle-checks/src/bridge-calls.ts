import { isMethodName, methodNames, type MethodName } from '@citadel/protocol';

const QUOTE = '[\'"`]';
const BEFORE = '(?<![\\w$])';
const AFTER = '(?![\\w$])';

/**
 * `x.payments.pay`, `payments?.pay`, `x["payments"]["pay"]` (the SDK's namespaces, minified or
 * not) and `"payments.pay"` in any quotes (`client.call("payments.pay")`, `client.supports(…)`).
 */
function accessOf(method: MethodName): RegExp {
  const [namespace, member] = method.split('.') as [string, string];
  const ns = `(?:${BEFORE}${namespace}|\\[\\s*(?<q1>${QUOTE})${namespace}\\k<q1>\\s*\\])`;
  const mem = `(?:\\??\\.\\s*${member}${AFTER}|(?:\\?\\.)?\\s*\\[\\s*(?<q2>${QUOTE})${member}\\k<q2>\\s*\\])`;
  return new RegExp(`${ns}\\s*${mem}`);
}

const accesses = methodNames.map((method) => ({ method, pattern: accessOf(method) }));
const namespaces = [...new Set(methodNames.map((method) => method.split('.')[0]!))];

// `}=x.payments`: the end of a pattern destructured from a namespace. Matched from its end, then
// read back to its `{`, so that no text makes the search quadratic (a `{` followed by megabytes
// of `pay pay pay …` would, for a regular expression that starts at the `{`).
const DESTRUCTURED_FROM = new RegExp(`\\}\\s*=\\s*(?:[\\w$]+\\s*\\??\\.\\s*)*(?<namespace>${namespaces.join('|')})${AFTER}`, 'g');
/** Longer than any destructuring pattern a build writes; bounds the reading back. */
const PATTERN_LOOKBACK = 500;

/** `{pay:t}=x.payments`: the members destructured from each namespace, at the index of their `{`. */
function destructured(code: string): Array<{ method: string; index: number }> {
  return [...code.matchAll(DESTRUCTURED_FROM)].flatMap((match) => {
    const from = Math.max(0, match.index - PATTERN_LOOKBACK);
    const before = code.slice(from, match.index);
    const open = before.lastIndexOf('{');
    if (open === -1) return [];
    const names = before.slice(open + 1).match(/(?<![\w$:])[\w$]+/g) ?? []; // keys, not `:alias`
    return names.map((name) => ({ method: `${match.groups!.namespace}.${name}`, index: from + open }));
  });
}

/**
 * The bridge methods `code` names, each with the index of its first mention. A static reading:
 * it finds what the SDK's own calls look like in built code, not a name assembled at run time;
 * the host refuses a method whose permission the manifest lacks whatever this finds
 * (docs/security-model.md, "Every call is checked, in this order").
 */
export function findBridgeCalls(code: string): Array<{ method: MethodName; index: number }> {
  const first = new Map<MethodName, number>();
  const note = (method: MethodName, index: number) => {
    if (!first.has(method) || first.get(method)! > index) first.set(method, index);
  };
  for (const { method, pattern } of accesses) {
    const match = pattern.exec(code);
    if (match) note(method, match.index);
  }
  for (const { method, index } of destructured(code)) {
    if (isMethodName(method)) note(method, index);
  }
  return [...first].map(([method, index]) => ({ method, index }));
}
