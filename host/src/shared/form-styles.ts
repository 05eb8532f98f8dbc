import { css } from 'lit';

/**
 * Shared look of the host's forms (account, wallet, alerts): stacked full-width fields that fit 320 px, 44 px targets,
 * visible focus, errors in the accent colour and announced.
 */
export const formStyles = css`
  :host { display: block; --accent: #b3261e; --muted: color-mix(in srgb, CanvasText 65%, transparent); color: CanvasText; }
  * { box-sizing: border-box; }
  form { display: grid; gap: 14px; margin: 0; }
  .field { display: grid; gap: 4px; min-width: 0; }
  label { font-weight: 600; font-size: .92rem; }
  input { font: inherit; width: 100%; min-height: 44px; padding: 0 12px; border-radius: 10px; color: CanvasText;
    border: 1px solid color-mix(in srgb, CanvasText 30%, transparent); background: color-mix(in srgb, CanvasText 3%, Canvas); }
  input:focus-visible, button:focus-visible { outline: 3px solid color-mix(in srgb, var(--accent) 60%, white); outline-offset: 2px; }
  input[aria-invalid=true] { border-color: var(--accent); }
  .hint { font-size: .85rem; color: var(--muted); margin: 0; }
  .problem, .error { font-size: .88rem; color: var(--accent); margin: 0; }
  .error { padding: 10px 12px; border-radius: 10px; background: color-mix(in srgb, var(--accent) 10%, transparent); }
  .success { padding: 10px 12px; border-radius: 10px; margin: 0; background: color-mix(in srgb, #1e8e3e 14%, transparent); }
  .with-toggle { display: flex; gap: 6px; }
  .with-toggle input { flex: 1; min-width: 0; }
  button { font: inherit; cursor: pointer; min-height: 44px; min-width: 44px; padding: 0 16px; border-radius: 999px; border: 0;
    background: color-mix(in srgb, var(--accent) 12%, Canvas); color: CanvasText; }
  button.primary { background: var(--accent); color: #fff; font-weight: 600; }
  button.link { background: transparent; color: var(--accent); padding: 0 8px; text-decoration: underline; }
  button:disabled { opacity: .6; cursor: progress; }
  .switch { display: flex; flex-wrap: wrap; align-items: center; gap: 0 4px; margin: 0; color: var(--muted); }
  h2 { font-size: 1.15rem; margin: 0 0 12px; }
  h3 { font-size: 1rem; margin: 0 0 6px; }
`;
