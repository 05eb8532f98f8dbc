import { css } from 'lit';
import { formStyles } from '../shared/form-styles.js';

/** The wallet screens' look: the account screens' fields and buttons, plus amounts and lists that fit 320 px. */
export const walletStyles = [formStyles, css`
  .money { font-variant-numeric: tabular-nums; white-space: nowrap; }
  .plus { color: #1e7e34; }
  @media (prefers-color-scheme: dark) { .plus { color: #7bd88f; } }
  dl { display: grid; grid-template-columns: minmax(0, auto) minmax(0, 1fr); gap: 8px 12px; margin: 0; }
  dt { color: var(--muted); font-size: .88rem; }
  dd { margin: 0; overflow-wrap: anywhere; text-align: end; }
  /* A narrow phone has no room for two columns: each label above its value. */
  @media (max-width: 420px) { dl { grid-template-columns: minmax(0, 1fr); gap: 2px; } dd { text-align: start; margin-bottom: 8px; } }
  .card { padding: 14px 16px; border-radius: 16px; background: color-mix(in srgb, CanvasText 5%, transparent); }
`];
