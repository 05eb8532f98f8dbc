import { connect, isCitadelError, type Client } from '@citadel/sdk';
import { describeError } from './describe-error.js';

/** The words `boot` shows before the app draws itself. */
export interface BootStrings {
  readonly title: string;
  readonly connecting: string;
  readonly notHosted: string;
}

/** Follows the host's theme: its accent colour and light or dark scheme. */
function applyTheme(theme: Client['context']['theme']): void {
  document.documentElement.style.setProperty('--accent', theme.accent);
  document.documentElement.style.colorScheme = theme.scheme;
}

/**
 * Connects to the host, takes its language and follows its theme, runs `start`, sets the title and says
 * ready. Opened outside a host, or when `start` fails, `#app .status` says why.
 */
export async function boot(strings: (lang: string) => BootStrings, start: (client: Client) => void | Promise<void>): Promise<void> {
  const status = document.querySelector<HTMLElement>('#app .status')!;
  try {
    const client = await connect();
    const t = strings(client.context.lang);
    document.documentElement.lang = client.context.lang;
    applyTheme(client.context.theme);
    client.on('theme', applyTheme);
    status.textContent = t.connecting;
    await start(client);
    await client.ui.setTitle({ title: t.title });
    await client.ready();
  } catch (error) {
    status.textContent = isCitadelError(error) && error.code === 'NOT_HOSTED'
      ? strings(navigator.language.startsWith('en') ? 'en' : 'vi').notHosted
      : describeError(error);
    status.classList.add('error');
  }
}

/**
 * Hides `offer` (an app's "turn on notifications" card) when the citizen already lets the app
 * notify them: asked with `notifications.getPermission`, which never prompts. Shown as it is in a
 * host without that method.
 */
export function hideWhenNotifying(client: Client, offer: HTMLElement): HTMLElement {
  if (client.supports('notifications.getPermission')) {
    void client.notifications.getPermission().then(({ granted }) => { offer.hidden = granted; }, () => undefined);
  }
  return offer;
}
