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
export const section = (title: string, ...children: Array<Node | string>) => el('section', {}, el('h2', {}, title), ...children);

/** A button that runs `run` on click, disabled while it runs. */
export function button(label: string, testId: string, run: () => unknown, secondary = false): HTMLButtonElement {
  const b = el('button', { type: 'button', 'data-testid': testId, ...(secondary ? { class: 'secondary' } : {}) }, label);
  b.addEventListener('click', async () => {
    b.disabled = true;
    try {
      await run();
    } finally {
      b.disabled = false;
    }
  });
  return b;
}
