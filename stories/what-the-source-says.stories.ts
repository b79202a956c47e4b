import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/all.js';
import { STORY_BUNDLES } from './helpers/bundles.js';
import { expectWidgetStates, partOf, shadowOf } from './helpers/checks.js';
import { renderWidget, widgetArgTypes } from './helpers/render.js';
import testland from './bundles/testland.json';

/**
 * "What the source says", in every widget (fictional "Testland" data): a fact that has
 * excerpts in the bundle is followed by a small button that opens, below the fact, the exact
 * words of each source with its outlet, headline and date. A fact without excerpts offers
 * nothing. The play functions open the first one with the mouse, check the panel and what
 * screen readers get, and close it with the keyboard.
 */
const meta = {
  title: 'Widgets/What the source says',
  args: { src: STORY_BUNDLES.testland },
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** Every excerpt's words in the bundle: a panel shows some of them, as written. */
function excerptTexts(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const each of value) excerptTexts(each, found);
  else if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      if (key === 'excerpts' && Array.isArray(child)) {
        for (const excerpt of child as Array<{ text?: unknown }>) if (typeof excerpt.text === 'string') found.add(excerpt.text);
      } else excerptTexts(child, found);
    }
  }
  return found;
}

const EXCERPTS = excerptTexts(testland);

/**
 * Opens the widget's first "What the source says" and closes it again. Checks hold in both
 * languages: states, ids, roles and the bundle's own words, never the interface's words.
 */
async function openFirstExcerpt(context: StoryContext, tag: string): Promise<void> {
  await expectWidgetStates(context);
  const root = shadowOf(context.canvasElement, tag);
  const actions: string[] = [];
  root.host.addEventListener('nw-interact', (event) => {
    const { action, value } = (event as CustomEvent<{ action: string; value?: string }>).detail;
    if (action === 'reveal-excerpt') actions.push(value ?? '');
  });

  const toggle = partOf<HTMLButtonElement>(root, '[part~="excerpt-toggle"]');
  const panelId = toggle.getAttribute('aria-controls') ?? '';
  await expect(panelId).not.toBe('');
  const panel = root.getElementById(panelId);
  if (!panel) throw new Error(`The excerpt toggle controls #${panelId}, which is not in <${tag}>.`);
  await expect(panel.matches('[part~="excerpts"]')).toBe(true);
  await expect(panel).toHaveAttribute('role', 'group');
  // The button is named "<what the source says>: <the fact>", the panel "<what the source says>".
  const panelName = panel.getAttribute('aria-label') ?? '';
  await expect(panelName).not.toBe('');
  await expect(toggle.getAttribute('aria-label')?.startsWith(panelName)).toBe(true);
  await expect(toggle.getAttribute('aria-label')!.length).toBeGreaterThan(panelName.length);

  // Closed until the reader opens it.
  await expect(toggle).toHaveAttribute('aria-expanded', 'false');
  await expect(panel).not.toBeVisible();

  await userEvent.click(toggle);
  await waitFor(() => expect(toggle).toHaveAttribute('aria-expanded', 'true'));
  await expect(panel).toBeVisible();
  const quotes = [...panel.querySelectorAll('[part~="excerpt"] blockquote')];
  await expect(quotes.length).toBeGreaterThan(0);
  for (const quote of quotes) {
    await expect(quote).toBeVisible();
    await expect(EXCERPTS.has(quote.textContent?.trim() ?? '')).toBe(true);
  }
  for (const caption of panel.querySelectorAll('[part~="excerpt"] figcaption')) {
    await expect(caption.querySelector('cite')?.textContent?.trim()).not.toBe('');
  }

  // Enter on the focused button closes it again.
  toggle.focus();
  await userEvent.keyboard('{Enter}');
  await waitFor(() => expect(toggle).toHaveAttribute('aria-expanded', 'false'));
  await expect(panel).not.toBeVisible();
  await expect(actions).toHaveLength(2);
  await expect(actions[0].endsWith(':shown')).toBe(true);
  await expect(actions[1].endsWith(':hidden')).toBe(true);
  await expect(actions[0].slice(0, -':shown'.length)).toBe(actions[1].slice(0, -':hidden'.length));
}

/** Two competing claims of control, each share and snapshot with the sentence it rests on. */
export const ControlBar: Story = {
  render: renderWidget('control-bar'),
  args: { place: 'testland-province' },
  argTypes: widgetArgTypes('control-bar'),
  play: (context: StoryContext) => openFirstExcerpt(context, 'control-bar'),
};

/** The crossing's status, its north side and its history, each with its excerpt. */
export const BorderCrossingStatus: Story = {
  render: renderWidget('border-crossing-status'),
  args: { crossing: 'northtown-southtown' },
  argTypes: widgetArgTypes('border-crossing-status'),
  play: (context: StoryContext) => openFirstExcerpt(context, 'border-crossing-status'),
};

/** The actor's summary, first goal and first relation, each with its excerpt. */
export const ActorCard: Story = {
  render: renderWidget('actor-card'),
  args: { actor: 'north-front' },
  argTypes: widgetArgTypes('actor-card'),
  play: (context: StoryContext) => openFirstExcerpt(context, 'actor-card'),
};

/** A paraphrase with the source's sentence it paraphrases. */
export const QuoteBlock: Story = {
  render: renderWidget('quote-block'),
  args: { quote: 'observer-paraphrase' },
  argTypes: widgetArgTypes('quote-block'),
  play: (context: StoryContext) => openFirstExcerpt(context, 'quote-block'),
};
