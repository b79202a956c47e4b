/**
 * What every widget's source line and frame say, whichever element shows them: the outlet of a
 * source ("Testland Wire via The Daily Example"), a headline marked as translated, sources set
 * apart so that a headline with commas stays readable, and "Fictional example" under a widget
 * made from a bundle marked `meta.fictional`.
 */
import '../../src/elements/quote-block/quote-block.define.js';
import '../../src/elements/border-crossing-status/border-crossing-status.define.js';
import { expect, fixture, html } from '@open-wc/testing';
import { parts, textOf, waitForState, type Widget } from '../helpers.js';

const TESTLAND = '/stories/bundles/testland.json';

async function show(markup: string): Promise<Widget> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.innerHTML = markup;
  const widget = container.firstElementChild as Widget;
  await waitForState(widget, 'ready');
  return widget;
}

describe('the source line', () => {
  it('names the outlet after the headline: agency "via" the outlet that carried it', async () => {
    const widget = await show(`<quote-block src="${TESTLAND}" quote="ada-testwell-river" lang="en"></quote-block>`);
    const [source] = parts(widget, 'source');
    expect(textOf(source)).to.equal('North Front says it holds most of Testland Province — Testland Wire via The Daily Example');
    expect(textOf(parts(widget, 'outlet')[0])).to.equal('— Testland Wire via The Daily Example');
    expect(source.querySelector('a cite')?.textContent).to.equal('North Front says it holds most of Testland Province');
    expect(parts(widget, 'translated')).to.have.length(0);
  });

  it('in Arabic, says the outlet with «عبر» and marks the translated headline', async () => {
    const widget = await show(`<quote-block src="${TESTLAND}" quote="ada-testwell-river" lang="ar"></quote-block>`);
    const [source] = parts(widget, 'source');
    expect(textOf(source)).to.equal('جبهة الشمال تقول إنها تسيطر على معظم محافظة تستلاند (مترجم) — Testland Wire عبر ذا ديلي إكزامبل');
    expect(textOf(parts(widget, 'translated')[0])).to.equal('(مترجم)');
  });

  it('sets sources apart with semicolons, so commas in a headline do not run into the next source', async () => {
    const widget = await show(`<border-crossing-status src="${TESTLAND}" crossing="northtown-southtown" lang="en"></border-crossing-status>`);
    const line = parts(widget, 'sources').at(-1)!;
    const sources = [...line.querySelectorAll('[part~="source"]')].map(textOf);
    expect(sources).to.deep.equal([
      'North Front says it holds most of Testland Province — Testland Wire via The Daily Example',
      'Radio Testland: the crossing, 2016 to 2017 — Radio Testland',
    ]);
    expect(textOf(line)).to.include(`${sources[0]}; ${sources[1]}`);
  });
});

describe('a fictional bundle', () => {
  it('says "Fictional example" under the widget, in the reader\'s language', async () => {
    const english = await show(`<quote-block src="${TESTLAND}" quote="ada-testwell-river" lang="en"></quote-block>`);
    expect(parts(english, 'fictional').map(textOf)).to.deep.equal(['Fictional example']);
    const arabic = await show(`<quote-block src="${TESTLAND}" quote="ada-testwell-river" lang="ar"></quote-block>`);
    expect(parts(arabic, 'fictional').map(textOf)).to.deep.equal(['مثال متخيَّل']);
    await expect(arabic).to.be.accessible();
  });

  it('says nothing of the kind for a real topic', async () => {
    const widget = await show(`<quote-block src="/bundles/syria-iraq-border-2017.json" quote="velayati-raqqa"></quote-block>`);
    expect(parts(widget, 'fictional')).to.have.length(0);
  });
});
