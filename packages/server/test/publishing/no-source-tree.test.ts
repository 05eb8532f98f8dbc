import { cpSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEMO_APP_FOLDERS, demoApps } from '../../src/demo-apps.js';

const miniapps = resolve(import.meta.dirname, '../../../../miniapps');

// The old way is gone: a folder with a manifest and a built dist/ beside the demo apps publishes nothing by being there.
describe('no source-tree registry', () => {
  it('takes the five named demo apps, never another folder that looks like an app', () => {
    const dir = mkdtempSync(join(tmpdir(), 'citadel-miniapps-'));
    for (const folder of DEMO_APP_FOLDERS) {
      cpSync(join(miniapps, folder, 'dist'), join(dir, folder, 'dist'), { recursive: true });
      cpSync(join(miniapps, folder, 'manifest.json'), join(dir, folder, 'manifest.json'));
    }
    mkdirSync(join(dir, 'rogue', 'dist'), { recursive: true });
    writeFileSync(join(dir, 'rogue', 'dist', 'index.html'), '<!doctype html><title>rogue</title>');
    writeFileSync(join(dir, 'rogue', 'manifest.json'), JSON.stringify({ id: 'rogue' }));
    const ids = demoApps(dir).map((app) => (app.manifest as { id: string }).id);
    expect(ids.sort()).toEqual(['kitchen-sink', 'reporting', 'school', 'tourism', 'utilities']);
  });

  it('names an unbuilt demo app instead of skipping it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'citadel-miniapps-'));
    mkdirSync(join(dir, 'school'));
    expect(() => demoApps(dir, ['school'])).toThrowError(/school is not built/);
  });
});
