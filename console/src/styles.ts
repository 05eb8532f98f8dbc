import { css } from 'lit';

/**
 * The look every console screen shares: one column that fits 320 px, 44 px targets, visible focus, errors in the accent
 * colour. Constructed style sheets only: the console's CSP has no `'unsafe-inline'`.
 */
export const screenStyles = css`
  :host { display: block; --accent: #1d4ed8; --bad: #b3261e; --muted: color-mix(in srgb, CanvasText 65%, transparent);
    --line: color-mix(in srgb, CanvasText 18%, transparent); color: CanvasText; }
  * { box-sizing: border-box; }
  h1 { font-size: 1.35rem; margin: 0 0 12px; overflow-wrap: anywhere; }
  h1:focus { outline: none; }
  h1:focus-visible { outline: 3px solid color-mix(in srgb, var(--accent) 60%, white); outline-offset: 2px; }
  h2 { font-size: 1.1rem; margin: 24px 0 8px; }
  h3 { font-size: 1rem; margin: 0 0 4px; overflow-wrap: anywhere; }
  p { margin: 0 0 8px; }
  section { margin: 0 0 20px; }
  form { display: grid; gap: 12px; margin: 0; padding: 12px; border: 1px solid var(--line); border-radius: 12px; }
  fieldset { border: 0; padding: 0; margin: 0; display: grid; gap: 6px; min-width: 0; }
  legend { font-weight: 600; font-size: .92rem; padding: 0; margin-bottom: 4px; }
  .field { display: grid; gap: 4px; min-width: 0; }
  label { font-weight: 600; font-size: .92rem; }
  .choice { display: flex; align-items: center; gap: 8px; font-weight: 400; min-height: 44px; }
  .choice input { width: 20px; height: 20px; min-height: 0; }
  input, select, textarea { font: inherit; width: 100%; min-height: 44px; padding: 8px 12px; border-radius: 10px; color: CanvasText;
    border: 1px solid color-mix(in srgb, CanvasText 30%, transparent); background: color-mix(in srgb, CanvasText 3%, Canvas); }
  input[type=file] { padding: 8px; }
  textarea { min-height: 88px; resize: vertical; }
  input:focus-visible, select:focus-visible, textarea:focus-visible, button:focus-visible, a:focus-visible {
    outline: 3px solid color-mix(in srgb, var(--accent) 60%, white); outline-offset: 2px; }
  [aria-invalid=true] { border-color: var(--bad); }
  .hint, .meta { font-size: .86rem; color: var(--muted); margin: 0; }
  .problem { font-size: .88rem; color: var(--bad); margin: 0; }
  .error { padding: 10px 12px; border-radius: 10px; margin: 0; color: CanvasText; background: color-mix(in srgb, var(--bad) 12%, transparent); }
  .ok { padding: 10px 12px; border-radius: 10px; margin: 0; background: color-mix(in srgb, #1e8e3e 14%, transparent); }
  button { font: inherit; cursor: pointer; min-height: 44px; min-width: 44px; padding: 0 16px; border-radius: 999px; border: 0;
    background: color-mix(in srgb, var(--accent) 12%, Canvas); color: CanvasText; }
  button.primary { background: var(--accent); color: #fff; font-weight: 600; }
  button:disabled { opacity: .6; cursor: progress; }
  .actions { display: flex; flex-wrap: wrap; gap: 8px; }
  a { color: var(--accent); }
  ul.cards { list-style: none; padding: 0; margin: 0 0 12px; display: grid; gap: 10px; }
  ul.cards > li { border: 1px solid var(--line); border-radius: 12px; padding: 12px; display: grid; gap: 6px; min-width: 0; }
  ul.plain { margin: 0; padding-left: 20px; }
  ul.plain li { overflow-wrap: anywhere; }
  .card-link { font-weight: 600; font-size: 1.02rem; display: inline-flex; align-items: center; min-height: 44px; overflow-wrap: anywhere; }
  .badge { display: inline-block; padding: 2px 8px; border-radius: 999px; font-size: .82rem; background: color-mix(in srgb, CanvasText 10%, transparent); }
  .badge.approved { background: color-mix(in srgb, #1e8e3e 18%, transparent); }
  .badge.rejected, .badge.error { background: color-mix(in srgb, var(--bad) 18%, transparent); }
  .badge.in_review, .badge.warning { background: color-mix(in srgb, #f9ab00 22%, transparent); }
  details summary { cursor: pointer; min-height: 44px; display: flex; align-items: center; }
  pre { margin: 0 0 8px; padding: 10px; border-radius: 10px; background: color-mix(in srgb, CanvasText 6%, transparent);
    white-space: pre-wrap; overflow-wrap: anywhere; font-size: .85rem; }
  dl { display: grid; grid-template-columns: auto 1fr; gap: 2px 12px; margin: 4px 0; }
  dd { margin: 0; min-width: 0; overflow-wrap: anywhere; }
  .row { display: flex; flex-wrap: wrap; gap: 6px 12px; align-items: center; }
`;
