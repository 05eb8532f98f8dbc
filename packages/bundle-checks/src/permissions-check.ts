import { methodNames, methods, type Manifest, type MethodName, type Permission } from '@citadel/protocol';
import { findBridgeCalls } from './bridge-calls.js';
import type { Finding } from './finding.js';
import type { ScriptSource } from './sources.js';
import { lineFinder } from './text.js';

/** One bridge method a file names, at the line of its first mention. */
interface Call {
  readonly method: MethodName;
  readonly permission: Permission;
  readonly file: string;
  readonly line: number;
}

/** The calls in `scripts` of methods that need a permission, once per method and file. */
function permissionedCalls(scripts: readonly ScriptSource[]): Call[] {
  const calls = new Map<string, Call>();
  for (const script of scripts) {
    const lineAt = lineFinder(script.text);
    for (const { method, index } of findBridgeCalls(script.text)) {
      const { permission } = methods[method];
      const key = `${method} ${script.file}`;
      if (permission === null || calls.has(key)) continue;
      calls.set(key, { method, permission, file: script.file, line: script.line + lineAt(index) - 1 });
    }
  }
  return [...calls.values()];
}

const sorted = <T extends string>(values: Iterable<T>): T[] => [...new Set(values)].sort();

/**
 * Compares the permissions of the bridge methods the bundle's scripts call with the ones its
 * manifest declares: a call needing an undeclared permission is an error naming the method and
 * the file (the host would refuse it with `PERMISSION_DENIED`); a declared permission no call
 * needs is a warning, since the citizen would be asked for more than the app uses
 * (docs/security-model.md, rule 5). Without a valid manifest only `used` is reported.
 */
export function checkPermissions(scripts: readonly ScriptSource[], manifest: Manifest | undefined): {
  findings: Finding[]; declared: Permission[]; used: Permission[];
} {
  const calls = permissionedCalls(scripts);
  const used = sorted(calls.map((call) => call.permission));
  if (!manifest) return { findings: [], declared: [], used };
  const declared = sorted(manifest.permissions.map((p) => p.name));
  const findings: Finding[] = calls
    .filter((call) => !declared.includes(call.permission))
    .map((call) => ({
      check: 'permissions', severity: 'error', file: call.file, line: call.line, rule: call.method,
      message: `${call.file} calls ${call.method}, which needs the "${call.permission}" permission the manifest does not declare`,
    }));
  for (const permission of declared.filter((p) => !used.includes(p))) {
    const needing = methodNames.filter((m) => methods[m].permission === permission).join(', ');
    findings.push({
      check: 'permissions', severity: 'warning', file: 'manifest.json', rule: permission,
      message: `The manifest declares "${permission}", but no script calls a method that needs it (${needing}): the citizen would be asked for more than the app uses`,
    });
  }
  return { findings, declared, used };
}
