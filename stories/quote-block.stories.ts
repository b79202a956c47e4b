import type { ArgTypes, Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/all.js';
import { SEED_URL, STORY_BUNDLES, seedIds } from './helpers/bundles.js';
import { expectWidgetStates, partOf, shadowOf } from './helpers/checks.js';
import { renderWidget, widgetArgTypes } from './helpers/render.js';
import { stateStories } from './helpers/state-stories.js';
import quotes from './bundles/testland-quotes.json';
import testland from './bundles/testland.json';

const meta = {
  title: 'Widgets/Quote block',
  component: 'quote-block',
  render: renderWidget('quote-block'),
  args: { src: SEED_URL, quote: 'velayati-field' },
  argTypes: { ...widgetArgTypes('quote-block'), quote: { control: 'select', options: seedIds.quotes } },
  play: expectWidgetStates,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Every quote of the seed bundle: choose one with the `quote` control. */
export const Ready: Story = {};

/** A direct quote: a blockquote in the quotation marks of its language. */
export const DirectQuote: Story = {
  args: { quote: 'hosna-quraya-return' },
  play: async (context: StoryContext) => {
    await expectWidgetStates(context);
    const root = shadowOf(context.canvasElement, 'quote-block');
    await expect(partOf(root, '[part~="text"]').localName).toBe('blockquote');
    await expect(root.querySelectorAll('[part~="quote-mark"]')).toHaveLength(2);
    await expect(root.querySelector('[part~="paraphrase-label"]')).toBeNull();
  },
};

/** A paraphrase: labelled as reported speech, with no quotation marks. */
export const Paraphrase: Story = {
  args: { quote: 'velayati-raqqa' },
  play: async (context: StoryContext) => {
    await expectWidgetStates(context);
    const root = shadowOf(context.canvasElement, 'quote-block');
    await expect(partOf(root, '[part~="text"]').localName).toBe('p');
    await expect(root.querySelector('[part~="quote-mark"]')).toBeNull();
    await expect(partOf(root, '[part~="paraphrase-label"]').textContent?.trim()).not.toBe('');
  },
};

const quoteArgTypes: ArgTypes = { quote: { control: 'select', options: quotes.quotes.map((quote) => quote.id) } };

/** Reveals the words a direct quote was said in, and hides them again. */
async function revealOriginal(context: StoryContext, quoteId: string): Promise<void> {
  await expectWidgetStates(context);
  const root = shadowOf(context.canvasElement, 'quote-block');
  const toggle = partOf<HTMLButtonElement>(root, '[part~="original-toggle"]');
  const original = partOf(root, '[part~="original"]');
  const { original: expected } = quotes.quotes.find((quote) => quote.id === quoteId)!;
  const actions: string[] = [];
  root.host.addEventListener('nw-interact', (event) => actions.push((event as CustomEvent<{ value: string }>).detail.value));

  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(original).not.toBeVisible();
  await userEvent.click(toggle);
  await waitFor(() => expect(toggle).toHaveAttribute('aria-expanded', 'true'));
  await expect(original).toBeVisible();
  const words = partOf(original, '[part~="text"]');
  await expect(words).toHaveAttribute('lang', expected.language);
  await expect(words).toHaveAttribute('dir', 'rtl');
  await expect(words.textContent).toContain(expected.text);
  await userEvent.click(toggle);
  await waitFor(() => expect(toggle).toHaveAttribute('aria-expanded', 'false'));
  await expect(original).not.toBeVisible();
  await expect(actions).toEqual(['shown', 'hidden']);
}

/**
 * A quote translated from Persian (fictional "Testland" data): the button reveals the
 * original words. The play function opens and closes it.
 */
export const WithOriginal: Story = {
  args: { src: STORY_BUNDLES.quotes, quote: 'bridge-reopens' },
  argTypes: quoteArgTypes,
  play: (context: StoryContext) => revealOriginal(context, 'bridge-reopens'),
};

/** A paraphrase of words said in Arabic (fictional data), with the original to reveal. */
export const ParaphraseWithOriginal: Story = {
  args: { src: STORY_BUNDLES.quotes, quote: 'road-stays-closed' },
  argTypes: quoteArgTypes,
  play: (context: StoryContext) => revealOriginal(context, 'road-stays-closed'),
};

/** The widget's own `lang="ar"`: labels, dates and the affiliation's name in Arabic. */
export const InArabic: Story = { args: { lang: 'ar' } };

const testlandArgTypes: ArgTypes = { quote: { control: 'select', options: testland.quotes.map((quote) => quote.id) } };

/**
 * The newsroom's Arabic translation of an English quote (fictional "Testland" data), in an
 * Arabic widget: shown in place of the words, labelled as a translation from English and never
 * in quotation marks; the speaker's English words are a button away. The play function checks
 * the translation's label, language and direction, then reveals the English words.
 */
export const TranslatedQuote: Story = {
  args: { src: STORY_BUNDLES.testland, quote: 'ada-testwell-river', lang: 'ar' },
  argTypes: testlandArgTypes,
  play: async (context: StoryContext) => {
    await expectWidgetStates(context);
    const root = shadowOf(context.canvasElement, 'quote-block');
    const quote = testland.quotes.find((candidate) => candidate.id === 'ada-testwell-river')!;
    const translation = partOf(root, '[part~="translation"]');
    await expect(translation).toHaveAttribute('lang', 'ar');
    await expect(translation).toHaveAttribute('dir', 'rtl');
    await expect(translation.textContent).toBe(quote.translations!.ar);
    // The newsroom's words, not the speaker's: no blockquote, no quotation marks.
    await expect(translation.closest('blockquote')).toBeNull();
    await expect(translation.parentElement!.querySelector('[part~="quote-mark"]')).toBeNull();
    // Screen readers hear the label as the name of the translation's group.
    const group = translation.closest('[role="group"]')!;
    const label = partOf(root, '[part~="translation-label"]');
    await expect(group).toHaveAttribute('aria-labelledby', label.id);
    await expect(label.textContent?.trim()).not.toBe('');
    await expect(label).toBeVisible();

    const toggle = partOf<HTMLButtonElement>(root, '[part~="published-toggle"]');
    const published = partOf(root, '[part~="published"]');
    await expect(published).not.toBeVisible();
    await userEvent.click(toggle);
    await waitFor(() => expect(toggle).toHaveAttribute('aria-expanded', 'true'));
    const words = partOf(published, 'blockquote');
    await expect(words).toBeVisible();
    await expect(words).toHaveAttribute('lang', quote.language);
    await expect(words.textContent).toContain(quote.text);
    await expect(words.querySelectorAll('[part~="quote-mark"]')).toHaveLength(2);
  },
};

/**
 * A paraphrase said in mid-November 2017 (fictional "Testland" data): the date at the precision
 * the bundle gives it, never a made-up day, in a `<time>` with the month it belongs to.
 */
export const PartialDate: Story = {
  args: { src: STORY_BUNDLES.testland, quote: 'observer-paraphrase' },
  argTypes: testlandArgTypes,
  play: async (context: StoryContext) => {
    await expectWidgetStates(context);
    const root = shadowOf(context.canvasElement, 'quote-block');
    const times = partOf(root, '[part~="said"]').querySelectorAll('time');
    await expect(times).toHaveLength(1);
    await expect(times[0]).toHaveAttribute('datetime', '2017-11');
    await expect(times[0].textContent?.trim()).not.toBe('');
  },
};

const states = stateStories({
  attribute: 'quote',
  noun: 'quote',
  misspelt: 'velayati-feild',
  minimalId: 'q1',
  longTextId: 'long-quote',
  fallback: '“It will never achieve anything in the field.” — Ali Akbar Velayati, as quoted by IRNA.',
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
