import { setCustomElementsManifest, type Decorator, type Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { ArgTypesEnhancer, StrictInputType, WebRenderer } from 'storybook/internal/types';
import { storybookManifest } from '../stories/helpers/manifest.js';

// Controls and docs tables come from the manifest, never from hand-written tables.
setCustomElementsManifest(storybookManifest);

/**
 * The toolbar's theme is the host page's signal: `data-theme` on the preview's <html>, which
 * every widget left at `theme="auto"` follows (as it follows a news site's own dark mode).
 * "Auto" removes the signal, so the widgets follow the reader's system setting.
 */
const withPageTheme: Decorator = (story, { globals }) => {
  const theme = globals.theme as string | undefined;
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
  else delete document.documentElement.dataset.theme;
  return story();
};

/** The toolbar's language, set on the story's root: widgets without their own `lang` inherit it. */
const withLanguage: Decorator = (story, { globals }) => {
  const arabic = globals.locale === 'ar';
  return html`<div lang=${arabic ? 'ar' : 'en'} dir=${arabic ? 'rtl' : 'ltr'}>${story()}</div>`;
};

/** `parameters.frameWidth`: the width of the column the widgets sit in, e.g. 320 for a phone. */
const withFrameWidth: Decorator = (story, { parameters }) => {
  const width = parameters.frameWidth as number | undefined;
  return width ? html`<div style="inline-size: ${width}px; max-inline-size: 100%">${story()}</div>` : story();
};

/** A control for an attribute or property from its type in the manifest (`string | null`…). */
function controlForType(type: string | undefined): { type: 'boolean' | 'number' | 'text' } | undefined {
  if (!type) return undefined;
  if (/\bboolean\b/.test(type)) return { type: 'boolean' };
  if (/\bnumber\b/.test(type)) return { type: 'number' };
  if (/\bstring\b/.test(type)) return { type: 'text' };
  return undefined;
}

/**
 * Controls for what the manifest lists: attributes by their type, a colour picker for every
 * `--nw-*color*` custom property and a text field for the others. Parts and events are
 * documented, not set (events are logged in the Actions panel).
 */
function manifestControl(name: string, argType: StrictInputType): StrictInputType {
  switch (argType.table?.category) {
    case 'attributes':
    case 'properties': {
      // Storybook falls back to a JSON "object" control for a type like `string | null`;
      // a control a story chose (a select of ids) stays.
      const current = argType.control;
      const fallback = current === undefined || (typeof current === 'object' && current.type === 'object');
      const byType = controlForType(argType.table.type?.summary);
      return fallback && byType ? { ...argType, control: byType } : argType;
    }
    case 'css custom properties':
      return { ...argType, control: { type: /color|accent/.test(name) ? 'color' : 'text' } };
    case 'css shadow parts':
    case 'events':
      return { ...argType, control: false };
    default:
      return argType;
  }
}

const manifestControls: ArgTypesEnhancer<WebRenderer> = ({ argTypes }) =>
  Object.fromEntries(Object.entries(argTypes).map(([name, argType]) => [name, manifestControl(name, argType)]));

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withFrameWidth, withLanguage, withPageTheme],
  argTypesEnhancers: [manifestControls],
  globalTypes: {
    theme: {
      description: "The host page's colour scheme, which widgets with theme=\"auto\" follow",
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'auto', title: 'Auto (the system setting)', icon: 'browser' },
          { value: 'light', title: 'Light page', icon: 'sun' },
          { value: 'dark', title: 'Dark page', icon: 'moon' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language and direction of the page the widgets sit in',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', title: 'English (left to right)', right: 'LTR' },
          { value: 'ar', title: 'العربية Arabic (right to left)', right: 'RTL' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'auto', locale: 'en' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true, sort: 'requiredFirst' },
    // Every story is checked by axe in the Accessibility panel, and by scripts/check-stories.mjs
    // in CI; a violation fails both. "region" needs page landmarks, which a lone widget has not.
    a11y: { test: 'error', config: { rules: [{ id: 'region', enabled: false }] } },
    options: {
      storySort: { order: ['Guides', ['Embedding', 'Theming', 'The bundle'], 'Widgets'] },
    },
  },
};

export default preview;
