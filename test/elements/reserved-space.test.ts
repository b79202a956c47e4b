/**
 * Space a page reserves on the tag (what the embed builder writes) holds from the first paint,
 * before the script runs, until the widget shows data; then the content decides the height, so
 * nothing below the widget jumps when the data lands.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { SEED_URL, captureConsole, serveBundle, uniqueKey, waitForState } from '../helpers.js';

const RESERVE = 'display: block; min-block-size: 40rem';
const rem = () => parseFloat(getComputedStyle(document.documentElement).fontSize);

describe('space reserved on the tag', () => {
  it('holds before the element is defined', async () => {
    const container = await fixture<HTMLDivElement>(html`<div></div>`);
    container.innerHTML = `<not-yet-defined-widget style="${RESERVE}"><p>Fallback</p></not-yet-defined-widget>`;
    expect(container.firstElementChild!.getBoundingClientRect().height).to.be.closeTo(40 * rem(), 1);
  });

  it('holds while the bundle loads, and gives way to the content once the data shows', async () => {
    await import('../../src/elements/quote-block/quote-block.define.js');
    const key = uniqueKey('reserved');
    const url = await serveBundle(key, { fixture: '../../bundles/syria-iraq-border-2017.json', delayMs: 600 });
    const container = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    container.innerHTML = `<quote-block src="${url}" quote="alia-mohamed" style="${RESERVE}"><p>Fallback</p></quote-block>`;
    const widget = container.firstElementChild as HTMLElement;
    await waitForState(widget, 'loading');
    expect(widget.getBoundingClientRect().height).to.be.closeTo(40 * rem(), 1);
    await waitForState(widget, 'ready');
    const base = widget.shadowRoot!.querySelector('[part~="base"]')!;
    expect(widget.getBoundingClientRect().height).to.be.closeTo(base.getBoundingClientRect().height, 1);
    expect(widget.getBoundingClientRect().height).to.be.below(40 * rem());
  });

  it('gives way to a notice too, when the data cannot be shown', async () => {
    await import('../../src/elements/quote-block/quote-block.define.js');
    const container = await fixture<HTMLDivElement>(html`<div style="width: 600px"></div>`);
    const errors = await captureConsole('error', async () => {
      container.innerHTML = `<quote-block src="${SEED_URL}" quote="no-such-quote" style="${RESERVE}"></quote-block>`;
      await waitForState(container.firstElementChild as HTMLElement, 'error');
    });
    const widget = container.firstElementChild as HTMLElement;
    expect(widget.getBoundingClientRect().height).to.be.below(20 * rem());
    expect(errors).to.have.length(1);
  });
});
