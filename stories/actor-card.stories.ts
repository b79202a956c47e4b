import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../src/all.js';
import { SEED_URL, STORY_BUNDLES, seedIds } from './helpers/bundles.js';
import { expectWidgetStates, shadowOf } from './helpers/checks.js';
import { renderWidget, widgetArgTypes } from './helpers/render.js';
import { stateStories } from './helpers/state-stories.js';
import testland from './bundles/testland.json';

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

const testlandActors = { actor: { control: 'select' as const, options: testland.actors.map((actor) => actor.id) } };

/** The North Front's card shows every kind of fact it can: checked by structure, in any language. */
async function expectClaimsAndAttributedGoals(context: StoryContext): Promise<void> {
  await expectWidgetStates(context);
  const root = shadowOf(context.canvasElement, 'actor-card');
  // The summary's date; each goal's claimant; three dated relation groups.
  await expect(root.querySelector('[part~="summary"] [part~="statement-as-of"] time')?.getAttribute('datetime')).toBe('2017-11-03');
  await expect(root.querySelectorAll('[part~="goals"] li [part~="claimant"]')).toHaveLength(2);
  await expect(root.querySelectorAll('[part~="relation"]')).toHaveLength(3);
  await expect(root.querySelectorAll('[part~="relation-dates"]')).toHaveLength(3);
  await expect(root.querySelectorAll('[part~="relation-sources"]')).toHaveLength(2);
  // Two competing claims for the province, each with its claimant; the count beside the first.
  const places = [...root.querySelectorAll('[part~="places"] li')];
  await expect(places).toHaveLength(3);
  await expect(places.slice(0, 2).every((place) => place.querySelector('[part~="claimant"]'))).toBe(true);
  await expect(places[0].querySelector('[part~="counts"]')).not.toBeNull();
  await expect(root.querySelector('.claims-differ')).not.toBeNull();
}

/**
 * Claims and attributed goals (fictional, testland.json): the North Front's summary as of the
 * date it was true on; its goals, each with who says so; part of an alliance since June 2016,
 * led by Ada Testwell since early 2017, fighting the South League from around June 2016 until
 * late October 2017 according to observers, each relation with its own sources where they are
 * not the card's; and its control: its own claim ("claims about 70%", with its count of
 * districts) beside the observers' "less than half". Other actors with the `actor` control:
 * `south-league` (all of it except the old town, at least a third), `river-guard` (a claim by
 * its spokesman, "most of it" with a count), `testland-alliance`, `ada-testwell`.
 */
export const ClaimsAndAttributedGoals: Story = {
  args: { src: STORY_BUNDLES.testland, actor: 'north-front' },
  argTypes: testlandActors,
  play: expectClaimsAndAttributedGoals,
};

/** The same card in Arabic: relation headings, dates at their precision, claims and counts. */
export const ClaimsAndAttributedGoalsInArabic: Story = {
  args: { src: STORY_BUNDLES.testland, actor: 'north-front', lang: 'ar' },
  argTypes: testlandActors,
  play: expectClaimsAndAttributedGoals,
};

const states = stateStories({
  attribute: 'actor',
  noun: 'actor',
  misspelt: 'sdff',
  minimalId: 'a1',
  longTextId: 'long-named-front',
  fallback:
    'The Syrian Democratic Forces: an American-backed, Kurdish-led militia that took over the city of Raqqa, which had served as the de facto capital of the Islamic State.',
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
