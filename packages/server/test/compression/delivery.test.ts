import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompress } from '../../../../scripts/lib/precompress.mjs';
import type { Database } from '../../src/db/database.js';
import { COMPRESS_THRESHOLD_BYTES } from '../../src/compression/compress-answers.js';
import { builtApp } from '../support/built-app.js';
import { testDatabases } from '../support/databases.js';
import { CONSOLE_HOST, HOST, testManifest, testPlatform } from '../support/platform.js';

const APP_HOST = 'water.apps.localhost:8080';
// Text that compresses as a real bundle does, but unlike anything else here.
const script = (label: string) => Array.from({ length: 300 }, (_, i) => `export const ${label}${i} = () => "${label} ${i}";`).join('\n');

/** A built page folder with every kind of file the platform's pages hold, precompressed as `npm run build` does. */
async function builtPages(label: string): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), `citadel-${label}-`));
  const files: Record<string, string | Uint8Array> = {
    'index.html': `<!doctype html><html lang="vi"><head><title>${label}</title>${'<meta name="x" content="y">'.repeat(40)}</head><body></body></html>`,
    [`assets/index-${label}.js`]: script(label),
    [`assets/index-${label}.css`]: Array.from({ length: 200 }, (_, i) => `.c${i} { color: #${String(i).padStart(6, '0')}; }`).join('\n'),
    'icons/icon.svg': `<svg xmlns="http://www.w3.org/2000/svg">${'<circle cx="1" cy="1" r="1"/>'.repeat(50)}</svg>`,
    'manifest.webmanifest': JSON.stringify({ name: label, icons: Array.from({ length: 30 }, (_, i) => ({ src: `/icons/${i}.png`, sizes: '192x192' })) }),
    'sw.js': script('sw'),
    'icons/icon.png': new Uint8Array(2048).map((_, i) => (i * 7919) % 251),
  };
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  await precompress(dir);
  return dir;
}

const decode = (bytes: Uint8Array, encoding: string | null): Uint8Array =>
  encoding === 'br' ? new Uint8Array(brotliDecompressSync(bytes)) : encoding === 'gzip' ? new Uint8Array(gunzipSync(bytes)) : bytes;

