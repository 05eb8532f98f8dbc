import { connect, type Client } from '@citadel/sdk';
import type { AppOptions } from './app-options.js';
import { signInStatus } from './sign-in.js';
import { wordsFor } from './words.js';

/** Connects to the host, draws the first screen into `root`, and tells the host it is drawn. */
export async function startApp(root: HTMLElement, options: AppOptions = {}): Promise<Client> {
  const client = await connect();
  const words = wordsFor(client.context.lang);
  const title = document.createElement('h1');
  title.textContent = words.hello;
  const button = document.createElement('button');
  button.type = 'button';
  button.textContent = words.signIn;
  const status = document.createElement('p');
  status.setAttribute('role', 'status');
  button.addEventListener('click', async () => {
    button.disabled = true;
    status.textContent = words.signingIn;
    status.textContent = await signInStatus(client, options.backendOrigin);
    button.disabled = false;
  });
  root.replaceChildren(title, button, status);
  // The host shows its loading state until then.
  await client.ready();
  return client;
}
