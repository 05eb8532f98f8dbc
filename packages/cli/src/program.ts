import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { webhookEventTypes } from '@citadel/protocol/webhooks';
import type { Output } from './output.js';
import { devCommand, type DevCommandOptions } from './dev/dev-command.js';
import { printError } from './print-error.js';
import { publishCommand } from './publish-command.js';
import { listenCommand, type ListenCommandOptions } from './listen-command.js';
import { triggerCommand, type TriggerCommandOptions } from './trigger-command.js';
import { validateCommand, type ValidateCommandOptions } from './validate-command.js';
import { SECRET_OPTION_HELP } from './webhook-secret-option.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/** Runs one command's work and sets the exit code: its own, or 1 when it failed (printed on stderr). */
async function exitWith(command: string, io: Output, work: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await work();
  } catch (error) {
    printError(command, error, io);
    process.exitCode = 1;
  }
}

/** The `citadel` command line (commander): `dev`, `validate`, `publish`, `webhooks trigger` and `webhooks listen`, each with `--help`. */
export function citadelProgram(env: NodeJS.ProcessEnv, io: Output): Command {
  const program = new Command('citadel')
    .description('Citadel\'s command line for mini-app developers: run your app in a local host simulator, check a bundle, publish it, test your webhooks.')
    .version(version)
    .showHelpAfterError();
  program.command('dev')
    .description('Run your app\'s Vite dev server (hot reload) framed by a local host simulator with a bridge inspector, an in-process test platform and your backend (npm run backend). Run it in the folder with manifest.json; Ctrl-C stops everything.')
    .option('--port <n>', 'the simulator\'s port; 0 takes a free one', '5180')
    .action((options: DevCommandOptions) => exitWith('dev', io, () => devCommand(options, env, io)));
  program.command('validate')
    .description('Run the platform\'s publishing checks on a built bundle, offline: budgets, file types, secrets, the manifest, permissions, remote scripts. Exit 1 on any error finding.')
    .argument('[bundle]', 'a built folder with manifest.json at its root, or a .zip of one', 'dist')
    .option('--json', 'print the report as JSON')
    .option('--app <id>', 'the app id the manifest must name (default: the manifest\'s own id)')
    .action((bundle: string, options: ValidateCommandOptions) => exitWith('validate', io, () => validateCommand(bundle, options, io)));
  program.command('publish')
    .description('Upload a bundle for the app its manifest names and submit it for review, with the app\'s credentials from CITADEL_CLIENT_ID, CITADEL_CLIENT_SECRET and CITADEL_CONSOLE_URL. For CI.')
    .argument('[bundle]', 'a built folder with manifest.json at its root, or a .zip of one', 'dist')
    .action((bundle: string) => exitWith('publish', io, () => publishCommand(bundle, env, io)));
  const webhooks = program.command('webhooks').description('Test your backend\'s webhook endpoint: send it a sample event, or forward it your app\'s real ones.');
  webhooks.command('trigger')
    .description(`Send your backend a signed test event with sample data, as the platform delivers one. Events: ${webhookEventTypes.join(', ')}.`)
    .argument('<event>', 'the event type, such as payment.succeeded')
    .requiredOption('--forward-to <url>', 'your backend\'s webhook URL, such as http://localhost:8090/webhooks')
    .option('--secret <whsec>', SECRET_OPTION_HELP)
    .action((event: string, options: TriggerCommandOptions) => exitWith('webhooks trigger', io, () => triggerCommand(event, options, env, io)));
  webhooks.command('listen')
    .description('Forward your app\'s webhook events from the platform to your backend as they happen, signed with your webhook secret, until Ctrl-C; with the app\'s credentials from CITADEL_CLIENT_ID, CITADEL_CLIENT_SECRET and CITADEL_PLATFORM_URL. Works whether or not the app has a webhook URL.')
    .requiredOption('--forward-to <url>', 'your backend\'s webhook URL, such as http://localhost:8090/webhooks')
    .option('--secret <whsec>', SECRET_OPTION_HELP)
    .option('--since <event id>', 'replay the app\'s events after this one (msg_…) first (default: only events from now on)')
    .action((options: ListenCommandOptions) => exitWith('webhooks listen', io, () => listenCommand(options, env, io)));
  return program;
}
