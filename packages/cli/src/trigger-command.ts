import type { Output } from './output.js';
import { triggerWebhook } from './trigger.js';
import { webhookSecretOf } from './webhook-secret-option.js';

/** `citadel webhooks trigger`'s options. */
export interface TriggerCommandOptions {
  readonly forwardTo: string;
  /** The webhook secret; default `CITADEL_WEBHOOK_SECRET`. */
  readonly secret?: string;
}

/** The most of an answer's body printed, in characters. */
const MAX_PRINTED = 2000;

/**
 * Sends a signed test event of `type` to `--forward-to` and prints the answer's status (and body). Resolves to the
 * exit code: 0 for a 2xx answer, 1 otherwise; rejects with `CliError` `MISSING_ENV` without a secret.
 */
export async function triggerCommand(type: string, options: TriggerCommandOptions, env: NodeJS.ProcessEnv, io: Output): Promise<number> {
  const secret = webhookSecretOf(options.secret, env);
  const { id, answer } = await triggerWebhook({ type, forwardTo: options.forwardTo, secret });
  const ok = answer.status >= 200 && answer.status <= 299;
  io.out(`${ok ? '✓' : '✗'} ${type} (${id}) → ${options.forwardTo}: HTTP ${answer.status}`);
  if (answer.text !== '') io.out(answer.text.length > MAX_PRINTED ? `${answer.text.slice(0, MAX_PRINTED)}…` : answer.text);
  return ok ? 0 : 1;
}
