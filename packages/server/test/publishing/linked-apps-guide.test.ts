import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { afterEach, describe, expect, it } from 'vitest';
import { newVerificationToken, verifyLinkedOrigin } from '../../src/publishing/linked/index.js';
import { createLinkedApp } from './fixtures/linked-app.js';

// docs/linked-apps-draft.md shows partners how to pass verifyLinkedOrigin; its snippets must pass it.
const repo = resolve(import.meta.dirname, '../../../..');
const guide = readFileSync(resolve(repo, 'docs/linked-apps-draft.md'), 'utf8');
const fenced = (language: string) => [...guide.matchAll(new RegExp(`\`\`\`${language}\\n([\\s\\S]*?)\`\`\``, 'g'))].map((m) => m[1]!);
const HOST = 'http://localhost:8080';

const cleanups: Array<() => void | Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('docs/linked-apps-draft.md', () => {
  it('shows linked-app.ts word for word as the fixture has it, and that app passes verification', async () => {
    const named = guide.match(/`linked-app\.ts`:\n\n```ts\n([\s\S]*?)```/);
    expect(named?.[1]).toBe(readFileSync(resolve(import.meta.dirname, 'fixtures/linked-app.ts'), 'utf8'));
    const token = newVerificationToken();
    const server = serve({ fetch: createLinkedApp({ appId: 'tourism', token, hostOrigin: HOST }).fetch, port: 0, hostname: '127.0.0.1' });
    cleanups.push(() => new Promise<void>((done) => server.close(() => done())));
    await new Promise((ready) => server.once('listening', ready));
    const { port } = server.address() as { port: number };
    const origin = `http://127.0.0.1:${port}`;
    expect(await verifyLinkedOrigin({ appId: 'tourism', entry: `${origin}/`, token, hostOrigin: HOST, development: true }))
      .toEqual({ ok: true, origin });
  });

  const nginx = spawnSync('nginx', ['-v']).status === 0;

  it.skipIf(!nginx)('shows an nginx server block that passes verification (run when nginx is installed)', async () => {
    const [block] = fenced('nginx');
    expect(block).toBeDefined();
    const port = await freePort();
    const token = newVerificationToken();
    const dir = mkdtempSync(join(tmpdir(), 'citadel-nginx-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    // nginx's workers may run as another user: they must be able to read the site.
    chmodSync(dir, 0o755);
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Tourism</title>');
    // The guide's block, on loopback http instead of TLS, with this test's host, token and folder.
    const server = block!
      .replace('listen 443 ssl;', `listen 127.0.0.1:${port};`)
      .replace(/^ *ssl_certificate.*\n/gm, '')
      .replace('root /srv/tourism;', `root ${dir};`)
      .replaceAll('https://city.example.vn', HOST)
      .replace('<your token>', token);
    writeFileSync(join(dir, 'nginx.conf'), [
      'daemon off;', 'worker_processes 1;', `pid ${dir}/nginx.pid;`, `error_log ${dir}/error.log;`, 'events {}',
      `http { access_log off; client_body_temp_path ${dir}/body; proxy_temp_path ${dir}/proxy; fastcgi_temp_path ${dir}/fastcgi;`,
      `uwsgi_temp_path ${dir}/uwsgi; scgi_temp_path ${dir}/scgi; types { text/html html; } default_type application/octet-stream;`,
      server, '}',
    ].join('\n'));
    const child = spawn('nginx', ['-p', dir, '-c', join(dir, 'nginx.conf')], { stdio: 'ignore' });
    cleanups.push(() => stop(child));
    await listening(port);
    const origin = `http://127.0.0.1:${port}`;
    expect(await verifyLinkedOrigin({ appId: 'tourism', entry: `${origin}/`, token, hostOrigin: HOST, development: true }))
      .toEqual({ ok: true, origin });
  });
});

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address() as { port: number };
  await new Promise((done) => probe.close(done));
  return port;
}

/** Waits until something accepts connections on `port`, for at most 10 s. */
async function listening(port: number): Promise<void> {
  for (let tries = 0; tries < 100; tries += 1) {
    const open = await new Promise<boolean>((done) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end();
        done(true);
      });
      socket.once('error', () => done(false));
    });
    if (open) return;
    await new Promise((wait) => setTimeout(wait, 100));
  }
  throw new Error(`nothing listens on ${port}`);
}

/** Stops the nginx this test started (its master process, by pid) and waits for it to exit. */
function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    child.once('exit', () => done());
    child.kill('SIGQUIT');
  });
}
