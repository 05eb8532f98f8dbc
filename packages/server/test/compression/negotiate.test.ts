import { describe, expect, it } from 'vitest';
import { isCompressible } from '../../src/compression/compressible.js';
import { preferredEncoding } from '../../src/compression/negotiate.js';

describe('content negotiation of Accept-Encoding', () => {
  it('prefers Brotli, then gzip, as browsers accept them', () => {
    expect(preferredEncoding('gzip, deflate, br, zstd')).toBe('br');
    expect(preferredEncoding('gzip, deflate')).toBe('gzip');
    expect(preferredEncoding('br')).toBe('br');
  });

  it('follows the weights the client gives, a refusal (q=0) included', () => {
    expect(preferredEncoding('br;q=0.5, gzip')).toBe('gzip');
    expect(preferredEncoding('br;q=0, gzip;q=0.1')).toBe('gzip');
    expect(preferredEncoding('br; q=0, gzip; q=0')).toBeUndefined();
    expect(preferredEncoding('GZIP;Q=1.0, BR;q=0.999')).toBe('gzip');
  });

  it('reads * as every coding it does not name, and x-gzip as gzip', () => {
    expect(preferredEncoding('*')).toBe('br');
    expect(preferredEncoding('br;q=0, *')).toBe('gzip');
    expect(preferredEncoding('x-gzip')).toBe('gzip');
  });

  it('sends the bytes as they are without a header, for codings we do not send, or when the file has no form asked for', () => {
    expect(preferredEncoding(undefined)).toBeUndefined();
    expect(preferredEncoding('')).toBeUndefined();
    expect(preferredEncoding('identity')).toBeUndefined();
    expect(preferredEncoding('deflate, zstd')).toBeUndefined();
    expect(preferredEncoding('br', ['gzip'])).toBeUndefined();
    expect(preferredEncoding('br, gzip', ['gzip'])).toBe('gzip');
  });

  it('compresses text, never images, fonts or event streams', () => {
    for (const type of ['text/html; charset=utf-8', 'text/javascript; charset=utf-8', 'text/css', 'application/json', 'application/manifest+json; charset=utf-8', 'application/problem+json', 'image/svg+xml']) {
      expect(isCompressible(type), type).toBe(true);
    }
    for (const type of ['image/png', 'font/woff2', 'application/zip', 'application/octet-stream', 'text/event-stream', 'text/event-stream; charset=utf-8', undefined]) {
      expect(isCompressible(type), String(type)).toBe(false);
    }
  });
});
