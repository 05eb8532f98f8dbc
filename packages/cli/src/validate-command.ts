import { isBundleError, type CheckReport } from '@citadel/bundle-checks';
import { readBundleSource } from './bundle-source.js';
import { countLine, findingLine } from './finding-lines.js';
import type { Output } from './output.js';
import { archiveFinding } from './print-error.js';
import { validateBundle } from './validate.js';

/** `citadel validate`'s options. */
export interface ValidateCommandOptions {
  /** Print the report as JSON instead of lines. */
  readonly json?: boolean;
  /** The app id the manifest must name; default the manifest's own. */
  readonly app?: string;
}

function printReport(path: string, report: CheckReport, io: Output): void {
  for (const finding of report.findings) io.out(findingLine(finding));
  io.out(report.passed
    ? `✓ ${path}: passes the platform's checks (${countLine(report.findings)}; ${report.files.length} files, bundle ${report.bundleHash.slice(0, 12)})`
    : `✗ ${path}: the platform would refuse this bundle (${countLine(report.findings)})`);
}

/**
 * Runs the platform's publishing checks on the folder or zip at `path` and prints each finding; resolves to the
 * exit code: 0 when no finding is an error, 1 otherwise. With `json`, prints the report (or, for an archive the
 * platform cannot read, `{ passed: false, error }`).
 */
export async function validateCommand(path: string, options: ValidateCommandOptions, io: Output): Promise<number> {
  const archive = await readBundleSource(path);
  let report: CheckReport;
  try {
    report = await validateBundle(archive, options.app === undefined ? {} : { appId: options.app });
  } catch (error) {
    if (!isBundleError(error)) throw error;
    if (options.json) {
      io.out(JSON.stringify({ passed: false, error: error.toJSON() }, null, 2));
    } else {
      io.out(findingLine(archiveFinding(error)));
      io.out(`✗ ${path}: not a bundle the platform reads (${error.code})`);
    }
    return 1;
  }
  if (options.json) io.out(JSON.stringify(report, null, 2));
  else printReport(path, report, io);
  return report.passed ? 0 : 1;
}
