import { checkBudgets } from './budgets.js';
import type { BundleFile } from './bundle-file.js';
import { bundleHashOf, listFiles } from './bundle-hash.js';
import { capFindings } from './cap-findings.js';
import { checkFileTypes } from './file-types.js';
import type { CheckReport } from './finding.js';
import { resolveLimits, type BundleLimits } from './limits.js';
import { checkManifest } from './manifest-check.js';
import { checkPermissions } from './permissions-check.js';
import { checkRemoteScripts } from './remote-script-check.js';
import { scanSecrets } from './secret-scan.js';
import { readSources } from './sources.js';

/** What `checkBundle` checks a bundle against. */
export interface CheckContext {
  /** The app the bundle is uploaded for: the manifest's `id` must be this. */
  readonly appId: string;
  /** The size budgets; default `defaultBundleLimits`. */
  readonly limits?: Partial<BundleLimits>;
}

/**
 * Checks a partner's bundle (the files `readBundle` unpacked) before review: sizes and file
 * types, secrets, the manifest, the permissions its scripts need against the ones it declares,
 * and code loaded from other origins. Resolves to a report whose `passed` is false when any
 * finding is an error; it lists at most `MAX_FINDINGS_PER_FILE` (20) findings of one check in one
 * file, and counts the rest. It rejects only on a fault of its own, never for what a bundle holds.
 */
export async function checkBundle(files: readonly BundleFile[], context: CheckContext): Promise<CheckReport> {
  const { manifest, findings: manifestFindings } = checkManifest(files, context.appId);
  const sources = readSources(files);
  const permissions = checkPermissions(sources.scripts, manifest);
  const findings = [
    ...checkBudgets(files, resolveLimits(context.limits)),
    ...checkFileTypes(files),
    ...manifestFindings,
    ...(await scanSecrets(files)),
    ...permissions.findings,
    ...checkRemoteScripts(sources),
  ];
  const listed = listFiles(files);
  return {
    passed: findings.every((finding) => finding.severity !== 'error'),
    ...(manifest ? { manifest } : {}),
    findings: capFindings(findings),
    permissionsDeclared: permissions.declared,
    permissionsUsed: permissions.used,
    files: listed,
    bundleHash: bundleHashOf(listed),
  };
}
