import { css, html, nothing } from 'lit';
import type { Lang } from '@citadel/ui';
import type { SignInState } from '../account/account-store.js';
import { accountPath } from '../account/routes.js';
import { INBOX_PATH } from '../inbox/routes.js';
import { WALLET_PATH } from '../wallet/routes.js';
import { homeStrings } from './i18n.js';
import { icons } from './icons.js';

/** A tab of the bottom navigation. */
export type Tab = 'home' | 'inbox' | 'wallet' | 'account';

/** The first letter of the citizen's given name (the last word of a Vietnamese name), shown on the account tab. */
const initial = (name: string) => [...(name.trim().split(/\s+/).pop() ?? '')][0]?.toLocaleUpperCase('vi') ?? '?';

/**
 * Styles of the bottom navigation: fixed to the bottom, four equal tabs of at least 56 px, above the safe area (the
 * unread count in words uses the shell's `.visually-hidden`).
 */
export const bottomNavStyles = css`
  .bottom-nav { position: fixed; inset: auto 0 0; z-index: 5; background: Canvas; border-top: 1px solid color-mix(in srgb, CanvasText 14%, transparent);
    padding-bottom: env(safe-area-inset-bottom); }
  .bottom-nav ul { list-style: none; margin: 0 auto; padding: 0; max-width: 720px; display: grid; grid-template-columns: repeat(4, minmax(0, 1fr)); }
  .bottom-nav a { position: relative; display: flex; flex-direction: column; align-items: center; justify-content: center; gap: 2px; min-height: 56px;
    padding: 4px 2px; color: color-mix(in srgb, CanvasText 72%, transparent); text-decoration: none; font-size: .75rem; text-align: center; overflow-wrap: anywhere; }
  .bottom-nav a[aria-current=page] { color: var(--accent); font-weight: 700; }
  .bottom-nav a:focus-visible { outline: 3px solid color-mix(in srgb, var(--accent) 60%, white); outline-offset: -3px; }
  .bottom-nav .glyph { position: relative; display: grid; place-items: center; width: 28px; height: 28px; border-radius: 50%; }
  .bottom-nav [data-signed-in=true] .glyph { background: var(--accent); color: #fff; font-weight: 700; font-size: .9rem; }
  .bottom-nav .count { position: absolute; top: -4px; left: 18px; min-width: 20px; height: 20px; padding: 0 5px; box-sizing: border-box; border-radius: 999px;
    background: var(--accent); color: #fff; font-size: .72rem; font-weight: 700; line-height: 16px; text-align: center; border: 2px solid Canvas; }
`;

/** What the bottom navigation shows and where its tabs go. */
export interface BottomNavProps {
  readonly lang: Lang;
  /** The tab of the screen shown, marked `aria-current="page"`; none over a screen no tab names (alerts). */
  readonly current: Tab | undefined;
  readonly citizen: SignInState;
  /** The citizen's unread notifications and alerts: the inbox tab's badge (`99+` past 99), named in its label. */
  readonly unread: number;
  /** Goes to `path` inside the host (a plain click; other clicks follow the link). */
  readonly go: (path: string) => void;
}

/**
 * The bottom navigation: Home, Inbox (with the unread badge), Wallet and Account, as links in a `nav` landmark. Signed
 * out, the account tab goes to sign-in and the inbox and wallet screens ask the citizen to sign in.
 */
export function bottomNav({ lang, current, citizen, unread, go }: BottomNavProps) {
  const s = homeStrings(lang);
  const follow = (path: string) => (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    event.preventDefault();
    go(path);
  };
  // The badge is drawn for the eye only; the link's name says the count in words, after the tab's visible name.
  const tab = (id: Tab, path: string, label: string, testId: string, glyph: unknown, badge: unknown = nothing, said: unknown = nothing) => html`<li>
    <a href=${path} data-testid=${testId} aria-current=${current === id ? 'page' : 'false'} @click=${follow(path)}
      data-signed-in=${id === 'account' ? String(Boolean(citizen)) : nothing}><span class="glyph" aria-hidden="true">${glyph}${badge}</span><span>${label}</span>${said}</a></li>`;
  const badge = unread > 0 ? html`<span class="count" data-testid="inbox-badge" aria-hidden="true">${unread > 99 ? '99+' : unread}</span>` : nothing;
  const said = unread > 0 ? html`<span class="visually-hidden">, ${s.unread(unread)}</span>` : nothing;
  return html`<nav class="bottom-nav" aria-label=${s.navigation} data-testid="bottom-nav"><ul>
    ${tab('home', '/', s.home, 'nav-home', icons.home)}
    ${tab('inbox', INBOX_PATH, s.inbox, 'inbox-button', icons.inbox, badge, said)}
    ${tab('wallet', WALLET_PATH, s.wallet, 'wallet-button', icons.wallet)}
    ${tab('account', citizen === null ? accountPath('signin') : accountPath('profile'), s.account, 'account-button', citizen ? initial(citizen.name) : icons.account)}
  </ul></nav>`;
}
