/** A test app's manifest: `identity` declared unless `permissions` says otherwise (the server's suites and the partner contract share it). */
export const testManifest = (id: string, permissions: string[] = ['identity']) => ({
  id,
  version: '1.0.0',
  name: { vi: `Ứng dụng ${id}`, en: `App ${id}` },
  description: { vi: 'Mô tả', en: 'Description' },
  icons: [{ src: 'icon.svg', sizes: 'any' }],
  entry: `http://${id}.apps.localhost/`,
  category: 'utilities',
  permissions: permissions.map((name) => ({ name, reason: { vi: 'Lý do', en: 'Reason' } })),
  minProtocol: '1.0',
});
