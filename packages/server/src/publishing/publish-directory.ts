import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import type { Manifest } from '@citadel/protocol';
import type { Database } from '../db/database.js';
import { ApiError } from '../errors.js';
import { createPublishedApps } from './apps.js';
import { checkBundle, type BundleFile } from './bundle/index.js';
import { createReleases } from './releases.js';
import { createVersions } from './versions.js';

/** Every regular file under `dir`, with its path inside it (`/`-separated); links are not followed. */
async function filesUnder(dir: string): Promise<BundleFile[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile());
  return Promise.all(files.map(async (entry) => {
    const full = join(entry.parentPath, entry.name);
    return { path: relative(dir, full).split(sep).join('/'), bytes: new Uint8Array(await readFile(full)) };
  }));
}

/**
 * The operator's way to publish an app whose built files are in a folder (`npm start`'s demo apps): the same path a
 * partner's upload takes, with the operator as the reviewer: the folder and `manifest` become a bundle, checked as
 * any upload is; a new bundle becomes a version, submitted, approved and released to everyone; the same files again
 * change nothing. A bundle the checks refuse throws, naming each finding.
 */
export async function publishDirectory(db: Database, app: { manifest: Manifest; dir: string }): Promise<{ version: number; created: boolean }> {
  const { manifest, dir } = app;
  const files = (await filesUnder(dir)).filter((file) => file.path !== 'manifest.json');
  files.push({ path: 'manifest.json', bytes: new TextEncoder().encode(JSON.stringify(manifest, null, 2)) });
  const report = await checkBundle(files, { appId: manifest.id });
  if (!report.passed) {
    const findings = report.findings.filter((f) => f.severity === 'error').map((f) => `  ${f.check}${f.file ? ` ${f.file}${f.line ? `:${f.line}` : ''}` : ''}: ${f.message}`);
    throw new Error(`The bundle of app "${manifest.id}" (${dir}) did not pass the checks:\n${findings.join('\n')}`);
  }
  // Two server processes may start at once on one database: each step tolerates the other having taken it.
  const unlessTaken = async (code: string, step: () => Promise<unknown>) => {
    try {
      await step();
    } catch (error) {
      if (!(error instanceof ApiError && error.code === code)) throw error;
    }
  };
  const [existing] = await db.query('SELECT 1 FROM apps WHERE id = $1', [manifest.id]);
  if (!existing) await unlessTaken('APP_EXISTS', () => createPublishedApps(db).create({ id: manifest.id, name: manifest.name, kind: 'hosted', byOperator: true }));
  const versions = createVersions(db);
  const { version, created } = await versions.addHosted(manifest.id, { files, report });
  if (version.state === 'draft') await unlessTaken('VERSION_STATE', () => versions.submit(manifest.id, version.number));
  if ((await versions.get(manifest.id, version.number)).state === 'in_review') {
    await unlessTaken('VERSION_STATE', () => versions.decide(manifest.id, version.number, { approve: true, reason: 'published by the operator', notify: false }));
  }
  const releases = createReleases(db);
  const release = await releases.get(manifest.id);
  if (release?.stable !== version.number || release.rollout !== null) await releases.release(manifest.id, version.number, 100);
  return { version: version.number, created };
}
