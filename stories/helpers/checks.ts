/**
 * What the stories' play functions check, in a way that holds in every theme and language the
 * toolbar offers: states, attributes and structure, not English words.
 */
import type { StoryContext } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import { elements } from './manifest.js';

export type WidgetState = 'loading' | 'ready' | 'error';

/** Story parameters the play functions and scripts/check-stories.mjs read. */
export interface CheckParameters {
  /** The state each widget of the story must reach, in document order (one value: all). Default `ready`. */
  readonly widgetStates?: WidgetState | readonly WidgetState[];
  /**
   * Fragments of the console errors the story is meant to cause (a bad bundle is reported on
   * the console once); scripts/check-stories.mjs fails on any other console error, and on
   * any of these that does not appear.
   */
  readonly consoleErrors?: readonly string[];
}

const WIDGET_SELECTOR = elements.map((element) => element.tagName).join(',');

/** The widgets in the story, in document order. */
export const widgetsIn = (canvasElement: HTMLElement): HTMLElement[] => [
  ...canvasElement.querySelectorAll<HTMLElement>(WIDGET_SELECTOR),
];

/** The open shadow root of the first `<tag>` in the story. */
export function shadowOf(canvasElement: HTMLElement, tag: string): ShadowRoot {
  const root = canvasElement.querySelector(tag)?.shadowRoot;
  if (!root) throw new Error(`The story has no <${tag}> with a shadow root.`);
  return root;
}

/** An element inside a shadow root (or inside one of its elements), or a failure that names what is missing. */
export function partOf<T extends Element = HTMLElement>(scope: ShadowRoot | Element, selector: string): T {
  const found = scope.querySelector<T>(selector);
  if (!found) {
    const where = scope instanceof ShadowRoot ? `<${scope.host.localName}>` : `<${scope.localName}>`;
    throw new Error(`Nothing matches ${selector} in ${where}.`);
  }
  return found;
}

/** What a reader sees, as `data-state` says: `loading`, `ready`, or `error` (a notice). */
function stateOf(widget: HTMLElement): WidgetState | undefined {
  const shown = widget.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('data-state');
  return shown === 'loading' || shown === 'ready' || shown === 'error' ? shown : undefined;
}

/**
 * Waits until every widget shows the state the story says (parameters.widgetStates), then
 * checks what a reader gets in it: a busy region while loading, a notice on error, content
 * and a source line when ready.
 */
export async function expectWidgetStates({ canvasElement, parameters }: Pick<StoryContext, 'canvasElement' | 'parameters'>): Promise<void> {
  const widgets = widgetsIn(canvasElement);
  const declared = (parameters as CheckParameters).widgetStates ?? 'ready';
  const wanted = typeof declared === 'string' ? widgets.map(() => declared) : declared;
  await expect(widgets.length).toBe(wanted.length);
  await waitFor(() => expect(widgets.map(stateOf)).toEqual(wanted), {
    timeout: 5000,
    // The default appends the whole page's markup to the message; the states say enough.
    onTimeout: (error) => error,
  });
  for (const [i, widget] of widgets.entries()) {
    const root = widget.shadowRoot!;
    switch (wanted[i]) {
      case 'loading':
        await expect(partOf(root, '[part~="loading"]').getAttribute('aria-busy')).toBe('true');
        await expect(partOf(root, '[role="status"]').textContent?.trim()).not.toBe('');
        break;
      case 'error':
        await expect(partOf(root, '[part~="notice"] .notice-text').textContent?.trim()).not.toBe('');
        await expect(partOf(root, '[part~="notice-details"] p').textContent?.trim()).not.toBe('');
        break;
      case 'ready':
        await expect(root.querySelector('[part~="notice"]')).toBeNull();
        break;
    }
  }
}

/** Set by scripts/check-stories.mjs: presses a key with the browser's real keyboard. */
interface TrustedKeyboard {
  __storyCheckPressKey?: (key: string) => Promise<void>;
}

/**
 * Presses a key on a focused control. Under scripts/check-stories.mjs this is the browser's
 * own keyboard, so the native behaviour of the control is what is tested. In the Storybook
 * UI a script can only send synthetic key events, which browsers ignore for range inputs (and
 * user-event does not emulate), so there the range input is stepped as the browser would.
 */
export async function pressKey(control: HTMLElement, key: 'ArrowUp' | 'ArrowDown' | 'Home' | 'End'): Promise<void> {
  control.focus();
  const trusted = (window as TrustedKeyboard).__storyCheckPressKey;
  if (trusted) {
    await trusted(key);
    return;
  }
  if (!(control instanceof HTMLInputElement) || control.type !== 'range') {
    throw new Error(`pressKey() can only stand in for the keyboard on a range input, not <${control.localName}>.`);
  }
  const before = control.value;
  if (key === 'ArrowUp') control.stepUp();
  else if (key === 'ArrowDown') control.stepDown();
  else control.value = key === 'Home' ? control.min : control.max;
  if (control.value !== before) control.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}
