import { isCitadelError } from '@citadel/sdk';
import { startApp } from './app.js';
import { words } from './words.js';

const root = document.getElementById('app')!;

// The backend's origin is build-time configuration: `npm run dev` sets it, and so does your production build.
startApp(root, { backendOrigin: import.meta.env.VITE_BACKEND_ORIGIN || undefined }).catch((error: unknown) => {
  // Before connect() answers, the host's language is unknown: both. It rejects with NOT_HOSTED within 5 s when no
  // host frames the page.
  const key = isCitadelError(error) && error.code === 'NOT_HOSTED' ? 'notHosted' : 'startFailed';
  root.textContent = `${words.vi[key]} ${words.en[key]}`;
  console.error(error);
});
