/**
 * The only way the sidebar makes elements: createElement, text as text nodes, attributes by setAttribute. Nothing is
 * ever parsed as HTML, so a header like <img onerror=…> or a sheet named Q1 "old" <data> shows as the literal text.
 */

export interface ElementProps {
  readonly className?: string;
  /** Attribute values are set as values (never parsed); event-handler and style attributes are refused. */
  readonly attrs?: Readonly<Record<string, string>>;
  readonly hidden?: boolean;
}

export type Child = Node | string | null | undefined | false;

/** Refuses on…= handlers and style= (a strict CSP blocks both, and neither belongs in this UI). */
function checkAttribute(name: string): void {
  const lower = name.toLowerCase();
  if (lower.startsWith('on') || lower === 'style' || lower === 'srcdoc') throw new Error(`the sidebar sets no ${name} attribute`);
}

/** An element with its attributes and children; strings become text nodes. */
export function h<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, props: ElementProps = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = doc.createElement(tag);
  if (props.className) element.className = props.className;
  if (props.hidden) element.hidden = true;
  for (const [name, value] of Object.entries(props.attrs ?? {})) {
    checkAttribute(name);
    element.setAttribute(name, value);
  }
  append(element, ...children);
  return element;
}

export function append(parent: Node, ...children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? (parent.ownerDocument ?? (parent as Document)).createTextNode(child) : child);
  }
}

/** Replaces an element's children with these. */
export function replaceChildren(parent: Element, ...children: Child[]): void {
  while (parent.firstChild) parent.removeChild(parent.firstChild);
  append(parent, ...children);
}

/** A text wrapped in <bdi>, so a right-to-left name inside left-to-right text (and the reverse) keeps its order. */
export function isolated(doc: Document, text: string, className?: string): HTMLElement {
  return h(doc, 'bdi', { className }, text);
}

/** An option whose label is set with option.text. */
export function option(doc: Document, value: string, label: string, selected = false): HTMLOptionElement {
  const element = doc.createElement('option');
  element.value = value;
  element.text = label;
  element.selected = selected;
  return element;
}

/** The element with this id, or an error naming the template's missing piece. */
export function byId<T extends HTMLElement = HTMLElement>(doc: Document, id: string): T {
  const element = doc.getElementById(id);
  if (!element) throw new Error(`the sidebar template has no #${id}`);
  return element as T;
}
