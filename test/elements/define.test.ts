import { expect } from '@open-wc/testing';
import { captureConsole } from '../helpers.js';

/** Another script's element, defined under one of our names before news-widgets loads. */
class SomeoneElsesQuoteBlock extends HTMLElement {}
customElements.define('quote-block', SomeoneElsesQuoteBlock);

describe('defining the elements', () => {
  it('keeps a tag another script defined first, says so once, and defines the others', async () => {
    const warnings = await captureConsole('warn', async () => {
      await import('../../src/elements/quote-block/quote-block.define.js');
      await import('../../src/all.js');
    });
    expect(customElements.get('quote-block')).to.equal(SomeoneElsesQuoteBlock);
    expect(warnings).to.deep.equal([
      'news-widgets: <quote-block> is already defined on this page by another script (perhaps a second copy of news-widgets); that definition is kept and this one skipped. Load news-widgets once.',
    ]);
    for (const tag of ['actor-card', 'control-bar', 'border-crossing-status']) expect(customElements.get(tag), tag).to.exist;
  });

  it('defines each tag once, whichever entry modules are imported and how often', async () => {
    const warnings = await captureConsole('warn', async () => {
      const { ActorCard } = await import('../../src/elements/actor-card/actor-card.define.js');
      await import('../../src/all.js');
      expect(customElements.get('actor-card')).to.equal(ActorCard);
    });
    expect(warnings).to.deep.equal([]);
  });
});
