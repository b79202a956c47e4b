import type { ArgTypes, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, waitFor } from 'storybook/test';
import '../src/all.js';
import { SEED_URL, STORY_BUNDLES, seedIds } from './helpers/bundles.js';
import { expectWidgetStates, partOf, pressKey, shadowOf } from './helpers/checks.js';
import { renderWidget, widgetArgTypes } from './helpers/render.js';
import { stateStories } from './helpers/state-stories.js';
import snapshots from './bundles/testland-snapshots.json';

const meta = {
  title: 'Widgets/Control bar',
  component: 'control-bar',
  render: renderWidget('control-bar'),
  args: { src: SEED_URL, place: 'deir-al-zour-province' },
  argTypes: {
    ...widgetArgTypes('control-bar'),
    place: { control: 'select', options: seedIds.placesWithControl },
  },
  play: expectWidgetStates,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Every place of the seed bundle that has control data: choose one with the `place` control. */
export const Ready: Story = {};

/** Several ids in `place`: one row per place, to compare them. */
export const ComparePlaces: Story = {
  args: { place: 'deir-al-zour-province deir-al-zour qaim' },
  argTypes: { place: { control: 'text' } },
};

const testvilleDates = snapshots.control
  .filter((snapshot) => snapshot.place === 'testville')
  .map((snapshot) => snapshot.asOf)
  .sort();
const snapshotArgs = {
  args: { src: STORY_BUNDLES.snapshots, place: 'testville' },
  argTypes: { place: { control: 'select', options: snapshots.places.map((place) => place.id) } } satisfies ArgTypes,
};

/**
 * Three dated snapshots of one place (fictional "Testland" data): the slider steps through
 * them. The play function steps with the keyboard — Down, Home, Up, End — and checks the date,
 * the bar and the `nw-interact` events at every step.
 */
export const SeveralSnapshots: Story = {
  ...snapshotArgs,
  play: async (context: StoryContext) => {
    await expectWidgetStates(context);
    const root = shadowOf(context.canvasElement, 'control-bar');
    const stepped: string[] = [];
    root.host.addEventListener('nw-interact', (event) => stepped.push((event as CustomEvent<{ value: string }>).detail.value));
    const slider = partOf<HTMLInputElement>(root, '[part~="slider"]');
    const shownDate = () => partOf(root, '[part~="time"] time').getAttribute('datetime');
    // North Front's segment comes first; its width is its share of each snapshot.
    const northFrontWidth = () => partOf(root, '[part~="segment"]').style.inlineSize;
    const [september, october, november] = testvilleDates;

    await expect(shownDate()).toBe(november);
    await expect(slider.value).toBe('2');
    await expect(northFrontWidth()).toBe('25%');

    await pressKey(slider, 'ArrowDown');
    await expect(root.activeElement).toBe(slider);
    await waitFor(() => expect(shownDate()).toBe(october));
    await expect(northFrontWidth()).toBe('30%');
    await expect(partOf(root, '[part~="legend"]').textContent).not.toBe('');

    await pressKey(slider, 'Home');
    await waitFor(() => expect(shownDate()).toBe(september));
    await expect(northFrontWidth()).toBe('60%');
    await expect(slider.getAttribute('aria-valuetext')).toBe(partOf(root, '[part~="time"] time').textContent);

    await pressKey(slider, 'ArrowUp');
    await waitFor(() => expect(shownDate()).toBe(october));
    await pressKey(slider, 'End');
    await waitFor(() => expect(shownDate()).toBe(november));
    await expect(stepped).toEqual([october, september, october, november]);
  },
};

/** The `date` attribute: the snapshot in force on that day. */
export const AsOfADate: Story = {
  args: { ...snapshotArgs.args, date: '2017-10-15' },
  argTypes: snapshotArgs.argTypes,
  play: async (context: StoryContext) => {
    await expectWidgetStates(context);
    const root = shadowOf(context.canvasElement, 'control-bar');
    await expect(partOf(root, '[part~="time"] time').getAttribute('datetime')).toBe(testvilleDates[1]);
  },
};

/** A date before the first snapshot: the widget says it has no data for then. */
export const NoDataForTheDate: Story = {
  args: { ...snapshotArgs.args, date: '2017-01-01' },
  argTypes: snapshotArgs.argTypes,
  play: async (context: StoryContext) => {
    await expectWidgetStates(context);
    await expect(shadowOf(context.canvasElement, 'control-bar').querySelector('[part~="no-data"]')).not.toBeNull();
  },
};

/** A share given in words ("most of it") where the source has no figure (fictional data). */
export const ShareInWords: Story = {
  args: { src: STORY_BUNDLES.snapshots, place: 'testland-hills' },
  argTypes: snapshotArgs.argTypes,
};

/** The widget's own `lang="ar"`: interface strings, place names and numerals in Arabic. */
export const InArabic: Story = { args: { lang: 'ar' } };

const claimPlaces = { place: { control: 'select' as const, options: ['testland-province', 'testford', 'testville'] } };

/**
 * Competing claims (fictional): the North Front's own figure for Testland Province and the
 * independent observers', side by side, each with who gives it, and a line saying they differ.
 * `testford`: a named speaker's claim; `testville`: one share attributed, one in the source's voice.
 */
export const ClaimsSideBySide: Story = {
  args: { src: STORY_BUNDLES.claims, place: 'testland-province' },
  argTypes: claimPlaces,
  play: async (context) => {
    await expectWidgetStates(context);
    const root = shadowOf(context.canvasElement, 'control-bar');
    await expect(root.querySelectorAll('[part~="claim"]')).toHaveLength(2);
    await expect(root.querySelector('[part~="claims-differ"]')).not.toBeNull();
  },
};

/** The same claims in Arabic. */
export const ClaimsInArabic: Story = { args: { src: STORY_BUNDLES.claims, place: 'testland-province', lang: 'ar' }, argTypes: claimPlaces };

/** A fact the source attributes to a named speaker: "According to Ada Testwell, the River Guard's commander". */
export const Attributed: Story = {
  args: { src: STORY_BUNDLES.claims, place: 'testford' },
  argTypes: claimPlaces,
  play: async (context) => {
    await expectWidgetStates(context);
    const root = shadowOf(context.canvasElement, 'control-bar');
    // The catalogue's language switch puts the page (and so the widget) in Arabic.
    const said = context.globals.locale === 'ar' ? 'بحسب آدا تستويل، قائدة حرس النهر' : "According to Ada Testwell, the River Guard's commander";
    await expect(partOf(root, '[part~="attribution"]').textContent?.trim()).toBe(said);
    await expect(partOf(root, '[part~="legend"]').getAttribute('aria-label')?.endsWith(said)).toBe(true);
  },
};

const testlandPlaces = {
  place: {
    control: 'select' as const,
    options: ['testland-province', 'testville', 'east-district', 'testford', 'river-border', 'testland-province testville east-district'],
  },
};
/** The segments of the story's first control bar, by how their share is given (`data-kind`). */
const segmentKinds = (root: ShadowRoot) =>
  [...root.querySelectorAll<HTMLElement>('[part~="segment"]:not([data-empty])')].map((segment) => segment.dataset.kind);

/**
 * Figures as the source gives them (fictional "Testland"): "less than half" (the observers'
 * claim for Testland Province) fades out up to half with a dashed edge; Testville's "more
 * than 60%" is solid to 60% and fades out, open, while "at most 25%" fades to a dashed edge;
 * East District's "at least a third" is shown in the source's words. The rest stays hatched.
 */
export const Bounds: Story = {
  args: { src: STORY_BUNDLES.testland, place: 'testland-province testville east-district' },
  argTypes: testlandPlaces,
  play: async (context) => {
    await expectWidgetStates(context);
    const root = shadowOf(context.canvasElement, 'control-bar');
    const kinds = segmentKinds(root);
    await expect(kinds).toContain('below');
    await expect(kinds).toContain('above');
    await expect(kinds).toContain('rest');
    const below = partOf(root, '[part~="segment"][data-kind="below"]');
    await expect(getComputedStyle(below).borderInlineEndStyle).toBe('dashed');
    await expect(root.querySelectorAll('[part~="row"]')).toHaveLength(3);
  },
};

/**
 * A share in words only, with nothing left over (fictional): the South League holds "all of it
 * except the old town", the River Guard "the old town"; the remainder is `none`, so no unknown
 * segment is drawn and the legend names no rest.
 */
export const WordsWithNoRemainder: Story = {
  args: { src: STORY_BUNDLES.testland, place: 'testford' },
  argTypes: testlandPlaces,
  play: async (context) => {
    await expectWidgetStates(context);
    const root = shadowOf(context.canvasElement, 'control-bar');
    await expect(root.querySelector('[part~="remainder"]')).toBeNull();
    await expect(segmentKinds(root)).toEqual(['all-except', 'part']);
    await expect(partOf(root, '[part~="legend"]').querySelectorAll('li')).toHaveLength(2);
  },
};

/** Counts beside a share, in their own unit: "more than 30 of 52 districts", "about 80% of the border". */
export const CountsBesideShares: Story = {
  args: { src: STORY_BUNDLES.testland, place: 'river-border' },
  argTypes: testlandPlaces,
  play: async (context) => {
    await expectWidgetStates(context);
    await expect(partOf(shadowOf(context.canvasElement, 'control-bar'), '[part~="counts"]').textContent?.trim()).not.toBe('');
  },
};

/**
 * A date at its precision (fictional): Testland Province "late 2017", pinned with the month
 * `date="2017-10"`; the slider steps to the competing claims of 19 November. No day is shown
 * that the data does not have, in the slider, the note's date or the source line.
 */
export const PartialDates: Story = {
  args: { src: STORY_BUNDLES.testland, place: 'testland-province', date: '2017-10' },
  argTypes: testlandPlaces,
  play: async (context) => {
    await expectWidgetStates(context);
    const root = shadowOf(context.canvasElement, 'control-bar');
    const time = partOf(root, '[part~="time"] time');
    await expect(time.getAttribute('datetime')).toBe('2017');
    await expect(partOf(root, '[part~="slider"]').getAttribute('aria-valuetext')).toBe(time.textContent);
    await expect(partOf(root, '[part~="statement-as-of"] time').getAttribute('datetime')).toBe('2017');
    await expect(segmentKinds(root)).toEqual(['range', 'rest']);
  },
};

/**
 * Competing claims with a bound (fictional): the North Front says it holds about 70% of
 * Testland Province (more than 30 of its 52 districts); independent observers say "less than
 * half". Side by side, each with who says so; neither is taken for the truth.
 */
export const ClaimsWithBounds: Story = {
  args: { src: STORY_BUNDLES.testland, place: 'testland-province' },
  argTypes: testlandPlaces,
  play: async (context) => {
    await expectWidgetStates(context);
    const root = shadowOf(context.canvasElement, 'control-bar');
    const claims = [...root.querySelectorAll('[part~="claim"]')];
    await expect(claims).toHaveLength(2);
    await expect(root.querySelectorAll('[part~="claim"] > [part~="attribution"]')).toHaveLength(2);
    await expect(root.querySelector('[part~="claims-differ"]')).not.toBeNull();
    await expect(claims[1].querySelector('[part~="segment"][data-kind="below"]')).not.toBeNull();
  },
};

/** Bounds, words and a partial date in Arabic. */
export const BoundsInArabic: Story = {
  args: { src: STORY_BUNDLES.testland, place: 'testland-province testville east-district testford', lang: 'ar' },
  argTypes: testlandPlaces,
};

const states = stateStories({
  attribute: 'place',
  noun: 'place',
  misspelt: 'deir-al-zour-provnce',
  minimalId: 'p1',
  longTextId: 'long-named-province',
  fallback: 'The Islamic State controls about a third of Deir al-Zour Province (Friday, 3 November 2017 as the editors read it).',
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
