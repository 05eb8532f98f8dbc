import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { cleanEnv } from './npm-project.js';

/** A running `citadel dev` of a project outside the repository, started from the project's own installed CLI. */
export interface CitadelDev {
  /** The simulator's address, from the line `Simulator: <url>` the command prints. */
  readonly url: string;
  /** All the command printed so far, standard output and error. */
  output(): string;
  /** Stops the command and every process it started (they share its process group). */
  stop(): Promise<void>;
}

const STARTUP_MS = 120_000;

/**
 * Runs `node_modules/.bin/citadel dev --port 0` in `dir` (its own process group, so `stop()` ends the Vite server and
 * backend it starts too) and resolves once it prints the simulator's address; rejects with what it printed when it
 * exits first or says nothing within two minutes.
 */
export function startCitadelDev(dir: string, env: NodeJS.ProcessEnv = {}): Promise<CitadelDev> {
  const child = spawn(join(dir, 'node_modules', '.bin', 'citadel'), ['dev', '--port', '0'], {
    cwd: dir, env: { ...cleanEnv(), ...env }, detached: true, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let printed = '';
  return new Promise<CitadelDev>((resolve, reject) => {
    const timer = setTimeout(() => fail(`no "Simulator:" line within ${STARTUP_MS / 1000} s`), STARTUP_MS);
    const fail = (why: string) => {
      clearTimeout(timer);
      void stopGroup(child);
      reject(new Error(`citadel dev: ${why}:\n${printed}`));
    };
    const read = (chunk: Buffer) => {
      printed += chunk.toString('utf8');
      const url = /Simulator: (http:\/\/\S+)/.exec(printed)?.[1];
      if (!url) return;
      clearTimeout(timer);
      resolve({ url, output: () => printed, stop: () => stopGroup(child) });
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code, signal) => fail(`exited with ${code ?? signal} before it printed its address`));
  });
}

/** Ends a detached child's whole process group, and waits for the child itself to exit. */
function stopGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    child.kill('SIGTERM');
  }
  const kill = setTimeout(() => {
    try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* gone already */ }
  }, 5_000);
  return exited.finally(() => clearTimeout(kill));
}

/** Waits until some frame of `page` other than the page itself shows `text` in its body, and answers that frame. */
export async function frameShowing(page: Page, text: string, timeoutMs = 60_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const body = await frame.evaluate(() => document.body?.innerText ?? '').catch(() => '');
      if (body.includes(text)) return frame;
    }
    await page.waitForTimeout(100);
  }
  throw new Error(`no frame showed "${text}" within ${timeoutMs / 1000} s`);
}
