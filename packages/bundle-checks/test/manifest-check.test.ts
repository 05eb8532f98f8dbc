import { describe, expect, it } from 'vitest';
import { checkManifest } from '../src/manifest-check.js';
import { bundleFiles, minimalBundle, minimalManifest } from './zip-fixtures.js';

const check = (manifest: string | Uint8Array, appId = 'parking') => checkManifest(bundleFiles(minimalBundle({ 'manifest.json': manifest })), appId);
const messages = (manifest: string | Uint8Array, appId?: string) => check(manifest, appId).findings.map((f) => f.message);

describe('manifest check', () => {
  it('returns the validated manifest of a good bundle, with no finding', () => {
    const result = check(JSON.stringify(minimalManifest('parking', ['location'])));
    expect(result.findings).toEqual([]);
    expect(result.manifest).toMatchObject({ id: 'parking', permissions: [{ name: 'location' }] });
  });

  it('names each field the protocol schema refuses by its path', () => {
    const manifest = { ...minimalManifest(), permissions: [{ name: 'camera', reason: { vi: 'x', en: 'x' } }], version: '1.0', extra: true };
    const result = check(JSON.stringify(manifest));
    expect(result.manifest).toBeUndefined();
    expect(result.findings.every((f) => f.check === 'manifest' && f.severity === 'error' && f.file === 'manifest.json')).toBe(true);
    const found = result.findings.map((f) => f.message);
    expect(found).toContainEqual(expect.stringMatching(/^permissions\.0\.name: /));
    expect(found).toContainEqual(expect.stringMatching(/^version: /));
    expect(found).toContainEqual(expect.stringMatching(/^extra: /));
  });

  it('wants the id of the app the bundle is uploaded for', () => {
    expect(check(JSON.stringify(minimalManifest('parking')), 'city-hall').findings).toEqual([
      { check: 'manifest', severity: 'error', file: 'manifest.json', message: 'id: must be "city-hall", the app this bundle is for, not "parking"' },
    ]);
  });

  it('parses strict JSON: no comments, trailing commas, keys named twice or __proto__', () => {
    const good = JSON.stringify(minimalManifest());
    expect(messages(`// my app\n${good}`)).toEqual(['manifest.json is not valid JSON']);
    expect(messages(good.replace(/}$/, ',}'))).toEqual(['manifest.json is not valid JSON']);
    expect(messages(good.replace('{', '{"id":"city-hall",'))).toEqual([expect.stringContaining('id: the key "id" appears twice')]);
    expect(messages(good.replace('{', '{"__proto__":{},'))).toEqual([expect.stringContaining('__proto__')]);
  });

  it('wants UTF-8 text', () => {
    const bytes = new TextEncoder().encode(JSON.stringify(minimalManifest()));
    bytes[bytes.indexOf(0x50)] = 0xff; // the P of "Parking"
    expect(messages(bytes)).toEqual(['manifest.json is not UTF-8 text']);
  });

  it('wants the icons it names on the app origin to be files of the bundle', () => {
    const manifest = {
      ...minimalManifest(),
      icons: [
        { src: 'icon.svg', sizes: 'any' },
        { src: '/img/missing.png', sizes: '192x192' },
        { src: 'https://cdn.example.vn/icon.png', sizes: '512x512' },
      ],
    };
    expect(messages(JSON.stringify(manifest))).toEqual(['icons.1.src: /img/missing.png is not a file of the bundle']);
  });

  it('wants the entry page to be a file of the bundle: its path, or its folder\'s index.html', () => {
    expect(messages(JSON.stringify({ ...minimalManifest(), entry: 'https://parking.apps.example.vn/start.html' })))
      .toEqual(['entry: its page, start.html, is not a file of the bundle']);
    expect(messages(JSON.stringify({ ...minimalManifest(), entry: 'https://parking.apps.example.vn/app/' })))
      .toEqual(['entry: its page, app/index.html, is not a file of the bundle', 'icons.0.src: icon.svg is not a file of the bundle']);
    const { 'index.html': page, ...rest } = minimalBundle();
    const moved = { ...rest, 'start.html': page!, 'manifest.json': JSON.stringify({ ...minimalManifest(), entry: 'https://parking.apps.example.vn/start.html' }) };
    expect(checkManifest(bundleFiles(moved), 'parking').findings).toEqual([]);
  });

  it('leaves a missing manifest to the file-type check', () => {
    const { 'manifest.json': _, ...rest } = minimalBundle();
    expect(checkManifest(bundleFiles(rest), 'parking')).toEqual({ findings: [] });
  });
});
