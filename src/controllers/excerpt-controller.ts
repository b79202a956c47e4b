import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Which "What the source says" panels of one widget are open. A widget has one, and asks it
 * for each fact (by a key the widget makes, like `share-2-0`): a reader opens any number of
 * panels, and each stays open across updates until closed. `onToggle` hears each change (the
 * widget fires `nw-interact` with it).
 */
export class ExcerptController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #open = new Set<string>();
  readonly #onToggle: (key: string, open: boolean) => void;

  constructor(host: ReactiveControllerHost, onToggle: (key: string, open: boolean) => void) {
    this.#host = host;
    this.#onToggle = onToggle;
    host.addController(this);
  }

  hostConnected(): void {}

  isOpen(key: string): boolean {
    return this.#open.has(key);
  }

  toggle(key: string): void {
    const open = !this.#open.has(key);
    if (open) this.#open.add(key);
    else this.#open.delete(key);
    this.#host.requestUpdate();
    this.#onToggle(key, open);
  }

  /** Closes every panel: when the widget shows another entity, its facts are other facts. */
  reset(): void {
    if (this.#open.size === 0) return;
    this.#open.clear();
    this.#host.requestUpdate();
  }
}
