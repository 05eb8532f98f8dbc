import {
  CitadelError, ErrorCode, isMethodName, methods,
  type CallOutcome, type MethodName,
} from '@citadel/protocol';
import type { PermissionGate } from './permission-gate.js';

/** Any method's handler, once the registry said which method it is. */
export type AnyHandler = (params: unknown) => unknown;

/** The first issues of a failed parse, as a host lists them in `data.issues`. */
const issuesOf = (issues: ReadonlyArray<{ path: PropertyKey[]; code: string; message: string }>) =>
  issues.slice(0, 10).map((issue) => ({ path: issue.path.map(String).join('.'), code: issue.code, message: issue.message }));

const describe = (issues: ReturnType<typeof issuesOf>) => `${issues[0]?.path || '(root)'}: ${issues[0]?.message ?? 'invalid'}`;

/**
 * Answers one call in a host's order: the registry's names only (`UNKNOWN_METHOD`), a handled method
 * (`UNSUPPORTED`), the method's strict params schema (`INVALID_PARAMS`), the scripted permission
 * (`PERMISSION_DENIED`), the handler, then the registry's result schema. A result outside it, or a handler that
 * throws anything but a `CitadelError`, is the test's mistake: the app gets `INTERNAL` naming it, loudly.
 */
export async function answerCall(
  method: unknown, params: unknown, handlerFor: (method: MethodName) => AnyHandler | undefined, gate: PermissionGate,
): Promise<CallOutcome> {
  try {
    if (!isMethodName(method)) throw new CitadelError(ErrorCode.UNKNOWN_METHOD, `"${String(method).slice(0, 64)}" is not a bridge method`);
    const handler = handlerFor(method);
    if (!handler) throw new CitadelError(ErrorCode.UNSUPPORTED, `The mock host has no handler for ${method}: give one in createMockHost({ handlers })`, { method });
    const spec = methods[method];
    const parsed = spec.params.safeParse(params ?? {});
    if (!parsed.success) {
      const issues = issuesOf(parsed.error.issues);
      throw new CitadelError(ErrorCode.INVALID_PARAMS, `Invalid params for ${method}: ${describe(issues)}`, { issues });
    }
    gate.check(method);
    let value: unknown;
    try {
      value = await handler(parsed.data);
    } catch (error) {
      if (error instanceof CitadelError) throw error;
      throw new CitadelError(ErrorCode.INTERNAL, `The mock handler for ${method} threw: ${String((error as Error)?.message ?? error)}`);
    }
    const checked = spec.result.safeParse(value);
    if (!checked.success) {
      const issues = issuesOf(checked.error.issues);
      throw new CitadelError(ErrorCode.INTERNAL, `The mock handler for ${method} answered outside the registry's result schema: ${describe(issues)}`, { issues });
    }
    return { ok: true, value: checked.data };
  } catch (error) {
    return { ok: false, error: CitadelError.from(error).toJSON() };
  }
}