describe.each(testDatabases)('Brotli and gzip for every text answer on $name', ({ open }) => {
  let db: Database;
  let server: Awaited<ReturnType<typeof testPlatform>>;
  let hostDir: string;
  let consoleDir: string;
  const hostedScript = script('hosted');

  beforeAll(async () => {
    db = await open();
    [hostDir, consoleDir] = await Promise.all([builtPages('host'), builtPages('console')]);
    server = await testPlatform(db, {
      hostDir, consoleDir,
      apps: [{ manifest: testManifest('water'), dir: builtApp('water', { 'assets/big.js': hostedScript, 'assets/tiny.js': '1' }) }],
    });
  });
  afterAll(() => db.close());

  const get = async (host: string, path: string, acceptEncoding?: string, method = 'GET') => {
    const response = await server.app.request(`http://${host}${path}`, { method, headers: { host, ...(acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding }) } });
    return { response, bytes: new Uint8Array(await response.arrayBuffer()) };
  };

  const textFiles = ['index.html', 'assets/index-{label}.js', 'assets/index-{label}.css', 'icons/icon.svg', 'manifest.webmanifest', 'sw.js'];
  const pages = [['host', HOST, () => hostDir], ['console', CONSOLE_HOST, () => consoleDir]] as const;

  it.each(pages)('sends the %s\'s text files in the coding the browser prefers, the same bytes once decoded', async (label, host, dir) => {
    for (const file of textFiles.map((f) => f.replace('{label}', label))) {
      const original = new Uint8Array(readFileSync(join(dir(), file)));
      for (const [accept, expected] of [['gzip, deflate, br, zstd', 'br'], ['gzip, deflate', 'gzip'], ['br;q=0, gzip', 'gzip']] as const) {
        const { response, bytes } = await get(host, `/${file}`, accept);
        expect(response.status, `${file} ${accept}`).toBe(200);
        expect(response.headers.get('content-encoding'), `${file} ${accept}`).toBe(expected);
        expect(response.headers.get('vary'), file).toBe('Accept-Encoding');
        expect(bytes.byteLength, file).toBeLessThan(original.byteLength);
        expect(decode(bytes, expected), `${file} ${accept}`).toEqual(original);
      }
      // The type, caching and security headers are the file's, whatever the coding.
      const [plain, br] = await Promise.all([get(host, `/${file}`), get(host, `/${file}`, 'br')]);
      expect(plain.response.headers.get('content-encoding')).toBeNull();
      expect(plain.response.headers.get('vary')).toBe('Accept-Encoding');
      expect(plain.bytes).toEqual(original);
      for (const name of ['content-type', 'cache-control', 'content-security-policy', 'x-content-type-options']) {
        expect(br.response.headers.get(name), `${file} ${name}`).toBe(plain.response.headers.get(name));
      }
      expect(br.response.headers.get('etag'), 'an ETag would have to differ by coding').toBeNull();
    }
  });

  it('answers a client route with the compressed index.html, and HEAD with the headers of GET and no body', async () => {
    const route = await get(HOST, '/wallet', 'br');
    expect(route.response.headers.get('content-encoding')).toBe('br');
    expect(decode(route.bytes, 'br')).toEqual(new Uint8Array(readFileSync(join(hostDir, 'index.html'))));
    const head = await get(HOST, '/assets/index-host.js', 'gzip', 'HEAD');
    expect(head.response.headers.get('content-encoding')).toBe('gzip');
    expect(head.response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(head.bytes.byteLength).toBe(0);
  });

  it('sends images as they are, and never a precompressed file\'s bytes to a client that does not accept them', async () => {
    const png = await get(HOST, '/icons/icon.png', 'br, gzip');
    expect(png.response.headers.get('content-encoding')).toBeNull();
    expect(png.bytes).toEqual(new Uint8Array(readFileSync(join(hostDir, 'icons/icon.png'))));
    const refused = await get(HOST, '/assets/index-host.js', 'br;q=0, gzip;q=0');
    expect(refused.response.headers.get('content-encoding')).toBeNull();
    expect(refused.bytes).toEqual(new Uint8Array(readFileSync(join(hostDir, 'assets/index-host.js'))));
  });

  it('sends hosted apps\' text files compressed, each compressed once and then served from memory', async () => {
    const original = new TextEncoder().encode(hostedScript);
    for (const [accept, expected] of [['br, gzip', 'br'], ['gzip', 'gzip']] as const) {
      const { response, bytes } = await get(APP_HOST, '/assets/big.js', accept);
      expect(response.headers.get('content-encoding')).toBe(expected);
      expect(response.headers.get('vary')).toBe('Accept-Encoding');
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(decode(bytes, expected)).toEqual(original);
    }
    const kept = server.hostedFiles.stats().encoded.entries;
    const again = await get(APP_HOST, '/assets/big.js', 'br');
    expect(decode(again.bytes, 'br')).toEqual(original);
    expect(server.hostedFiles.stats().encoded.entries).toBe(kept);
    // A file that compression would not shrink goes as it is.
    const tiny = await get(APP_HOST, '/assets/tiny.js', 'br');
    expect(tiny.response.headers.get('content-encoding')).toBeNull();
    expect(new TextDecoder().decode(tiny.bytes)).toBe('1');
    const plain = await get(APP_HOST, '/assets/big.js');
    expect(plain.response.headers.get('content-encoding')).toBeNull();
    expect(plain.bytes).toEqual(original);
  });

  it('compresses dynamic JSON answers above the threshold, and marks smaller ones as varying', async () => {
    const plain = await get(HOST, '/api/openapi.json');
    expect(plain.bytes.byteLength).toBeGreaterThan(COMPRESS_THRESHOLD_BYTES);
    expect(plain.response.headers.get('content-encoding')).toBeNull();
    for (const [accept, expected] of [['gzip, deflate, br', 'br'], ['gzip', 'gzip']] as const) {
      const { response, bytes } = await get(HOST, '/api/openapi.json', accept);
      expect(response.headers.get('content-encoding')).toBe(expected);
      expect(response.headers.get('vary')).toBe('Accept-Encoding');
      expect(response.headers.get('content-type')).toBe(plain.response.headers.get('content-type'));
      expect(response.headers.get('content-length')).toBeNull();
      expect(decode(bytes, expected)).toEqual(plain.bytes);
    }
    const health = await get(HOST, '/api/health', 'br');
    expect(health.bytes.byteLength).toBeLessThan(COMPRESS_THRESHOLD_BYTES);
    expect(health.response.headers.get('content-encoding')).toBeNull();
    expect(health.response.headers.get('vary')).toBe('Accept-Encoding');
    expect(JSON.parse(new TextDecoder().decode(health.bytes))).toEqual({ ok: true });
  });

  it('sends compressed answers over HTTP that a client decodes to the same bytes', async () => {
    // Its own server on a free port: the one above answers for port 8080, which these tests never bind.
    const listening = await (await testPlatform(db, { hostDir, consoleDir, port: 0 })).listen();
    try {
      for (const path of ['/', '/assets/index-host.js', '/api/openapi.json']) {
        const url = new URL(path, listening.url);
        const [compressed, identity] = await Promise.all([
          fetch(url, { headers: { 'accept-encoding': 'br' } }),
          fetch(url, { headers: { 'accept-encoding': 'identity' } }),
        ]);
        expect(compressed.headers.get('content-encoding'), path).toBe('br');
        expect(identity.headers.get('content-encoding'), path).toBeNull();
        expect(new Uint8Array(await compressed.arrayBuffer()), path).toEqual(new Uint8Array(await identity.arrayBuffer()));
      }
    } finally {
      await listening.close();
    }
  });
});
