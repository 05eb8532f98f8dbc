import { html, nothing } from 'lit';
import type { Strings } from './i18n.js';
import type { Finding, VersionInfo } from './types.js';

/** The checks' findings: severity, where (file and line), the rule and what it says. */
export const findingsList = (findings: readonly Finding[], t: Strings, testid: string) => html`
  <h4 class="meta">${t.findings}</h4>
  ${findings.length === 0 ? html`<p class="meta" data-testid="${testid}-none">${t.noFindings}</p>` : html`<ul class="plain" data-testid=${testid}>
    ${findings.map((f) => html`<li data-testid="finding">
      <span class="badge ${f.severity}">${t.severities[f.severity]}</span>
      ${f.file === undefined ? nothing : html`<code data-testid="finding-where">${t.at(f.file, f.line)}</code>`}
      <strong>${t.checks[f.check] ?? f.check}:</strong> <span lang="en">${f.message}</span>${f.rule === undefined ? nothing : html` <span class="meta">(${f.rule})</span>`}
    </li>`)}
  </ul>`}`;

/** A version's files, folded away: path and size. */
export const filesList = (files: VersionInfo['files'], t: Strings, testid: string) => html`<details data-testid=${testid}>
  <summary>${t.files(files.length)}</summary>
  <ul class="plain">${files.map((f) => html`<li><code>${f.path}</code> <span class="meta">${f.size} B</span></li>`)}</ul>
</details>`;
