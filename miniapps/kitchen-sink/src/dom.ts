import { el } from '@citadel-miniapp/web-kit';
import { showFailure } from './failure.js';

/**
 * A button that runs `action` and writes its outcome into `out`: the demo shows each call's raw result, and a failure
 * as the citizen's sentence with the code under "developer details" (`showFailure`).
 */
export function action(label: string, testId: string, out: HTMLOutputElement, run: () => Promise<unknown>, secondary = false) {
  const button = el('button', { type: 'button', 'data-testid': testId, ...(secondary ? { class: 'secondary' } : {}) }, label);
  button.addEventListener('click', async () => {
    out.classList.remove('error');
    try {
      const value = await run();
      out.textContent = JSON.stringify(value ?? 'ok', null, 2);
    } catch (error) {
      showFailure(out, error);
    }
  });
  return button;
}
