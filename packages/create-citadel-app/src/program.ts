import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { intro, outro } from '@clack/prompts';
import { Command } from 'commander';
import { appIdFromFolder, checkAppId } from './app-id.js';
import { createApp } from './create-app.js';
import { checkEmptyFolder } from './empty-folder.js';
import { CreateAppError, isCreateAppError } from './create-error.js';
import { nextSteps } from './next-steps.js';
import { askAppId, askBackend, askFolder, askTemplate, type Terminal } from './questions.js';
import { checkTemplate, TEMPLATES } from './templates.js';

const { version } = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };

/** The command's options, as commander parses them. */
interface Flags {
  readonly id?: string;
  readonly template?: string;
  readonly backend?: boolean;
  readonly yes?: boolean;
  readonly packages?: string;
}

/** How the command runs: where it prints, whether it may ask (a terminal on both ends), the folder it runs in. */
export interface CreateContext extends Terminal {
  /** Prints a line of the command's answer (standard output). */
  out(line: string): void;
  /** Prints a line of why it failed (standard error). */
  err(line: string): void;
  readonly interactive: boolean;
  readonly cwd: string;
}

/** The folder a project goes into when none is named and nothing may be asked. */
const DEFAULT_FOLDER = 'citadel-app';

/**
 * Fills in what the flags leave out: asked on `terminal` when it may ask, else the defaults (vanilla, no backend).
 * The folder is resolved against `cwd` and refused before any question about the app when it is not empty.
 */
async function resolveAnswers(folderArgument: string | undefined, flags: Flags, cwd: string, terminal: Terminal | undefined) {
  const ask = terminal !== undefined;
  // Flags are checked before any question, so a wrong one fails at once.
  if (flags.id !== undefined) checkAppId(flags.id);
  if (flags.template !== undefined) checkTemplate(flags.template);
  const folder = folderArgument ?? (ask ? await askFolder(terminal, flags.id ?? 'my-app') : flags.id ?? DEFAULT_FOLDER);
  checkEmptyFolder(resolve(cwd, folder));
  const suggested = appIdFromFolder(basename(folder));
  let id = flags.id ?? (ask ? await askAppId(terminal, suggested) : suggested);
  if (id === undefined) {
    throw new CreateAppError('INVALID_ID', `The folder name "${basename(folder)}" is not an app id: give one with --id (3 to 32 characters, lowercase letters, digits and dashes, starting with a letter)`);
  }
  id = checkAppId(id);
  const template = flags.template ?? (ask ? await askTemplate(terminal) : 'vanilla');
  const backend = flags.backend ?? (ask ? await askBackend(terminal) : false);
  return { folder, id, template, backend };
}

/** Runs one `create-citadel-app` command line and answers its exit code: 0, or 1 after printing why with `context.err`. */
export async function runCreate(argv: readonly string[], context: CreateContext): Promise<number> {
  let exitCode = 0;
  const program = new Command('create-citadel-app')
    .description('Create a Citadel mini-app: asks for what the flags do not give, unless --yes or not in a terminal.')
    .version(version)
    .argument('[folder]', 'the folder to create the project in (it must be new or empty)')
    .option('--id <id>', 'the app id (default: from the folder name)')
    .option('--template <name>', `the front end: ${TEMPLATES.join(' or ')} (default: vanilla)`)
    .option('--backend', 'add a backend in server/ (Hono and @citadel/node)')
    .option('--no-backend', 'no backend (the default)')
    .option('-y, --yes', 'ask nothing: the defaults for what the flags do not give')
    .option('--packages <folder>', 'take every @citadel package from the tarballs npm run pack-packages wrote in this folder')
    .configureOutput({ writeOut: (text) => context.out(text.trimEnd()), writeErr: (text) => context.err(text.trimEnd()) })
    .exitOverride()
    .showHelpAfterError()
    .action(async (folderArgument: string | undefined, flags: Flags) => {
      const ask = context.interactive && flags.yes !== true;
      const terminal: Terminal = { ...(context.input ? { input: context.input } : {}), ...(context.output ? { output: context.output } : {}) };
      try {
        if (ask) intro('create-citadel-app', terminal);
        const answers = await resolveAnswers(folderArgument, flags, context.cwd, ask ? terminal : undefined);
        const app = await createApp({
          dir: resolve(context.cwd, answers.folder),
          id: answers.id,
          template: answers.template,
          backend: answers.backend,
          packages: flags.packages === undefined ? undefined : resolve(context.cwd, flags.packages),
        });
        if (ask) outro('Done.', terminal);
        for (const line of nextSteps(app, context.cwd)) context.out(line);
      } catch (error) {
        if (!isCreateAppError(error)) throw error;
        context.err(`✗ create-citadel-app: ${error.code}: ${error.message}`);
        exitCode = 1;
      }
    });
  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    // commander's own exits (--help, --version, an unknown option) carry their code; it printed the reason.
    const code = (error as { exitCode?: unknown }).exitCode;
    if (typeof code !== 'number') throw error;
    return code;
  }
  return exitCode;
}
