/** A table of custom elements by tag name, as each screen area declares it. */
export type ElementTable = Readonly<Record<string, CustomElementConstructor>>;

/** The tag-name map of a table: `HTMLElementTagNameMap` extends it, so `document.createElement` and lit templates know each tag. */
export type TagsOf<T extends ElementTable> = { -readonly [K in keyof T]: T[K] extends abstract new () => infer E ? E : never };

/** Registers each element of `table` under its tag name; safe to call more than once. */
export function defineElements(table: ElementTable): void {
  for (const [name, element] of Object.entries(table)) {
    if (!customElements.get(name)) customElements.define(name, element);
  }
}
