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
