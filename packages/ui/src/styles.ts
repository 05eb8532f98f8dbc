import { css } from 'lit';

/** Shared tokens: system fonts, 44 px touch targets, the host's accent. */
export const base = css`
  :host {
    --citadel-accent: #b3261e;
    --citadel-surface: Canvas;
    --citadel-text: CanvasText;
    --citadel-muted: color-mix(in srgb, CanvasText 65%, transparent);
    font: 15px/1.4 system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    color: var(--citadel-text);
  }
  button {
    font: inherit;
    min-height: 44px;
    min-width: 44px;
    border-radius: 999px;
    border: 0;
    padding: 0 16px;
    cursor: pointer;
    background: color-mix(in srgb, var(--citadel-accent) 12%, var(--citadel-surface));
    color: var(--citadel-text);
  }
  button.primary {
    background: var(--citadel-accent);
    color: #fff;
  }
  button:focus-visible {
    outline: 3px solid color-mix(in srgb, var(--citadel-accent) 60%, white);
    outline-offset: 2px;
  }
`;
