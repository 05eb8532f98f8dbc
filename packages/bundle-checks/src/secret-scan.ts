import { lintSource } from '@secretlint/core';
import { rules as recommended } from '@secretlint/secretlint-rule-preset-recommend';
import type { SecretLintCoreConfig } from '@secretlint/types';
import type { BundleFile } from './bundle-file.js';
import { kindOf } from './file-kinds.js';
import type { Finding } from './finding.js';
import { platformCredentialRules } from './platform-credentials-rule.js';
import { textOf } from './text.js';

// The bundle is the partner's: a `secretlint-disable` comment in it must not silence the scan. The
// preset's rules are listed one by one without the rule that reads those comments, because
// secretlint 11 ignores `disabled` on a rule inside a preset.
const COMMENT_FILTER = '@secretlint/secretlint-rule-filter-comments';

const config: SecretLintCoreConfig = {
  rules: [
    ...recommended.filter((rule) => rule.meta.id !== COMMENT_FILTER).map((rule) => ({ id: rule.meta.id, rule })),
    ...platformCredentialRules,
  ],
};

/** secretlint's masked message, its run of `*` shortened so that not even the secret's length shows. */
const maskedMessage = (message: string, secret: string) =>
  (secret === '' ? message : message.split(secret).join('****')).replace(/\*{4,}/g, '****');

/**
 * Scans every text file of the bundle with secretlint's recommended rules (cloud keys, tokens,
 * PEM private keys, connection strings…) and the platform's own credential formats. A finding
 * names the file, line and rule, never the secret (docs/security-model.md, "What we ask of you":
 * no partner secret in front-end code).
 */
export async function scanSecrets(files: readonly BundleFile[]): Promise<Finding[]> {
  const findings: Finding[] = [];
  for (const file of files) {
    const kind = kindOf(file.path);
    if (kind === undefined || kind === 'binary') continue;
    const content = textOf(file);
    const result = await lintSource({
      source: { content, filePath: file.path, contentType: 'text' },
      options: { config, maskSecrets: true, noPhysicFilePath: true },
    });
    for (const message of result.messages) {
      findings.push({
        check: 'secret',
        severity: message.severity === 'error' ? 'error' : 'warning',
        file: file.path,
        line: message.loc.start.line,
        rule: message.ruleId,
        message: maskedMessage(message.message, content.slice(message.range[0], message.range[1])),
      });
    }
  }
  return findings;
}
