import { describe, expect, it } from 'vitest';
import { classifyAddress, isLocalhostName, isLoopbackHost, Manifest } from '../src/index.js';

// The one "this machine" rule: every spelling `URL.hostname` can produce for a loopback host.
const loopback = [
  'localhost', 'app.localhost', 'a.b.localhost', 'localhost.', 'app.localhost.', '127.0.0.1', '127.0.0.0', '127.255.255.255', '127.9.9.9',
  '[::1]', '::1', '[::ffff:127.0.0.1]', '[::ffff:7f00:1]', '[64:ff9b::7f00:1]',
];
const notLoopback = [
  'example.vn', 'localhost.example.vn', 'mylocalhost', 'localhost..', 'localhost.example.vn.', '127.0.0.1.nip.io', '128.0.0.1', '126.255.255.255',
  '10.0.0.1', '0.0.0.0', '[::]', '[::2]', '[::127.0.0.1]', '[fe80::1]', '', '127.1', '0x7f.0.0.1', '2130706433',
];

describe('isLoopbackHost', () => {
  it('is true for localhost names, 127.0.0.0/8 and ::1, in every form URL.hostname gives them', () => {
    for (const host of loopback) expect(isLoopbackHost(host), host).toBe(true);
  });

  it('is false for every other name or address, private ones included', () => {
    for (const host of notLoopback) expect(isLoopbackHost(host), host).toBe(false);
  });

  it('agrees with what URL makes of loose IPv4 spellings', () => {
    for (const spelling of ['127.1', '0x7f.0.0.1', '2130706433', '0177.0.0.1']) {
      expect(isLoopbackHost(new URL(`http://${spelling}/`).hostname), spelling).toBe(true);
    }
  });

  it('tells localhost names from loopback addresses', () => {
    expect(isLocalhostName('shop.localhost')).toBe(true);
    expect(isLocalhostName('127.0.0.1')).toBe(false);
    expect(classifyAddress('localhost')).toBe('invalid');
    expect(classifyAddress('127.0.0.1')).toBe('loopback');
  });

  it('is what the manifest schema allows plain http on', () => {
    const entryOn = (host: string) => Manifest.shape.entry.safeParse(`http://${host}:8080/`).success;
    for (const host of ['localhost', 'app.localhost', '127.0.0.1', '127.0.0.2', '[::1]']) expect(entryOn(host), host).toBe(true);
    for (const host of ['example.vn', '10.0.0.1', '[::2]']) expect(entryOn(host), host).toBe(false);
  });
});
