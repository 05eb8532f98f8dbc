import { css } from 'lit';

/**
 * Severity colours, shared by the banner, the dialog, the lists and the detail: a strong fill for
 * a badge (`.sev[data-severity]`) and a left rule for a card (`[data-severity]` with `.rule`).
 * The text colour on each fill keeps a contrast of at least 4.5:1.
 */
export const severityStyles = css`
  [data-severity=extreme] { --sev: #a50e0e; --on-sev: #fff; }
  [data-severity=severe] { --sev: #c5221f; --on-sev: #fff; }
  [data-severity=moderate] { --sev: #f9ab00; --on-sev: #202124; }
  [data-severity=minor] { --sev: #1967d2; --on-sev: #fff; }
  .sev { display: inline-block; width: fit-content; padding: 2px 8px; border-radius: 999px; font-size: .8rem; font-weight: 700;
    background: var(--sev); color: var(--on-sev); }
  .rule { border-left: 6px solid var(--sev); }
`;
