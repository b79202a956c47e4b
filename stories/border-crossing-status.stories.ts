import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/all.js';
import { SEED_URL, STORY_BUNDLES, seed, seedIds } from './helpers/bundles.js';
import { expectWidgetStates, partOf, shadowOf } from './helpers/checks.js';
import { renderWidget, widgetArgTypes } from './helpers/render.js';
import { stateStories } from './helpers/state-stories.js';
import crossings from './bundles/testland-crossings.json';
import testland from './bundles/testland.json';

const render = renderWidget('border-crossing-status');

const meta = {
  title: 'Widgets/Border crossing status',
  component: 'border-crossing-status',
  render,
  args: { src: SEED_URL, crossing: 'qaim-bukamal' },
  argTypes: {
    ...widgetArgTypes('border-crossing-status'),
    crossing: { control: 'select', options: seedIds.crossings },
  },
  play: expectWidgetStates,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Every crossing of the seed bundle: choose one with the `crossing` control. */
export const Ready: Story = {};

/**
 * The history of the seed's crossing, opened and closed by the play function: the button
 * says whether it is expanded, and the dated changes and the crossing's events are listed
 * newest first.
 */
export const ExpandHistory: Story = {
  play: async (context: StoryContext) => {
    await expectWidgetStates(context);
    const root = shadowOf(context.canvasElement, 'border-crossing-status');
    const toggle = partOf<HTMLButtonElement>(root, '[part~="history-toggle"]');
    const history = partOf(root, '[part~="history"]');
    const actions: string[] = [];
    root.host.addEventListener('nw-interact', (event) => actions.push((event as CustomEvent<{ value: string }>).detail.value));
    // The day each change or event of the crossing is dated to ("Friday" in the editors' words is 2017-11-03).
    const dayOf = (date: string | { date: string }) => (typeof date === 'string' ? date : date.date);
    const [crossing] = seed.crossings;
    const events = seed.events.filter((event) => event.crossings?.includes(crossing.id));
    const expectedDates = [...crossing.history, ...events].map((entry) => dayOf(entry.date)).sort().reverse();

    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await expect(history).not.toBeVisible();
    await userEvent.click(toggle);
    await waitFor(() => expect(toggle).toHaveAttribute('aria-expanded', 'true'));
    await expect(history).toBeVisible();
    const shownDates = [...history.querySelectorAll(':scope > li time')].map((time) => time.getAttribute('datetime'));
    await expect(shownDates).toEqual(expectedDates);
    await userEvent.click(toggle);
    await waitFor(() => expect(toggle).toHaveAttribute('aria-expanded', 'false'));
    await expect(history).not.toBeVisible();
    await expect(actions).toEqual(['open', 'closed']);
  },
};

const statusArgs = (crossing: string): Story => ({
  args: { src: STORY_BUNDLES.crossings, crossing },
  argTypes: { crossing: { control: 'select', options: crossings.crossings.map((each) => each.id) } },
  play: async (context: StoryContext) => {
    await expectWidgetStates(context);
    const status = crossings.crossings.find((each) => each.id === crossing)!.status;
    const badge = partOf(shadowOf(context.canvasElement, 'border-crossing-status'), '[part~="status"]');
    await expect(badge).toHaveAttribute('data-status', status);
  },
});

/** Open (fictional "Testland" data, with a history of changes). */
export const Open: Story = statusArgs('testland-open');
/** Closed (fictional data). */
export const Closed: Story = statusArgs('testland-closed');
/** Contested, with one side whose holder is not known (fictional data). */
export const Contested: Story = statusArgs('testland-contested');
/** Unknown, with neither side's holder known (fictional data). */
export const Unknown: Story = statusArgs('testland-unknown');

/** The four statuses side by side: each badge has its own shape as well as its colour. */
export const EveryStatus: Story = {
  args: { src: STORY_BUNDLES.crossings },
  argTypes: { crossing: { control: false } },
  render: (args) =>
    html`${crossings.crossings.map((crossing) => render({ ...args, crossing: crossing.id, 'heading-level': 4 }))}`,
};

const testlandCrossing = (crossing: string, check: (root: ShadowRoot) => Promise<void>): Story => ({
  args: { src: STORY_BUNDLES.testland, crossing },
  argTypes: { crossing: { control: 'select', options: testland.crossings.map((each) => each.id) } },
  play: async (context: StoryContext) => {
    await expectWidgetStates(context);
    await check(shadowOf(context.canvasElement, 'border-crossing-status'));
  },
});

/**
 * Restricted (fictional Testland): what may pass beside the badge ("Open to official and
 * humanitarian traffic only"), who says so ("According to aid workers") and the date of the
 * status alone, with no relative time for a status this old.
 */
export const RestrictedCrossing: Story = testlandCrossing('northtown-southtown', async (root) => {
  await expect(partOf(root, '[part~="status"]')).toHaveAttribute('data-status', 'restricted');
  await expect(partOf(root, '[part~="passage"]')).toBeVisible();
  await expect(partOf(root, '[part~="status-claimant"]')).toBeVisible();
  await expect(partOf(root, '[part~="as-of"] time')).toHaveAttribute('datetime', '2017-11-20');
});

/**
 * A side held by a neighbouring state outside the story says so ("Controlled by Sweden, not a
 * party to these events"), never "unknown"; the other side has its own claimant and as-of.
 */
export const SideNotAtIssue: Story = testlandCrossing('northtown-southtown', async (root) => {
  const [held, outside] = root.querySelectorAll('[part~="side"]');
  await expect(outside.querySelector('[part~="not-at-issue"]')).toBeVisible();
  await expect(outside.querySelector('.unknown')).toBeNull();
  await expect(held.querySelector('[part~="side-claimant"]')).toBeVisible();
  await expect(held.querySelector('[part~="side-as-of"] time')).toHaveAttribute('datetime', '2017-11-18');
});

/**
 * The history opened: the crossing's changes (dates at their precision: "mid-2017", "around
 * June 2016"; who held each side then) and the events naming it (a closure, a reopening),
 * newest first, each event marked with its kind.
 */
export const EventsInHistory: Story = testlandCrossing('northtown-southtown', async (root) => {
  const toggle = partOf<HTMLButtonElement>(root, '[part~="history-toggle"]');
  await userEvent.click(toggle);
  await waitFor(() => expect(toggle).toHaveAttribute('aria-expanded', 'true'));
  const history = partOf(root, '[part~="history"]');
  await expect(history).toBeVisible();
  const crossing = testland.crossings.find((each) => each.id === 'northtown-southtown')!;
  const changes = crossing.history ?? [];
  const events = testland.events.filter((event) => event.crossings?.includes(crossing.id));
  const entries = [...history.children];
  await expect(entries.map((entry) => entry.getAttribute('part'))).toEqual(['change', 'event', 'event', 'change', 'change']);
  await expect(entries.length).toBe(changes.length + events.length);
  await expect(history.querySelectorAll('[part~="event-kind"]').length).toBe(events.length);
  await expect(history.querySelectorAll('[part~="change-sides"]').length).toBe(changes.filter((change) => change.sides).length);
});

/** Partly open (fictional Testland): what may pass ("Only people may cross"), and a status dated by its month, never a made-up day. */
export const PartlyOpen: Story = testlandCrossing('river-ferry', async (root) => {
  await expect(partOf(root, '[part~="status"]')).toHaveAttribute('data-status', 'partly-open');
  await expect(partOf(root, '[part~="passage"]')).toBeVisible();
  await expect(partOf(root, '[part~="as-of"] time')).toHaveAttribute('datetime', '2017-11');
});

/** The widget's own `lang="ar"`: statuses, country names and dates in Arabic. */
export const InArabic: Story = { args: { lang: 'ar' } };

const states = stateStories({
  attribute: 'crossing',
  noun: 'crossing',
  misspelt: 'qaim-bukamel',
  minimalId: 'x1',
  longTextId: 'long-named-crossing',
  fallback:
    'Iraqi forces held the Iraqi side of the border crossing near Qaim on Friday [3 November 2017, as the editors read it], according to the Iraqi military chief of staff; the Islamic State held the Syrian side.',
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
