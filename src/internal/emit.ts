/**
 * Dispatches a documented `nw-*` event from a widget. Every event bubbles and crosses shadow
 * roots, so a page can listen once on `document`.
 */
export function emit<T>(host: HTMLElement, name: `nw-${string}`, detail: T): boolean {
  return host.dispatchEvent(new CustomEvent<T>(name, { bubbles: true, composed: true, cancelable: false, detail }));
}
