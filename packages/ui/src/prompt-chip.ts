import { LitElement, css, html, nothing } from 'lit';
import type { QueuedPrompt, QueuePromptFn } from '@citadel/runtime';
import { t, type Lang } from './i18n.js';
import { base } from './styles.js';

/**
 * The small host-drawn "this app asks …" chip a prompt waits behind when the app asked without a
 * citizen gesture in its frame (docs/security-model.md, "Prompts wait for the citizen"). It sits
 * in the host's page, above the app's frame, which cannot cover or click it; nothing opens until
 * the citizen taps it.
 *
 * @fires citadel-chip-tap - the citizen tapped it.
 */
export class CitadelPromptChip extends LitElement {
  static override properties = { request: { attribute: false }, lang: {} };

  static override styles = [base, css`
    :host { display: block; pointer-events: auto; }
    button { display: flex; align-items: center; gap: 8px; max-width: min(420px, calc(100vw - 32px)); padding: 6px 16px 6px 6px;
      background: var(--citadel-surface); box-shadow: 0 4px 16px rgb(0 0 0 / 25%); text-align: start; }
    img { width: 32px; height: 32px; border-radius: 8px; flex: none; }
    span { display: grid; min-width: 0; }
    strong, small { overflow: hidden; text-overflow: ellipsis; white-space: nowrap; }
    small { color: var(--citadel-muted); }
  `];

  /** What waits behind the chip. */
  declare request: QueuedPrompt | undefined;
  /** Language. Default `vi`. */
  declare lang: Lang;

  constructor() {
    super();
    this.lang = 'vi';
  }

  override render() {
    const request = this.request;
    if (!request) return nothing;
    const s = t(this.lang);
    const { manifest } = request.app;
    const icon = manifest.icons[0]?.src;
    const name = manifest.name[this.lang];
    return html`<button data-testid="prompt-chip" data-app=${request.app.id} data-permission=${request.permission}
      aria-label=${s.chipLabel(name, s.asks[request.permission])}
      @click=${() => this.dispatchEvent(new CustomEvent('citadel-chip-tap', { bubbles: true, composed: true }))}>
      ${icon ? html`<img src=${icon} alt="" />` : nothing}
      <span><strong>${name} ${s.asks[request.permission]}</strong> <small>${s.chipHint}</small></span>
    </button>`;
  }
}

/**
 * A runtime `QueuePromptFn` that draws a `<citadel-prompt-chip>` per waiting prompt, stacked at the
 * bottom of `root`, in the language `lang()` answers when it is drawn; a tap resolves it, the end
 * of the app's session removes it.
 */
export function createChipFn(root: HTMLElement, lang: () => Lang): QueuePromptFn {
  let tray: HTMLElement | undefined;
  return (request, signal) => new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    if (!tray?.isConnected) {
      tray = document.createElement('div');
      tray.dataset.testid = 'prompt-chips';
      tray.setAttribute('role', 'status');
      tray.style.cssText = 'position:fixed;inset:auto 0 calc(16px + env(safe-area-inset-bottom)) 0;display:grid;justify-items:center;gap:8px;pointer-events:none;z-index:2147483000';
      root.append(tray);
    }
    const chip = document.createElement('citadel-prompt-chip') as CitadelPromptChip;
    chip.request = request;
    chip.lang = lang();
    const done = () => {
      chip.remove();
      signal.removeEventListener('abort', onAbort);
      if (tray && tray.childElementCount === 0) tray.remove();
    };
    const onAbort = () => {
      done();
      reject(signal.reason);
    };
    chip.addEventListener('citadel-chip-tap', () => {
      done();
      resolve();
    }, { once: true });
    signal.addEventListener('abort', onAbort, { once: true });
    tray.append(chip);
  });
}
