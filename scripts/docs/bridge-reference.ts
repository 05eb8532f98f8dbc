// Renders docs/reference/bridge.md from the method registry: the one declaration of each method.
import * as z from 'zod/mini';
import { commonErrors, events, methodNames, methods, PROTOCOL_VERSION, ErrorCode } from '../../packages/protocol/src/index.js';
import { typeOf, type Schema } from './json-schema-type.js';

const schemaOf = (schema: z.ZodMiniType) => z.toJSONSchema(schema) as Schema;
const code = (text: string) => `\`\`\`ts\n${text}\n\`\`\``;

/** The whole reference page. */
export function renderBridgeReference(): string {
  const out: string[] = [
    '<!-- Generated from packages/protocol/src/registry.ts by `npm run docs`. Do not edit by hand. -->',
    '# Bridge reference',
    '',
    `Protocol version **${PROTOCOL_VERSION}**. Every method a mini-app can call, from the registry the host dispatches. ` +
      'Call them as `client.<namespace>.<name>(params)` or `client.call(\'<namespace>.<name>\', params)`; ' +
      'check `client.supports(name)` first for anything optional. Params are strict: unknown keys are refused with `INVALID_PARAMS`.',
    '',
    '## Errors every call can answer',
    '',
    '| code | when |',
    '| --- | --- |',
    ...commonErrors.map((c) => `| \`${c}\` | ${errorText[c]} |`),
    '',
    'Errors arrive as `CitadelError` with `code`, `message` and, for limits, `data` naming the limit (`data.limit`).',
    '',
  ];
  let namespace = '';
  for (const name of methodNames) {
    const spec = methods[name];
    const ns = name.split('.')[0]!;
    if (ns !== namespace) {
      namespace = ns;
      out.push(`## \`${ns}\``, '');
    }
    out.push(
      `### \`${name}\``,
      '',
      spec.summary,
      '',
      `- **Permission:** ${spec.permission ? `\`${spec.permission}\` (declare it in your manifest with a reason)` : 'none'}`,
      `- **Since:** ${spec.since}`,
      `- **Errors:** ${spec.errors.length ? spec.errors.map((e) => `\`${e}\``).join(', ') + ', plus the common ones' : 'the common ones'}`,
      '',
      'Params:',
      '',
      code(typeOf(schemaOf(spec.params))),
      '',
      'Result:',
      '',
      code(typeOf(schemaOf(spec.result))),
      '',
    );
  }
  out.push('## Events', '', 'Subscribe with `client.on(name, listener)`; it returns the unsubscribe function.', '');
  for (const [name, schema] of Object.entries(events)) {
    out.push(`### \`${name}\``, '', code(typeOf(schemaOf(schema))), '');
  }
  out.push('## All error codes', '', '| code | meaning |', '| --- | --- |', ...Object.values(ErrorCode).map((c) => `| \`${c}\` | ${errorText[c]} |`), '');
  return out.join('\n');
}

const errorText: Record<string, string> = {
  NOT_HOSTED: '`connect()` found no host: the page is not framed by a Citadel host, or the host did not answer in time.',
  UNSUPPORTED: 'This host does not offer the method (yet); `supports()` answers false for it.',
  UNKNOWN_METHOD: 'The name is not in the registry.',
  INVALID_PARAMS: 'Params failed the strict schema; `data.issues` lists the paths.',
  PAYLOAD_TOO_LARGE: 'Params over 64 KiB or nested deeper than 16 levels; `data.limit` and `data.unit` say which.',
  PERMISSION_DENIED: 'The citizen refused (`data.remembered` when an earlier refusal stands) or the manifest does not declare the permission (`data.undeclared`).',
  RATE_LIMITED: 'More than `data.limit` calls in `data.windowMs`; retry after `data.retryAfterMs`.',
  QUOTA_EXCEEDED: 'The app\'s storage would pass `data.limit` bytes (`data.used` in use).',
  CANCELLED: 'The citizen dismissed a host sheet.',
  TIMEOUT: 'No answer within the call timeout (`data.timeoutMs`).',
  SESSION_CLOSED: 'The session ended: the app was closed, or its page was reloaded or navigated away.',
  ALREADY_CONNECTED: 'A handshake from a page that already holds a live session: one session per page load; the first session keeps working.',
  ORIGIN_MISMATCH: 'The frame is not on the origin the host opened it for.',
  VERSION_MISMATCH: 'The SDK and the host speak different major protocol versions.',
  UNAVAILABLE: 'The device could not provide the value (no position fix).',
  INTERNAL: 'The host failed; the message says what, without internals.',
};
