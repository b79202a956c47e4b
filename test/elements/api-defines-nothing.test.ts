import { expect } from '@open-wc/testing';
import * as api from '../../src/index.js';

describe('the API module', () => {
  it('exports the element classes and the bundle API, and defines no tag', () => {
    for (const tag of ['actor-card', 'control-bar', 'quote-block', 'border-crossing-status']) {
      expect(customElements.get(tag), tag).to.be.undefined;
    }
    expect(api.ActorCard.prototype).to.be.instanceOf(HTMLElement);
    expect(api.validateBundle).to.be.a('function');
    expect(api.loadBundle).to.be.a('function');
  });

  it('lets a developer define a class under a name of their own', async () => {
    customElements.define('my-actor-card', class extends api.ActorCard {});
    const element = document.createElement('my-actor-card') as InstanceType<typeof api.ActorCard>;
    element.setAttribute('actor', 'sdf');
    element.setAttribute('src', '/bundles/syria-iraq-border-2017.json');
    document.body.append(element);
    await new Promise<void>((resolve) => element.addEventListener('nw-ready', () => resolve(), { once: true }));
    expect(element.shadowRoot?.textContent).to.include('Syrian Democratic Forces');
    element.remove();
  });
});
