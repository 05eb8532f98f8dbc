import { describe, expect, it } from 'vitest';
import { classifyAddress, parseIpAddress, type AddressClass } from '@citadel/protocol';
import { isDeliverableAddress } from '../src/delivery/deliverable-address.js';

const cases: Record<Exclude<AddressClass, 'invalid'>, readonly string[]> = {
  public: [
    '1.1.1.1', '8.8.8.8', '9.255.255.255', '11.0.0.0', '100.63.255.255', '100.128.0.0', '126.255.255.255', '128.0.0.0',
    '169.253.255.255', '169.255.0.0', '172.15.255.255', '172.32.0.0', '192.0.1.1', '192.167.255.255', '192.169.0.0',
    '198.17.255.255', '198.20.0.0', '223.255.255.255',
    '2001:4860:4860::8888', '2606:4700:4700::1111', '2a00:1450::1', '2001:200::1', '3ffe::1', '::ffff:8.8.8.8', '64:ff9b::8.8.8.8',
    '[2606:4700::1]',
  ],
  private: [
    '10.0.0.0', '10.255.255.255', '100.64.0.0', '100.127.255.255', '172.16.0.0', '172.31.255.255', '192.168.0.1', '192.168.255.255',
    'fc00::', 'fd12:3456:789a::1', 'fdff:ffff:ffff:ffff:ffff:ffff:ffff:ffff', 'fec0::1', '::ffff:10.0.0.1', '::ffff:192.168.1.1',
    '::ffff:c0a8:101', '[::ffff:172.16.0.1]', '64:ff9b::10.0.0.1',
  ],
  loopback: ['127.0.0.1', '127.0.0.0', '127.255.255.255', '127.1.2.3', '::1', '[::1]', '0:0:0:0:0:0:0:1', '::ffff:127.0.0.1', '::ffff:7f00:1', '64:ff9b::127.0.0.1'],
  'link-local': ['169.254.0.0', '169.254.169.254', '169.254.255.255', 'fe80::1', 'fe80::1%eth0', 'febf:ffff::1', '::ffff:169.254.169.254'],
  multicast: ['224.0.0.1', '239.255.255.255', 'ff02::1', 'ff0e::101', '::ffff:224.0.0.251'],
  unspecified: ['0.0.0.0', '::', '0:0:0:0:0:0:0:0', '[::]'],
  reserved: [
    '0.0.0.1', '0.255.255.255', '192.0.0.8', '192.0.2.1', '192.88.99.1', '198.18.0.1', '198.19.255.255', '198.51.100.7', '203.0.113.9',
    '240.0.0.1', '255.255.255.255', '::ffff:0.0.0.1', '::ffff:255.255.255.255',
    '100::1', '2001::1', '2001:1ff::1', '2001:db8::1', '2002:c0a8:101::1', '3fff::1', '3fff:fff::1', '64:ff9b:1::1',
    '::2', '::127.0.0.1', '::ffff:0:7f00:1', '1::', '4000::1', 'e000::1', 'fe00::1',
  ],
};

describe('classifyAddress', () => {
  for (const [kind, addresses] of Object.entries(cases)) {
    it(`classifies ${kind} addresses, IPv4, IPv6 and IPv4-mapped`, () => {
      for (const address of addresses) expect(classifyAddress(address), address).toBe(kind);
    });
  }

  it('says invalid for anything that is not an IP address literal', () => {
    for (const text of ['', 'localhost', 'example.com', '1.2.3', '1.2.3.4.5', '256.1.1.1', '01.2.3.4', '1.2.3.4 ', '::1::', 'gggg::1',
      '[1.2.3.4]', '12345::', '::ffff:1.2.3', '0x7f.0.0.1', '2130706433']) {
      expect(classifyAddress(text), text).toBe('invalid');
    }
  });

  it('reads every IPv6 text form to the same bytes', () => {
    const full = parseIpAddress('2001:0db8:0000:0000:0000:ff00:0042:8329');
    for (const text of ['2001:db8::ff00:42:8329', '2001:DB8:0:0:0:FF00:42:8329', '[2001:db8::ff00:42:8329]', '2001:db8::ff00:0.66.131.41']) {
      expect(parseIpAddress(text), text).toEqual(full);
    }
    expect(parseIpAddress('::ffff:1.2.3.4')).toEqual([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 255, 255, 1, 2, 3, 4]);
  });
});

describe('isDeliverableAddress', () => {
  it('allows public addresses, and loopback only in development', () => {
    expect(isDeliverableAddress('8.8.8.8', false)).toBe(true);
    expect(isDeliverableAddress('2606:4700::1', false)).toBe(true);
    for (const address of cases.loopback) {
      expect(isDeliverableAddress(address, false), address).toBe(false);
      expect(isDeliverableAddress(address, true), address).toBe(true);
    }
  });

  it('never allows private, link-local, multicast, unspecified, reserved or invalid addresses, in development either', () => {
    const never = [...cases.private, ...cases['link-local'], ...cases.multicast, ...cases.unspecified, ...cases.reserved, 'localhost', ''];
    for (const address of never) {
      expect(isDeliverableAddress(address, false), address).toBe(false);
      expect(isDeliverableAddress(address, true), address).toBe(false);
    }
  });
});
