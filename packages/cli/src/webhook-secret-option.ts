import { WebhookSecret } from '@citadel/protocol/webhooks';
import { CliError } from './cli-error.js';

/** The help of `--secret`, the same for every command that signs. */
export const SECRET_OPTION_HELP = 'the webhook secret your backend verifies with (default: CITADEL_WEBHOOK_SECRET; on the command line, other users of the machine can read it in the process list)';

/** `--secret`, else `CITADEL_WEBHOOK_SECRET`; rejects with `CliError` `MISSING_ENV` without either. */
export function webhookSecretOf(option: string | undefined, env: NodeJS.ProcessEnv): string {
  const secret = option ?? env.CITADEL_WEBHOOK_SECRET;
  if (!secret) throw new CliError('MISSING_ENV', 'Give the webhook secret your backend verifies with: --secret whsec_… or CITADEL_WEBHOOK_SECRET');
  return secret;
}

/**
 * `CITADEL_WEBHOOK_SECRET` when set, else `undefined` (`citadel dev` then makes a new one); a malformed one is refused
 * with `CliError` `INVALID_ENV` before anything starts.
 */
export function optionalWebhookSecret(env: NodeJS.ProcessEnv): string | undefined {
  const secret = env.CITADEL_WEBHOOK_SECRET;
  if (secret === undefined || secret === '') return undefined;
  if (!WebhookSecret.safeParse(secret).success) throw new CliError('INVALID_ENV', 'CITADEL_WEBHOOK_SECRET must be whsec_ and the base64 of at least 16 bytes; leave it unset for a new one');
  return secret;
}
