import { describe, expect, it } from 'vitest';
import { Manifest, manifestOrigin } from '../src/index.js';

const valid = {
  id: 'phan-anh',
  version: '1.2.0',
  name: { vi: 'Phản ánh hiện trường', en: 'On-site reporting' },
  description: { vi: 'Gửi phản ánh', en: 'Report a problem' },
  icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' }],
  entry: 'https://phan-anh.apps.hue.gov.vn/',
  category: 'reporting',
  permissions: [{ name: 'location', reason: { vi: 'Để ghim vị trí sự cố', en: 'To pin where the problem is' } }],
  minProtocol: '1.0',
};

describe('manifest schema', () => {
  it('accepts a complete manifest and gives its exact origin', () => {
    expect(Manifest.safeParse(valid).success).toBe(true);
    expect(manifestOrigin(valid)).toBe('https://phan-anh.apps.hue.gov.vn');
  });

  it('refuses plain http except on loopback, and other schemes', () => {
    expect(Manifest.safeParse({ ...valid, entry: 'http://phan-anh.example.vn/' }).success).toBe(false);
    expect(Manifest.safeParse({ ...valid, entry: 'http://phan-anh.apps.localhost:8080/' }).success).toBe(true);
    expect(Manifest.safeParse({ ...valid, entry: 'javascript:alert(1)' }).success).toBe(false);
    expect(Manifest.safeParse({ ...valid, entry: 'data:text/html,hi' }).success).toBe(false);
  });

  it('refuses an entry whose origin is not what it looks like, naming why', () => {
    const message = (entry: string) => {
      const result = Manifest.safeParse({ ...valid, entry });
      return result.success ? undefined : result.error.issues.map((i) => i.message).join('; ');
    };
    // The user-info trick: the origin is evil.localhost, not the app's.
    expect(message('http://a.apps.localhost:8080@evil.localhost/')).toMatch(/user name or password/);
    expect(message('https://phan-anh.apps.hue.gov.vn:pw@evil.example/')).toMatch(/user name or password/);
    // Spellings a URL parser rewrites into another-looking origin.
    for (const entry of ['https://phan-anh.apps.hue.gov.vn\\@evil.example/', 'https://PHAN-ANH.apps.hue.gov.vn/', 'https://phan-anh.apps.hue.gov.vn:443/',
      'http://2130706433/', 'http://0x7f.0.0.1/', 'https://phan%2Danh.apps.hue.gov.vn/', 'https://phan-anh.apps.hue.gov.vn/\tx', 'https://hué.gov.vn/']) {
      expect(message(entry), entry).toMatch(/as a URL parser writes it back/);
    }
    // The canonical forms stay valid, with or without the origin's trailing slash.
    expect(message('https://phan-anh.apps.hue.gov.vn')).toBeUndefined();
    expect(message('https://phan-anh.apps.hue.gov.vn/index.html?v=2')).toBeUndefined();
    expect(message('http://127.0.0.1:5173/')).toBeUndefined();
  });

  it('refuses ids that are not DNS labels, unknown permissions, missing reasons and unknown keys', () => {
    for (const id of ['A', 'x', 'has space', 'trailing-', '-lead', 'a'.repeat(40), 'dot.ted']) {
      expect(Manifest.safeParse({ ...valid, id }).success).toBe(false);
    }
    expect(Manifest.safeParse({ ...valid, permissions: [{ name: 'camera', reason: valid.permissions[0]!.reason }] }).success).toBe(false);
    expect(Manifest.safeParse({ ...valid, permissions: [{ name: 'location' }] }).success).toBe(false);
    expect(Manifest.safeParse({ ...valid, secret: 'x' }).success).toBe(false);
    expect(Manifest.safeParse({ ...valid, name: { vi: 'Chỉ tiếng Việt' } }).success).toBe(false);
  });
});
