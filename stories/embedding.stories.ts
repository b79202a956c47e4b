import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/all.js';
import { SEED_URL, seed } from './helpers/bundles.js';
import { expectWidgetStates } from './helpers/checks.js';

const meta = {
  title: 'Guides/Embedding',
  tags: ['!autodocs'],
  play: expectWidgetStates,
} satisfies Meta;

export default meta;
type Story = StoryObj;

const fallback = 'The Islamic State controls about a third of Deir al-Zour Province.';

/** `src` names the bundle's URL; the text inside is the fallback. */
export const BundleByUrl: Story = {
  render: () => html`<control-bar src=${SEED_URL} place="deir-al-zour-province">${fallback}</control-bar>`,
};

const INLINE_ID = 'syria-iraq-border-2017';

/** A `<script type="application/json">` holding the bundle (Lit does not bind inside <script>). */
function inlineBundle(): HTMLScriptElement {
  const script = document.createElement('script');
  script.type = 'application/json';
  script.id = INLINE_ID;
  script.textContent = JSON.stringify(seed);
  return script;
}

/** `src="#id"` names a bundle inlined in the page: no request at all. */
export const InlineBundle: Story = {
  render: () =>
    html`${inlineBundle()}
      <control-bar src="#${INLINE_ID}" place="deir-al-zour-province">${fallback}</control-bar>`,
  parameters: {
    docs: {
      source: {
        code: `<script type="application/json" id="${INLINE_ID}">
  { "meta": { "id": "${INLINE_ID}", … }, "sources": [ … ], … }
</script>

<control-bar src="#${INLINE_ID}" place="deir-al-zour-province">
  ${fallback}
</control-bar>`,
      },
    },
  },
};

/** Several widgets naming one URL: the bundle is fetched and checked once for all of them. */
export const SeveralWidgetsOneBundle: Story = {
  render: () =>
    html`<actor-card src=${SEED_URL} actor="iraqi-forces" compact></actor-card>
      <border-crossing-status src=${SEED_URL} crossing="qaim-bukamal"></border-crossing-status>`,
};
