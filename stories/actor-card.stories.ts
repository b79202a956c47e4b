import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../src/all.js';
import { SEED_URL, STORY_BUNDLES, seedIds } from './helpers/bundles.js';
import { expectWidgetStates } from './helpers/checks.js';
import { renderWidget, widgetArgTypes } from './helpers/render.js';
import { stateStories } from './helpers/state-stories.js';

const render = renderWidget('actor-card');

const meta = {
  title: 'Widgets/Actor card',
  component: 'actor-card',
  render,
  args: { src: SEED_URL, actor: 'sdf' },
  argTypes: { ...widgetArgTypes('actor-card'), actor: { control: 'select', options: seedIds.actors } },
  play: expectWidgetStates,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Every actor of the seed bundle: choose one with the `actor` control. */
export const Ready: Story = {};

/** The compact chip, inline in a sentence of the article. */
export const Compact: Story = {
  args: { compact: true },
  render: (args) =>
    html`<p style="max-inline-size: 40rem">
      ${render(args)} took over Raqqa, the Islamic State’s de facto capital, weeks before the government’s victory in
      Deir al-Zour.
    </p>`,
};

/** The widget's own `lang="ar"`: interface strings and the bundle's Arabic names. */
export const InArabic: Story = { args: { lang: 'ar', actor: 'iran' } };

/**
 * Claims (a fictional bundle): the North Front's own figure for Testland Province and the
 * independent observers' figure, side by side, each with who gives it. `river-guard` shows
 * claims made by named speakers; `south-league` a share in the source's own voice.
 */
export const Claims: Story = {
  args: { src: STORY_BUNDLES.claims, actor: 'north-front' },
  argTypes: { actor: { control: 'select', options: ['north-front', 'river-guard', 'south-league'] } },
};

/** The same claims in Arabic. */
export const ClaimsInArabic: Story = { args: { src: STORY_BUNDLES.claims, actor: 'north-front', lang: 'ar' } };

const states = stateStories({
  attribute: 'actor',
  noun: 'actor',
  misspelt: 'sdff',
  minimalId: 'a1',
  longTextId: 'long-named-front',
  fallback:
    'The Syrian Democratic Forces: an American-backed, Kurdish-led militia that took over Raqqa, the Islamic State’s de facto capital.',
});
export const Loading: Story = states.loading;
export const LoadingWithFallback: Story = states.loadingWithFallback;
export const ErrorNotFound404: Story = states.errorNotFound404;
export const ErrorInvalidBundle: Story = states.errorInvalidBundle;
export const ErrorWithFallback: Story = states.errorWithFallback;
export const NotFound: Story = states.notFound;
export const NothingChosen: Story = states.nothingChosen;
export const MinimalData: Story = states.minimalData;
export const LongText: Story = states.longText;
export const Narrow: Story = states.narrow;
export const Wide: Story = states.wide;
