// Reading and checking a partner's hosted bundle (issue 14), offline: the platform's upload routes
// and the `citadel validate` command (issue 15) run these same checks.
export { readBundle } from './read-bundle.js';
export { checkBundle, type CheckContext } from './check-bundle.js';
export { MAX_FINDINGS_PER_FILE } from './cap-findings.js';
export { BundleError, isBundleError, type BundleErrorCode, type BundleErrorDetails } from './bundle-error.js';
export { defaultBundleLimits, type BundleLimits } from './limits.js';
export { bundleFileKinds, type FileKind } from './file-kinds.js';
export { bundlePath } from './bundle-path.js';
export { contentTypeOf } from './content-types.js';
export type { BundleFile } from './bundle-file.js';
export type { CheckReport, CheckedFile, Finding, FindingCheck } from './finding.js';
