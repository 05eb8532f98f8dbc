import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { BundleError, defaultBundleLimits, readBundle } from '../src/index.js';
import { patchCentralRecord, zipFiles, zipOf } from './zip-fixtures.js';

/** The error `readBundle` rejects with, as JSON, or a failure when it resolves. */
async function refusal(archive: Uint8Array, limits = {}) {
  const error: unknown = await readBundle(archive, limits).then(() => undefined, (e: unknown) => e);
  expect(error).toBeInstanceOf(BundleError);
  return (error as BundleError).toJSON();
}

const MiB = 1024 * 1024;

describe('readBundle', () => {
  it('unpacks files in archive order, stored or deflated, and leaves folders out', async () => {
    const archive = zipOf([
      { name: 'assets/' },
      { name: 'index.html', data: '<!doctype html><title>Xin chào</title>' },
      { name: 'assets/app.js', data: 'console.log("xin chào")', stored: true },
      { name: 'icon.png', data: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 255]) },
    ]);
    const files = await readBundle(archive);
    expect(files.map((f) => f.path)).toEqual(['index.html', 'assets/app.js', 'icon.png']);
    expect(new TextDecoder().decode(files[0]!.bytes)).toBe('<!doctype html><title>Xin chào</title>');
    expect(new TextDecoder().decode(files[1]!.bytes)).toBe('console.log("xin chào")');
    expect([...files[2]!.bytes]).toEqual([0x89, 0x50, 0x4e, 0x47, 0, 255]);
  });

  it('has the documented default limits', () => {
    expect(defaultBundleLimits).toEqual({ maxArchiveBytes: 10 * MiB, maxFiles: 500, maxFileBytes: 5 * MiB, maxTotalBytes: 25 * MiB, maxCompressionRatio: 100 });
  });

  it('refuses what is not a zip archive, and a truncated one', async () => {
    expect(await refusal(strToU8('<!doctype html>'))).toMatchObject({ code: 'NOT_A_ZIP' });
    expect(await refusal(new Uint8Array(0))).toMatchObject({ code: 'NOT_A_ZIP' });
    const archive = zipFiles({ 'index.html': 'x'.repeat(100) });
    expect(await refusal(archive.slice(0, archive.length - 10))).toMatchObject({ code: 'NOT_A_ZIP' });
  });

  it('refuses an archive over maxArchiveBytes before reading it', async () => {
    const archive = zipFiles({ 'index.html': 'a'.repeat(2000) });
    expect(await refusal(archive, { maxArchiveBytes: 100 })).toEqual({
      code: 'TOO_LARGE', limitName: 'maxArchiveBytes', limit: 100, message: expect.stringContaining('over 100'),
    });
  });

  it('refuses more than maxFiles files; folders do not count', async () => {
    const three = [{ name: 'a/' }, { name: 'a/1.js' }, { name: 'a/2.js' }, { name: 'b/' }, { name: '3.js' }];
    expect(await readBundle(zipOf(three), { maxFiles: 3 })).toHaveLength(3);
    expect(await refusal(zipOf([...three, { name: '4.js' }]), { maxFiles: 3 })).toMatchObject({ code: 'TOO_MANY_FILES', limitName: 'maxFiles', limit: 3 });
  });

  it('refuses a file over maxFileBytes, and files together over maxTotalBytes', async () => {
    const random = (n: number) => crypto.getRandomValues(new Uint8Array(n));
    expect(await refusal(zipFiles({ 'big.png': random(200) }), { maxFileBytes: 100 }))
      .toMatchObject({ code: 'TOO_LARGE', limitName: 'maxFileBytes', limit: 100, path: 'big.png' });
    expect(await refusal(zipFiles({ 'a.png': random(600), 'b.png': random(600) }), { maxTotalBytes: 1000 }))
      .toMatchObject({ code: 'TOO_LARGE', limitName: 'maxTotalBytes', limit: 1000 });
  });

  it('refuses a zip bomb: a file that unpacks to more than maxCompressionRatio times its compressed size', async () => {
    const bomb = zipFiles({ 'index.html': new Uint8Array(4 * MiB) }); // 4 MiB of zeros deflate to about 4 KiB
    expect(bomb.length).toBeLessThan(10_000);
    expect(await refusal(bomb)).toMatchObject({ code: 'COMPRESSION_RATIO', limitName: 'maxCompressionRatio', limit: 100, path: 'index.html' });
    // A small file may shrink far more than that: the ratio is not held against it.
    expect(await readBundle(zipFiles({ 'blank.txt': ' '.repeat(20_000) }))).toHaveLength(1);
  });

  it('refuses an entry whose data is longer than the directory declares, and stops unpacking it there', async () => {
    const archive = zipFiles({ 'index.html': 'a'.repeat(5000) });
    const lying = patchCentralRecord(archive, 0, (view, at) => view.setUint32(at + 24, 10, true));
    expect(await refusal(lying)).toMatchObject({ code: 'NOT_A_ZIP', path: 'index.html' });
    const short = patchCentralRecord(archive, 0, (view, at) => view.setUint32(at + 24, 6000, true));
    expect(await refusal(short)).toMatchObject({ code: 'NOT_A_ZIP', path: 'index.html' });
  });

  it.each([
    ['../evil.js', 'climbs out'],
    ['assets/../../evil.js', 'climbs out'],
    ['/etc/passwd', 'absolute'],
    ['C:/Windows/evil.js', 'absolute'],
    ['assets\\..\\evil.js', 'backslash'],
    ['index.html\u0000.png', 'NUL'],
    ['a\nb.js', 'control character'],
    ['assets//app.js', 'empty or "." segment'],
    ['./index.html', 'empty or "." segment'],
  ])('refuses the unsafe path %j', async (name, why) => {
    const error = await refusal(zipOf([{ name: 'index.html', data: 'ok' }, { name, data: 'x' }]));
    expect(error).toMatchObject({ code: 'UNSAFE_PATH', path: name });
    expect(error.message).toContain(why);
  });

  it('reads names as UTF-8, flagged or not, and refuses a name that is not', async () => {
    const files = await readBundle(zipOf([{ name: 'ảnh/bản-đồ.svg' }, { name: 'index.html' }]));
    expect(files.map((f) => f.path)).toEqual(['ảnh/bản-đồ.svg', 'index.html']);
    const archive = zipOf([{ name: 'index.html' }, { name: 'xx.js' }]);
    const cp437 = patchCentralRecord(archive, 1, (view, at) => view.setUint8(at + 46, 0x82)); // 'é' in CP437, no UTF-8 flag
    expect(await refusal(cp437)).toMatchObject({ code: 'UNSAFE_PATH', path: '\u0082x.js' });
  });

  it('refuses a path over 512 characters or 32 segments deep, so that checking names costs little', async () => {
    const longest = `${'a/'.repeat(31)}${'b'.repeat(512 - 62 - 3)}.js`;
    expect(longest.length).toBe(512);
    expect((await readBundle(zipOf([{ name: longest }])))[0]!.path).toBe(longest);
    const long = await refusal(zipOf([{ name: `${'a'.repeat(510)}.js` }]));
    expect(long).toMatchObject({ code: 'UNSAFE_PATH', message: expect.stringContaining('longer than 512 characters') });
    const deep = await refusal(zipOf([{ name: `${'a/'.repeat(32)}b.js` }]));
    expect(deep).toMatchObject({ code: 'UNSAFE_PATH', path: `${'a/'.repeat(32)}b.js`, message: expect.stringContaining('more than 32 folders deep') });
  });

  it('refuses a folder entry with an unsafe path too', async () => {
    expect(await refusal(zipOf([{ name: '../up/' }, { name: 'index.html' }]))).toMatchObject({ code: 'UNSAFE_PATH', path: '../up/' });
  });

  it('refuses symbolic links and other special files, and reads plain Unix files', async () => {
    const link = await refusal(zipOf([{ name: 'index.html' }, { name: 'secrets.txt', data: '/etc/shadow', stored: true, mode: 0o120777 }]));
    expect(link).toMatchObject({ code: 'SPECIAL_FILE', path: 'secrets.txt' });
    expect(link.message).toContain('symbolic link');
    expect(await refusal(zipOf([{ name: 'pipe.txt', mode: 0o010644 }]))).toMatchObject({ code: 'SPECIAL_FILE', path: 'pipe.txt' });
    expect(await readBundle(zipOf([{ name: 'assets/', mode: 0o040755 }, { name: 'assets/a.js', mode: 0o100644 }]))).toHaveLength(1);
  });

  it('refuses a path twice, in one case or two, and a path that is both a file and a folder', async () => {
    expect(await refusal(zipOf([{ name: 'index.html', data: 'a' }, { name: 'index.html', data: 'b' }]))).toMatchObject({ code: 'DUPLICATE_PATH', path: 'index.html' });
    expect(await refusal(zipOf([{ name: 'assets/App.js' }, { name: 'ASSETS/app.js' }]))).toMatchObject({ code: 'DUPLICATE_PATH', path: 'ASSETS/app.js' });
    expect(await refusal(zipOf([{ name: 'assets' }, { name: 'assets/app.js' }]))).toMatchObject({ code: 'DUPLICATE_PATH', path: 'assets' });
    expect(await refusal(zipOf([{ name: 'assets/app.js' }, { name: 'assets' }]))).toMatchObject({ code: 'DUPLICATE_PATH', path: 'assets' });
  });

  it('refuses an archive of folders only', async () => {
    expect(await refusal(zipOf([{ name: 'assets/' }, { name: 'assets/img/' }]))).toMatchObject({ code: 'EMPTY' });
  });

  it('refuses encrypted entries and compression methods other than stored and DEFLATE', async () => {
    const archive = zipFiles({ 'index.html': 'hello' });
    const encrypted = patchCentralRecord(archive, 0, (view, at) => view.setUint16(at + 8, view.getUint16(at + 8, true) | 1, true));
    expect(await refusal(encrypted)).toMatchObject({ code: 'UNSUPPORTED_ENTRY', path: 'index.html' });
    const bzip2 = patchCentralRecord(archive, 0, (view, at) => view.setUint16(at + 10, 12, true));
    expect(await refusal(bzip2)).toMatchObject({ code: 'UNSUPPORTED_ENTRY', path: 'index.html' });
  });

  it('rejects, never throws synchronously', () => {
    expect(() => readBundle(strToU8('nope')).catch(() => undefined)).not.toThrow();
  });
});
