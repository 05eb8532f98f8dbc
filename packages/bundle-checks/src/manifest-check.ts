import { Manifest } from '@citadel/protocol';
import { isJsonBodyError, parseStrictJson } from '@citadel/node';
import { englishErrors, issueOf } from '@citadel/protocol/api';
import type { BundleFile } from './bundle-file.js';
import { bundlePath } from './bundle-path.js';
import type { Finding } from './finding.js';

const MANIFEST = 'manifest.json';
// Fatal: a manifest is shown to citizens and reviewers, so a bad byte is refused, not guessed at.
const utf8 = new TextDecoder('utf-8', { fatal: true });

const manifestError = (message: string): Finding => ({ check: 'manifest', severity: 'error', file: MANIFEST, message });

/** The manifest's text, parsed as strict JSON (no key twice, no `__proto__`), or the finding that refuses it. */
function parseManifestFile(file: BundleFile): { value: unknown } | { finding: Finding } {
  let text: string;
  try {
    text = utf8.decode(file.bytes);
  } catch {
    return { finding: manifestError(`${MANIFEST} is not UTF-8 text`) };
  }
  try {
    return { value: parseStrictJson(text) };
  } catch (error) {
    if (!isJsonBodyError(error)) throw error;
    return { finding: manifestError(error.reason === 'MALFORMED' ? `${MANIFEST} is not valid JSON` : error.message) };
  }
}

/** The bundle path a URL on the app's origin serves, as the hosted files are looked up (its path as written when it cannot be one). */
const bundlePathOf = (url: URL): string => bundlePath(url.pathname) ?? url.pathname.slice(1);

/** Icons whose `src` is on the app's own origin must be files of the bundle. */
function missingIcons(manifest: Manifest, paths: ReadonlySet<string>): Finding[] {
  const entry = new URL(manifest.entry);
  return manifest.icons.flatMap((icon, index) => {
    const url = new URL(icon.src, entry);
    return url.origin === entry.origin && !paths.has(bundlePathOf(url))
      ? [manifestError(`icons.${index}.src: ${icon.src} is not a file of the bundle`)]
      : [];
  });
}

/** The entry page must be a file of the bundle: its path, or the `index.html` of the folder it names. */
function missingEntry(manifest: Manifest, paths: ReadonlySet<string>): Finding[] {
  const path = bundlePathOf(new URL(manifest.entry));
  const page = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  return paths.has(page) ? [] : [manifestError(`entry: its page, ${page}, is not a file of the bundle`)];
}

/**
 * Reads `manifest.json` as strict JSON and validates it with the protocol's `Manifest` schema;
 * each finding names the field (`permissions.0.name: …`). The manifest must be the one of the
 * app the bundle is for (`id` equal to `appId`), and its entry page and the icons on its origin must be in the bundle.
 * A missing manifest is the file-type check's finding, not this one's.
 */
export function checkManifest(files: readonly BundleFile[], appId: string): { manifest?: Manifest; findings: Finding[] } {
  const file = files.find((f) => f.path === MANIFEST);
  if (!file) return { findings: [] };
  const parsedFile = parseManifestFile(file);
  if ('finding' in parsedFile) return { findings: [parsedFile.finding] };
  const parsed = Manifest.safeParse(parsedFile.value, { error: englishErrors });
  if (!parsed.success) {
    return { findings: parsed.error.issues.map(issueOf).map((issue) => manifestError(`${issue.path || '(root)'}: ${issue.message}`)) };
  }
  const manifest = parsed.data;
  const paths = new Set(files.map((f) => f.path));
  const findings = [...missingEntry(manifest, paths), ...missingIcons(manifest, paths)];
  if (manifest.id !== appId) findings.unshift(manifestError(`id: must be "${appId}", the app this bundle is for, not "${manifest.id}"`));
  return { manifest, findings };
}
