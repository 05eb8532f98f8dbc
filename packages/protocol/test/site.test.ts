import { describe, expect, it } from 'vitest';
import { isSameSite, siteOf } from '../src/index.js';

describe('site rules for framing', () => {
  it('treats *.apps.localhost as cross-site from localhost', () => {
    expect(siteOf('http://good.apps.localhost:8080')).toBe('http://apps.localhost');
    expect(isSameSite('http://good.apps.localhost:8080', 'http://localhost:8080')).toBe(false);
  });

  it('knows Vietnamese second-level suffixes', () => {
    expect(siteOf('https://phan-anh.hue.gov.vn')).toBe('https://hue.gov.vn');
    expect(isSameSite('https://app.hue.gov.vn', 'https://hues.hue.gov.vn')).toBe(true);
    expect(isSameSite('https://app.partner.com.vn', 'https://hues.hue.gov.vn')).toBe(false);
  });

  it('compares schemes and exact IP hosts', () => {
    expect(isSameSite('http://example.vn', 'https://example.vn')).toBe(false);
    expect(siteOf('http://127.0.0.1:3000')).toBe('http://127.0.0.1');
  });
});
