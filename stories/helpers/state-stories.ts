/**
 * The states every widget has, as stories each element's file exports under the same names:
 * loading, fallback content, errors, not found, nothing chosen, minimal data, long text, and
 * narrow and wide columns.
 */
import type { StoryObj } from '@storybook/web-components-vite';
import { STORY_BUNDLES, holdRequestsForever, minimal } from './bundles.js';
import type { CheckParameters } from './checks.js';
import { FALLBACK_ARG } from './render.js';

type Story = StoryObj & { parameters?: CheckParameters & Record<string, unknown> };

export interface EntityChoice {
  /** The element's entity attribute: `actor`, `place`, `quote` or `crossing`. */
  readonly attribute: string;
  /** A noun for messages: "actor", "place"… */
  readonly noun: string;
  /** An id of the seed bundle, and one close to it that the bundle does not have. */
  readonly misspelt: string;
  /** The id in stories/bundles/minimal.json. */
  readonly minimalId: string;
  /** The id in stories/bundles/testland-long-text.json. */
  readonly longTextId: string;
  /** Fallback content an editor would paste: a fact from the seed bundle, in words. */
  readonly fallback: string;
}

const describe = (text: string) => ({ docs: { description: { story: text } } });

export function stateStories({ attribute, noun, misspelt, minimalId, longTextId, fallback }: EntityChoice) {
  const loading: Story = {
    args: { src: STORY_BUNDLES.held },
    beforeEach: holdRequestsForever,
    parameters: {
      widgetStates: 'loading',
      ...describe(
        'While the bundle is on its way: a skeleton, and "Loading" for screen readers. (The story holds the request open forever; a real page gives up after ten seconds with a notice.)',
      ),
    },
  };
  return {
    loading,
    loadingWithFallback: {
      ...loading,
      args: { ...loading.args, [FALLBACK_ARG]: fallback },
      parameters: {
        widgetStates: 'loading',
        ...describe('Text inside the tag is what a reader sees until the data arrives (and if JavaScript never runs).'),
      },
    } satisfies Story,
    errorNotFound404: {
      args: { src: STORY_BUNDLES.missing },
      parameters: {
        widgetStates: 'error',
        consoleErrors: ['status of 404', 'could not be loaded: the server answered 404'],
        ...describe('The bundle URL answers 404: a short notice for readers, the details for editors, and one console message that says what to fix.'),
      },
    } satisfies Story,
    errorInvalidBundle: {
      args: { src: STORY_BUNDLES.invalid, [attribute]: minimalId },
      parameters: {
        widgetStates: 'error',
        consoleErrors: ['is not a valid bundle: 2 problems to fix'],
        ...describe('The bundle is not valid (a colour "blu", a source that does not exist): every problem is listed under "Details for editors".'),
      },
    } satisfies Story,
    errorWithFallback: {
      args: { src: STORY_BUNDLES.missing, [FALLBACK_ARG]: fallback },
      parameters: {
        widgetStates: 'error',
        consoleErrors: ['status of 404', 'could not be loaded: the server answered 404'],
        ...describe('When the data cannot be shown, the fallback content stays, above the notice.'),
      },
    } satisfies Story,
    notFound: {
      args: { [attribute]: misspelt },
      parameters: {
        widgetStates: 'error',
        consoleErrors: [`has no ${noun} "${misspelt}"`],
        ...describe(`The ${attribute} attribute names no ${noun} of the bundle: the console message suggests the id the editor probably meant.`),
      },
    } satisfies Story,
    nothingChosen: {
      args: { [attribute]: '' },
      parameters: {
        widgetStates: 'error',
        consoleErrors: [`needs the ${attribute} attribute`],
        ...describe(`No ${attribute} attribute: the console message lists the ids the bundle has.`),
      },
    } satisfies Story,
    minimalData: {
      args: { src: '', bundle: minimal, [attribute]: minimalId },
      argTypes: { [attribute]: { control: 'text' } },
      parameters: describe('A bundle with only the required fields (given as an object to the `bundle` property): nothing optional is shown, and nothing breaks.'),
    } satisfies Story,
    longText: {
      args: { src: STORY_BUNDLES.longText, [attribute]: longTextId },
      argTypes: { [attribute]: { control: 'text' } },
      parameters: describe('Very long names, words and paragraphs (fictional "Testland" data).'),
    } satisfies Story,
    narrow: {
      parameters: { frameWidth: 320, ...describe('In a 320 px column, the width of a small phone.') },
    } satisfies Story,
    wide: {
      parameters: { frameWidth: 960, ...describe('In a 960 px column, as on a wide article layout.') },
    } satisfies Story,
  };
}
