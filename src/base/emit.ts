import type { WidgetEventDetails, WidgetEventName } from './events.js';

/**
 * Dispatches a documented `nw-*` event from a widget, its detail typed by its name. Every event
 * bubbles and crosses shadow roots, so a page can listen once on `document`.
 */
export function emit<Name extends WidgetEventName>(host: HTMLElement, name: Name, detail: WidgetEventDetails[Name]): boolean {
  return host.dispatchEvent(new CustomEvent(name, { bubbles: true, composed: true, cancelable: false, detail }));
}
