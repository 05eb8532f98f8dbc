/** Creates an element with text and attributes; text is always set as text, never as HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  ...children: Array<Node | string>
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** A titled card. */
export const section = (title: string, ...children: Node[]) => el('section', {}, el('h2', {}, title), ...children);

/** A button that runs `action` and writes its outcome (or typed error) into `out`. */
export function action(label: string, testId: string, out: HTMLOutputElement, run: () => Promise<unknown>, secondary = false) {
  const button = el('button', { type: 'button', 'data-testid': testId, ...(secondary ? { class: 'secondary' } : {}) }, label);
  button.addEventListener('click', async () => {
    out.classList.remove('error');
    try {
      const value = await run();
      out.textContent = JSON.stringify(value ?? 'ok', null, 2);
    } catch (error) {
      const e = error as { code?: string; message?: string };
      out.classList.add('error');
      out.textContent = `${e.code ?? 'ERROR'}: ${e.message ?? String(error)}`;
    }
  });
  return button;
}
