import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { runCreate } from '../src/index.js';
import { removeTempFolders, tempFolder } from './temp-folder.js';

// Issue 15: in a terminal, `npm create citadel-app` asks for what the flags do not give. The questions are asked on a
// scripted terminal: each answer is typed once its question is on the screen.

afterAll(removeTempFolders);

/** A terminal that types `answers[question]` when a line containing `question` appears; resolves `run`'s exit code. */
function scriptedTerminal(answers: ReadonlyArray<readonly [question: string, keys: string]>) {
  const input = new PassThrough();
  const output = new PassThrough();
  let screen = '';
  const pending = [...answers];
  output.on('data', (chunk: Buffer) => {
    screen += chunk.toString();
    const next = pending[0];
    if (next && screen.includes(next[0])) {
      pending.shift();
      screen = '';
      // After the prompt has drawn, as a person types.
      setImmediate(() => input.write(next[1]));
    }
  });
  return { input, output, unanswered: () => pending.map(([question]) => question) };
}

/** Runs the command in `cwd` on `terminal`, as in a terminal; resolves its exit code and every line it printed. */
async function runOn(terminal: ReturnType<typeof scriptedTerminal>, args: string[], cwd: string) {
  const lines: string[] = [];
  const push = (line: string) => lines.push(line);
  const code = await runCreate(args, { out: push, err: push, interactive: true, cwd, input: terminal.input, output: terminal.output });
  return { code, printed: lines.join('\n') };
}

const ENTER = '\r';
const DOWN = '\x1b[B';

describe('the questions', () => {
  it('asks for the app id (suggested from the folder), the template and the backend', async () => {
    const cwd = tempFolder();
    const terminal = scriptedTerminal([
      ['App id', `bus-times${ENTER}`],
      ['Template', `${DOWN}${ENTER}`],
      ['Add a backend', `y${ENTER}`],
    ]);
    const { code, printed } = await runOn(terminal, ['bus'], cwd);
    expect(code, printed).toBe(0);
    expect(terminal.unanswered()).toEqual([]);
    const manifest = JSON.parse(readFileSync(join(cwd, 'bus/manifest.json'), 'utf8')) as { id: string };
    expect(manifest.id).toBe('bus-times');
    expect(existsSync(join(cwd, 'bus/src/hello-screen.ts')), 'lit').toBe(true);
    expect(existsSync(join(cwd, 'bus/server/main.ts')), 'backend').toBe(true);
  });

  it('asks only what the flags leave out, and refuses an invalid id while it is typed', async () => {
    const cwd = tempFolder();
    const terminal = scriptedTerminal([
      ['App id', `${'\x7f'.repeat(8)}Bad_Id${ENTER}`],
      ['is not an app id', `${'\x7f'.repeat(6)}good-id${ENTER}`],
    ]);
    const { code, printed } = await runOn(terminal, ['folder', '--template', 'vanilla', '--no-backend'], cwd);
    expect(code, printed).toBe(0);
    expect(terminal.unanswered()).toEqual([]);
    expect((JSON.parse(readFileSync(join(cwd, 'folder/manifest.json'), 'utf8')) as { id: string }).id).toBe('good-id');
    expect(existsSync(join(cwd, 'folder/server'))).toBe(false);
  });

  it('refuses a folder that is not empty before asking about the app', async () => {
    const cwd = tempFolder();
    writeFileSync(join(cwd, 'notes.txt'), 'mine');
    const terminal = scriptedTerminal([['App id', `bus-times${ENTER}`]]);
    const { code, printed } = await runOn(terminal, ['.'], cwd);
    expect(code).toBe(1);
    expect(terminal.unanswered(), 'no question asked').toEqual(['App id']);
    expect(printed).toContain(`✗ create-citadel-app: NOT_EMPTY: ${cwd} is not empty: choose a new folder, or empty this one first`);
  });

  it('writes nothing when a question is dismissed, exit 1', async () => {
    const cwd = tempFolder();
    const terminal = scriptedTerminal([['App id', '\x03']]);
    const { code, printed } = await runOn(terminal, ['bus'], cwd);
    expect(code).toBe(1);
    expect(printed).toContain('✗ create-citadel-app: CANCELLED: Cancelled: nothing was written');
    expect(existsSync(join(cwd, 'bus'))).toBe(false);
  });
});
