import { el } from '@citadel-miniapp/web-kit';

/**
 * A failed call as the developer demo shows it: its code and developer message, raw, as the SDK rejects with them.
 * Citizens' apps say failures with the web kit's `describeError` instead; this app is for developers.
 */
const rawError = (error: unknown): string => {
  const e = error as { code?: string; message?: string };
  return `${e.code ?? 'ERROR'}: ${e.message ?? String(error)}`;
};

/** A button that runs `action` and writes its outcome (or typed error) into `out`: the demo shows each call's raw result. */
export function action(label: string, testId: string, out: HTMLOutputElement, run: () => Promise<unknown>, secondary = false) {
  const button = el('button', { type: 'button', 'data-testid': testId, ...(secondary ? { class: 'secondary' } : {}) }, label);
  button.addEventListener('click', async () => {
    out.classList.remove('error');
    try {
      const value = await run();
      out.textContent = JSON.stringify(value ?? 'ok', null, 2);
    } catch (error) {
      out.classList.add('error');
      out.textContent = rawError(error);
    }
  });
  return button;
}
