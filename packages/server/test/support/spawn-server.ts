import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';

const main = resolve(import.meta.dirname, '../../dist/main.js');

/** Starts `node dist/main.js` on a free port with `env`; resolves once it prints where it listens. */
export function spawnServer(env: Record<string, string>): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [main], { env: { ...process.env, PORT: '0', ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((done, fail) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /running at http:\/\/localhost:(\d+)\//.exec(out);
      if (match) done({ child, port: Number(match[1]) });
    });
    child.stderr!.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.once('exit', (code, signal) => fail(new Error(`server exited (${code ?? signal}): ${out}`)));
  });
}
