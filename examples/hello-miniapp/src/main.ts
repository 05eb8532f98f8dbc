import { connect, isCitadelError } from '@citadel/sdk';

const out = document.getElementById('out')!;

try {
  // Resolves within 5 s, or rejects with NOT_HOSTED: it never hangs.
  const client = await connect();
  await client.ui.setTitle({ title: client.context.lang === 'en' ? 'Hello' : 'Xin chào' });

  // Keys are yours alone: other apps cannot read them.
  const visits = ((await client.storage.get({ key: 'visits' })).value as number | null) ?? 0;
  await client.storage.set({ key: 'visits', value: visits + 1 });
  out.textContent = `Visit number ${visits + 1}`;

  document.getElementById('where')!.addEventListener('click', async () => {
    try {
      // The host asks the citizen in its own prompt; coarse (about 1 km) unless you ask for precise.
      const position = await client.location.getCurrent();
      out.textContent = `${position.latitude}, ${position.longitude} (±${position.accuracy} m)`;
    } catch (error) {
      if (isCitadelError(error) && error.code === 'PERMISSION_DENIED') out.textContent = 'No location: fine, type an address instead.';
      else throw error;
    }
  });

  // Tell the host your first screen is drawn: it hides its loading state.
  await client.ready();
} catch (error) {
  out.textContent = isCitadelError(error) && error.code === 'NOT_HOSTED'
    ? 'Open this page inside the Citadel app.'
    : String(error);
}
