import { css } from 'lit';
import { formStyles } from '../shared/form-styles.js';
import { severityStyles } from './severity.js';

/** The alert screens' look: the account screens' fields and buttons, severity colours, cards that fit 320 px. */
export const alertStyles = [formStyles, severityStyles, css`
  .card { padding: 12px 14px; border-radius: 14px; background: color-mix(in srgb, CanvasText 5%, transparent); overflow-wrap: anywhere; }
  ul.list { list-style: none; margin: 0; padding: 0; display: grid; gap: 8px; }
  .entry { display: grid; gap: 4px; width: 100%; text-align: start; font-weight: 400; border-radius: 14px; padding: 10px 12px; min-height: 44px;
    background: color-mix(in srgb, CanvasText 5%, transparent); }
  .entry strong { font-weight: 600; overflow-wrap: anywhere; }
  .entry small, .meta { color: var(--muted); font-size: .85rem; }
  .row { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; }
  dl { display: grid; gap: 2px; margin: 0; }
  dt { color: var(--muted); font-size: .85rem; margin-top: 8px; }
  dd { margin: 0; overflow-wrap: anywhere; white-space: pre-line; }
  select, textarea { font: inherit; width: 100%; min-height: 44px; padding: 8px 12px; border-radius: 10px; color: CanvasText; box-sizing: border-box;
    border: 1px solid color-mix(in srgb, CanvasText 30%, transparent); background: color-mix(in srgb, CanvasText 3%, Canvas); }
  textarea { min-height: 88px; resize: vertical; }
  .home { padding-left: 8px; margin-bottom: 12px; }
  .switch-row { display: flex; gap: 12px; align-items: center; justify-content: space-between; min-height: 44px; }
  .switch-row input[type=checkbox] { width: 44px; min-height: 28px; height: 28px; flex: none; accent-color: var(--accent); }
`];
