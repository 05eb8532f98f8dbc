// From `npm create citadel-app` to a framed "hello" in the simulator (issue 15: target ≤ 60 s with installs from a
// warm cache). The packages are not on the registry yet, so the initializer runs as `npm create` runs it, with
// `npm exec`, from the packed create-citadel-app tarball, and the project takes every @citadel package from the
// tarballs (`--packages`); everything else comes from the registry through npm's cache. The floor, in the same run
// and the same way: an empty project that installs vite and typescript, starts `vite` and shows its page in the same
// Chromium. Each is run twice and the faster kept (the first run warms npm's cache); the ratio and the absolute time
// are printed, with each step.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { packPackages } from '../../scripts/lib/pack-packages.mjs';
import { launchChromium } from '../support/chromium.js';
import { startCitadelDev } from '../support/citadel-dev.js';
import { cleanEnv } from '../support/npm-project.js';
import { fixed } from './stats.js';

const TARGET_SECONDS = 60;
const root = mkdtempSync(join(tmpdir(), 'citadel-create-bench-'));
const tarballs = packPackages(join(root, 'tarballs'));
const initializer = tarballs.find((pack) => pack.name === 'create-citadel-app');
if (!initializer) throw new Error('create-citadel-app was not packed');
// What `npm create citadel-app` will fetch from the registry: the initializer and the one @citadel package it imports.
const runner = ['create-citadel-app', '@citadel/protocol'].map((name) => `--package=${tarballs.find((pack) => pack.name === name)!.tarball}`);
const browser = await launchChromium();

/** Runs a command to completion in `cwd`, throwing with its output on failure. */
function run(cwd: string, command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output}`))));
  });
}

type Steps = Record<string, number>;

/** Times each step of `steps` in turn; answers each one's seconds and the total. */
async function timed(steps: Array<[string, () => Promise<unknown>]>): Promise<{ steps: Steps; total: number }> {
  const times: Steps = {};
  const start = performance.now();
  for (const [name, step] of steps) {
    const begun = performance.now();
    await step();
    times[name] = (performance.now() - begun) / 1000;
  }
  return { steps: times, total: (performance.now() - start) / 1000 };
}

async function createCitadelApp(run_: number) {
  const folder = join(root, `citadel-${run_}`);
  mkdirSync(folder);
  const dir = join(folder, 'hello');
  let stop = async () => {};
  const page = await browser.newPage();
  try {
    return await timed([
      ['npm create', () => run(folder, 'npm', ['exec', '--yes', ...runner, '--', 'create-citadel-app', 'hello', '--yes', '--id', 'hello', '--template', 'vanilla', '--no-backend', '--packages', join(root, 'tarballs')])],
      ['npm install', () => run(dir, 'npm', ['install', '--no-audit', '--no-fund', '--prefer-offline'])],
      ['citadel dev', async () => {
        const dev = await startCitadelDev(dir, ['--port', '0'], { bin: join(dir, 'node_modules/@citadel/cli/dist/bin.js'), env: cleanEnv() });
        stop = async () => void (await dev.stop());
        await page.goto(dev.simulator);
      }],
      ['framed "Xin chào"', () => page.frameLocator('citadel-app-view iframe').getByText('Xin chào').first().waitFor({ timeout: 60_000 })],
    ]);
  } finally {
    await page.close();
    await stop();
  }
}

async function bareVite(run_: number) {
  const dir = join(root, `vite-${run_}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'floor', private: true, type: 'module' }));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><meta charset="utf-8"><p>Xin chào</p>');
  let stop = () => {};
  const page = await browser.newPage();
  try {
    return await timed([
      ['npm install vite typescript', () => run(dir, 'npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', 'vite', 'typescript'])],
      ['vite', async () => {
        const child = spawn(join(dir, 'node_modules', '.bin', 'vite'), ['--port', '0', '--host', '127.0.0.1'], { cwd: dir, env: cleanEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
        stop = () => void child.kill('SIGTERM');
        const url = await new Promise<string>((resolve, reject) => {
          let printed = '';
          child.stdout.on('data', (chunk: Buffer) => {
            printed += chunk.toString().replace(/\x1b\[[0-9;]*m/g, '');
            const found = /Local:\s+(http:\/\/\S+)/.exec(printed)?.[1];
            if (found) resolve(found);
          });
          child.once('exit', (code) => reject(new Error(`vite exited with ${code}:\n${printed}`)));
        });
        // The same shape as the simulator: the page inside a frame.
        await page.setContent(`<iframe src="${url}"></iframe>`);
      }],
      ['framed "Xin chào"', () => page.frameLocator('iframe').getByText('Xin chào').first().waitFor({ timeout: 60_000 })],
    ]);
  } finally {
    await page.close();
    stop();
  }
}

try {
  const citadel = [];
  const floor = [];
  for (let i = 0; i < 2; i++) {
    floor.push(await bareVite(i));
    citadel.push(await createCitadelApp(i));
  }
  const best = <T extends { total: number }>(runs: T[]) => runs.reduce((a, b) => (b.total < a.total ? b : a));
  const c = best(citadel);
  const f = best(floor);
  console.log('npm create citadel-app → framed "hello" in `citadel dev` (best of 2, warm npm cache)');
  for (const [name, seconds] of Object.entries(c.steps)) console.log(`  ${name.padEnd(28)} ${fixed(seconds, 1)} s`);
  console.log(`  total                        ${fixed(c.total, 1)} s   (target ≤ ${TARGET_SECONDS} s: ${c.total <= TARGET_SECONDS ? 'met' : 'MISSED'})`);
  console.log(`floor: empty project, npm install vite typescript, vite, framed page: ${fixed(f.total, 1)} s`);
  console.log(`ratio to floor ${fixed(c.total / f.total, 2)}×`);
  if (c.total > TARGET_SECONDS) process.exitCode = 1;
} finally {
  await browser.close();
  rmSync(root, { recursive: true, force: true });
}
