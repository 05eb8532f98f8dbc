import { describe, expect, it } from 'vitest';
import { backoffSeconds } from '../src/delivery/backoff.js';
import { createGuardedLookup, type ResolveHost } from '../src/delivery/guarded-lookup.js';
import { checkWebhookUrl } from '../src/delivery/url-policy.js';

describe('checkWebhookUrl', () => {
  const verdict = (url: string, development = false) => checkWebhookUrl(url, { development });

  it('accepts https URLs on public names and addresses, on any port, normalised', () => {
    for (const url of ['https://shop.example.vn/hooks/citadel', 'https://shop.example.vn:8443/h?x=1', 'https://8.8.8.8/h', 'https://[2606:4700::1]:444/']) {
      expect(verdict(url), url).toMatchObject({ ok: true });
    }
    const ok = verdict('HTTPS://Shop.Example.VN:443/a/../hooks');
    expect(ok.ok && ok.url.href).toBe('https://shop.example.vn/hooks');
  });

  it('refuses plain http, other schemes, credentials, fragments, bare names and junk outside development', () => {
    for (const url of ['http://shop.example.vn/h', 'ftp://shop.example.vn/', 'javascript:alert(1)', 'file:///etc/passwd', 'data:,x',
      'https://user:pass@shop.example.vn/', 'https://user@shop.example.vn/', 'https://shop.example.vn/h#x', 'https://intranet/h',
      'shop.example.vn/h', '', `https://shop.example.vn/${'a'.repeat(2048)}`]) {
      expect(verdict(url), url).toMatchObject({ ok: false, reason: expect.any(String) });
    }
  });

  it('refuses loopback outside development, in every spelling', () => {
    for (const url of ['https://localhost/h', 'https://shop.localhost/h', 'http://localhost:8090/h', 'https://127.0.0.1/h', 'https://127.1/h',
      'https://2130706433/h', 'https://0x7f.0.0.1/h', 'https://[::1]/h', 'https://[::ffff:127.0.0.1]/h', 'https://[0:0:0:0:0:0:0:1]/h']) {
      expect(verdict(url), url).toMatchObject({ ok: false, reason: expect.stringContaining('this machine') });
    }
  });

  it('refuses private, link-local, multicast, unspecified and reserved address literals, in development too', () => {
    for (const url of ['https://10.0.0.1/h', 'https://192.168.1.1/h', 'https://172.16.0.1/', 'https://100.64.0.1/', 'https://169.254.169.254/latest/meta-data',
      'https://0.0.0.0/', 'https://[::]/', 'https://224.0.0.1/', 'https://[fd00::1]/', 'https://[fe80::1]/', 'https://[::ffff:10.0.0.1]/',
      'https://[::ffff:169.254.169.254]/', 'https://192.0.2.1/', 'https://255.255.255.255/', 'https://0/', 'http://10.0.0.1/']) {
      expect(verdict(url), url).toMatchObject({ ok: false });
      expect(verdict(url, true), url).toMatchObject({ ok: false });
    }
  });

  it('in development, allows http and https to loopback, and still only https elsewhere', () => {
    for (const url of ['http://localhost:8090/h', 'http://backend.localhost:8090/h', 'http://127.0.0.1:8090/h', 'http://127.9.9.9/h', 'http://[::1]:8090/h',
      'https://localhost/h', 'https://shop.example.vn/h']) {
      expect(verdict(url, true), url).toMatchObject({ ok: true });
    }
    for (const url of ['http://shop.example.vn/h', 'http://localhost.shop.example.vn/h', 'http://127.0.0.1.nip.io/h', 'http://user:p@localhost/h']) {
      expect(verdict(url, true), url).toMatchObject({ ok: false });
    }
  });
});

describe('backoffSeconds', () => {
  it('doubles from the base after each failed attempt, up to the cap', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((n) => backoffSeconds(n, 5, 3600)))
      .toEqual([5, 10, 20, 40, 80, 160, 320, 640, 1280, 2560, 3600, 3600]);
    expect(backoffSeconds(0, 5, 3600)).toBe(5);
  });
});

describe('createGuardedLookup', () => {
  type Reply = { error: NodeJS.ErrnoException | null; address?: unknown; family?: number | undefined };
  const lookup = (resolve: ResolveHost, development: boolean, hostname: string, options: { all?: boolean; family?: number } = {}) =>
    new Promise<Reply>((done) => {
      createGuardedLookup(resolve, development)(hostname, options, (error, address, family) => done({ error, address, family }));
    });
  const fixed = (...addresses: string[]): ResolveHost => async () => addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 }));

  it('hands on the addresses it checked, one or all as asked', async () => {
    expect(await lookup(fixed('8.8.8.8', '2606:4700::1'), false, 'shop.example.vn')).toEqual({ error: null, address: '8.8.8.8', family: 4 });
    expect(await lookup(fixed('8.8.8.8', '2606:4700::1'), false, 'shop.example.vn', { all: true })).toEqual({
      error: null, address: [{ address: '8.8.8.8', family: 4 }, { address: '2606:4700::1', family: 6 }], family: undefined,
    });
    expect(await lookup(fixed('8.8.8.8', '2606:4700::1'), false, 'shop.example.vn', { family: 6 })).toMatchObject({ address: '2606:4700::1' });
  });

  it('refuses the whole name when any address is not deliverable', async () => {
    for (const addresses of [['10.0.0.1'], ['8.8.8.8', '192.168.0.1'], ['::ffff:127.0.0.1'], ['169.254.169.254'], ['fd00::1'], ['0.0.0.0'], ['127.0.0.1']]) {
      const reply = await lookup(fixed(...addresses), false, 'rebind.example.vn', { all: true });
      expect(reply.error?.code, addresses.join()).toBe('CITADEL_ADDRESS_REFUSED');
    }
    expect((await lookup(fixed('127.0.0.1'), true, 'rebind.example.vn')).error).toBeNull();
    expect((await lookup(fixed('127.0.0.1', '10.0.0.1'), true, 'rebind.example.vn')).error?.code).toBe('CITADEL_ADDRESS_REFUSED');
  });

  it('resolves localhost names to loopback without asking the resolver', async () => {
    let asked = 0;
    const counting: ResolveHost = async () => {
      asked += 1;
      return [{ address: '10.0.0.1', family: 4 }];
    };
    expect(await lookup(counting, true, 'backend.localhost')).toEqual({ error: null, address: '127.0.0.1', family: 4 });
    expect((await lookup(counting, false, 'localhost')).error?.code).toBe('CITADEL_ADDRESS_REFUSED');
    expect(asked).toBe(0);
  });

  it('passes resolver failures on, and fails a name with no address of the wanted family', async () => {
    const failing: ResolveHost = async () => { throw Object.assign(new Error('nope'), { code: 'ENOTFOUND' }); };
    expect((await lookup(failing, false, 'nowhere.example.vn')).error?.code).toBe('ENOTFOUND');
    expect((await lookup(fixed('8.8.8.8'), false, 'shop.example.vn', { family: 6 })).error?.code).toBe('ENOTFOUND');
    expect((await lookup(fixed(), false, 'shop.example.vn')).error?.code).toBe('ENOTFOUND');
  });
});
