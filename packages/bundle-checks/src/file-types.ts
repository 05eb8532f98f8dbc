import type { BundleFile } from './bundle-file.js';
import { bundleFileKinds, kindOf } from './file-kinds.js';
import type { Finding } from './finding.js';

/** The files the platform serves first: the page it frames and the manifest it reviews. */
// The entry page need not be `index.html`: the manifest check finds it from `entry`.
const REQUIRED_AT_ROOT = ['manifest.json'] as const;

const allowed = Object.keys(bundleFileKinds).join(', ');

/** An error for each file of a type not in `bundleFileKinds`, and for `manifest.json` missing at the root. */
export function checkFileTypes(files: readonly BundleFile[]): Finding[] {
  const findings: Finding[] = files
    .filter((file) => kindOf(file.path) === undefined)
    .map((file) => ({
      check: 'file-type', severity: 'error', file: file.path,
      message: `${file.path} is not a static web file type a bundle may hold (${allowed})`,
    }));
  const paths = new Set(files.map((file) => file.path));
  for (const required of REQUIRED_AT_ROOT) {
    if (!paths.has(required)) findings.push({ check: 'archive', severity: 'error', file: required, message: `${required} must be at the bundle's root` });
  }
  return findings;
}
