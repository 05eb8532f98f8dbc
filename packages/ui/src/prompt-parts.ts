import { css, html, nothing, type TemplateResult } from 'lit';
import type { Manifest } from '@citadel/protocol';
import type { Lang } from './i18n.js';

/**
 * What the permission prompt and the identity consent share: a modal card that fits a 320 px phone
 * (and scrolls on a shorter one), the asking app's icon and name, the manifest's reason, the answers.
 */
export const promptStyles = css`
  dialog { border: 0; border-radius: 20px; padding: 20px; width: min(420px, calc(100vw - 24px)); box-sizing: border-box;
    max-height: calc(100dvh - 24px); overflow: auto;
    background: var(--citadel-surface); color: var(--citadel-text); box-shadow: 0 12px 48px rgb(0 0 0 / 30%); }
  dialog::backdrop { background: rgb(0 0 0 / 45%); }
  .app { display: flex; gap: 12px; align-items: center; }
  .app img { width: 48px; height: 48px; border-radius: 12px; flex: none; }
  h2 { font-size: 1.05rem; margin: 0; }
  .reason { margin: 14px 0; padding: 10px 12px; border-radius: 12px; background: color-mix(in srgb, CanvasText 6%, transparent); }
  .actions { display: flex; gap: 8px; justify-content: flex-end; flex-wrap: wrap; }
`;

/** The prompt's heading, which its `<dialog aria-labelledby="title">` is named by: the app's icon and name, then what it `asks`. */
export function askingApp(manifest: Manifest, lang: Lang, asks: string): TemplateResult {
  const icon = manifest.icons[0]?.src;
  return html`<div class="app">
    ${icon ? html`<img src=${icon} alt="" />` : nothing}
    <h2 id="title"><strong>${manifest.name[lang]}</strong> ${asks}</h2>
  </div>`;
}
