import { describeError, el } from '@citadel-miniapp/web-kit';

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
      out.textContent = describeError(error);
    }
  });
  return button;
}
