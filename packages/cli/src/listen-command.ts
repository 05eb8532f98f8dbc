import { isCliError } from './cli-error.js';
import { listenForEvents } from './listen.js';
import type { Output } from './output.js';
import { readPartnerEnv } from './partner-env.js';
import { webhookSecretOf } from './webhook-secret-option.js';

/** `citadel webhooks listen`'s options. */
export interface ListenCommandOptions {
  readonly forwardTo: string;
  /** The webhook secret; default `CITADEL_WEBHOOK_SECRET`. */
  readonly secret?: string;
  /** Replay from the event after this id. */
  readonly since?: string;
}

/**
 * Forwards the app's webhook events to `--forward-to` until SIGINT (Ctrl-C), printing a line per event: its time,
 * type and id, then your backend's status and latency, or why it did not answer. Resolves to the exit code, 0 once
 * stopped; rejects with `CliError` for missing variables or secret, and for a refusal trying again cannot mend.
 */
export async function listenCommand(options: ListenCommandOptions, env: NodeJS.ProcessEnv, io: Output): Promise<number> {
  const partner = readPartnerEnv(env);
  const secret = webhookSecretOf(options.secret, env);
  const stop = new AbortController();
  const onSigint = () => stop.abort();
  process.once('SIGINT', onSigint);
  try {
    await listenForEvents({
      env: partner, forwardTo: options.forwardTo, secret, signal: stop.signal,
      ...(options.since === undefined ? {} : { since: options.since }),
      onReady: (appId) => io.out(`Ready: forwarding ${appId}'s webhook events ${options.since ? `after ${options.since}` : 'from now'} to ${options.forwardTo} (Ctrl-C to stop)`),
      onEvent: (event, outcome) => {
        const head = `${event.timestamp}  ${event.type}  ${event.id}  →`;
        if (isCliError(outcome)) io.out(`${head} ✗ no answer: ${outcome.message}`);
        else {
          const ok = outcome.answer.status >= 200 && outcome.answer.status <= 299;
          io.out(`${head} ${ok ? '✓' : '✗'} HTTP ${outcome.answer.status} in ${outcome.latencyMs} ms`);
        }
      },
      onPlatformError: (error, retryInMs) => io.err(`! platform: ${error.status === undefined ? '' : `${error.status} `}${error.code}: ${error.message}; trying again in ${retryInMs / 1000} s`),
    });
  } finally {
    process.removeListener('SIGINT', onSigint);
  }
  io.out('Stopped.');
  return 0;
}
