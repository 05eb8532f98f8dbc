import type { BundleFile } from './bundle-file.js';
import type { Finding } from './finding.js';
import type { BundleLimits } from './limits.js';

/**
 * `readBundle`'s size limits applied to files however they arrived, so `checkBundle` holds a
 * bundle to them even when its files did not come out of an archive.
 */
export function checkBudgets(files: readonly BundleFile[], limits: BundleLimits): Finding[] {
  const findings: Finding[] = [];
  if (files.length > limits.maxFiles) {
    findings.push({ check: 'budget', severity: 'error', rule: 'maxFiles', message: `The bundle has ${files.length} files, over maxFiles (${limits.maxFiles})` });
  }
  let total = 0;
  for (const file of files) {
    total += file.bytes.byteLength;
    if (file.bytes.byteLength > limits.maxFileBytes) {
      findings.push({ check: 'budget', severity: 'error', file: file.path, rule: 'maxFileBytes', message: `${file.path} is ${file.bytes.byteLength} bytes, over maxFileBytes (${limits.maxFileBytes})` });
    }
  }
  if (total > limits.maxTotalBytes) {
    findings.push({ check: 'budget', severity: 'error', rule: 'maxTotalBytes', message: `The bundle is ${total} bytes, over maxTotalBytes (${limits.maxTotalBytes})` });
  }
  return findings;
}
