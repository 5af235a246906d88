/** A child of an element: nodes, text, nested lists; null, undefined and false are left out. */
export type Child = Node | string | number | null | undefined | false | readonly Child[];

type Handler = (event: Event) => void;
export type Attrs = Record<string, string | number | boolean | Handler | null | undefined>;

/**
 * Builds an element. Text is always set as text (never parsed as HTML); `on…` attributes take
 * listeners; `false`, null and undefined attributes are left out. No `style` attribute: the
 * console's CSP forbids inline styles, so looks come from classes in app.css.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs?: Attrs | null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name === 'style') throw new Error('inline styles are not allowed (CSP)');
    if (typeof value === 'function') element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else if (child instanceof Node) parent.appendChild(child);
    else parent.appendChild(document.createTextNode(String(child)));
  }
}

/** Replaces the children of `parent`. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** A link within the console (`#/…`). */
export const link = (hash: string, ...children: Child[]): HTMLAnchorElement =>
  h('a', { href: `#${hash}` }, ...children);

/** A table with a header row and one row per item. */
export function table<T>(
  headers: readonly string[],
  items: readonly T[],
  row: (item: T) => readonly Child[],
  attrs?: Attrs,
  rowAttrs?: (item: T) => Attrs,
): HTMLTableElement {
  return h(
    'table',
    attrs,
    h(
      'thead',
      null,
      h(
        'tr',
        null,
        headers.map((title) => h('th', null, title)),
      ),
    ),
    h(
      'tbody',
      null,
      items.map((item) =>
        h(
          'tr',
          rowAttrs?.(item) ?? null,
          row(item).map((cell) => h('td', null, cell)),
        ),
      ),
    ),
  );
}

/** A small coloured mark (否决, 黄牌, 暂定 …). */
export const badge = (text: string, kind: string, title?: string): HTMLSpanElement =>
  h('span', { class: `badge badge-${kind}`, title }, text);

/** A definition list of label/value pairs. */
export const facts = (pairs: ReadonlyArray<readonly [string, Child]>): HTMLDListElement =>
  h(
    'dl',
    { class: 'facts' },
    pairs.map(([term, value]) => [h('dt', null, term), h('dd', null, value)]),
  );

export const section = (title: string, ...children: Child[]): HTMLElement =>
  h('section', { class: 'panel' }, h('h2', null, title), ...children);

export const note = (text: string, kind = 'info'): HTMLParagraphElement =>
  h('p', { class: `note note-${kind}` }, text);

/** Appends children (lists, text, nothing) to `parent`. */
export const add = (parent: Node, ...children: Child[]): void => append(parent, children);
