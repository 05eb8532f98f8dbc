import { connect, type Client } from '@citadel/sdk';
import type { AppOptions } from './app-options.js';
import { HelloScreen } from './hello-screen.js';

/** Connects to the host, puts the first screen into `root`, and tells the host once it is drawn. */
export async function startApp(root: HTMLElement, options: AppOptions = {}): Promise<Client> {
  const client = await connect();
  const screen = new HelloScreen(client, options.backendOrigin);
  root.replaceChildren(screen);
  await screen.updateComplete;
  // The host shows its loading state until then.
  await client.ready();
  return client;
}
