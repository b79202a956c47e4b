import { expect } from '@open-wc/testing';
import { validateBundle } from '../../src/bundle/validate.js';

describe('smoke', () => {
  it('validates the seed bundle', async () => {
    const seed: unknown = await (await fetch('/bundles/syria-iraq-border-2017.json')).json();
    expect(validateBundle(seed).problems).to.deep.equal([]);
  });
});
