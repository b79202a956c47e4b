/**
 * `<actor-card>` and "What the source says" (#15): a fact with excerpts has a small button
 * after it that opens the source's exact words, outlet, headline and date under it; a fact
 * without has nothing; the compact chip never has any.
 */
import '../../src/elements/actor-card/actor-card.define.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ActorCard } from '../../src/elements/actor-card/actor-card.define.js';
import type { WidgetInteractDetail } from '../../src/base/events.js';
import { SEED_URL, baseOf, longDate, percent, readerText, textOf, visibleText, waitForState } from '../helpers.js';

const TESTLAND = '/stories/bundles/testland.json';

type Bundle = Record<string, unknown> & { actors: Array<Record<string, unknown>> };

let testland: Bundle;
before(async () => {
  testland = (await (await fetch(TESTLAND)).json()) as Bundle;
});
const fresh = (): Bundle => structuredClone(testland);

/** A ready card from markup, inside a fresh container, reading `bundle` (Testland unless given). */
async function card(attributes: string, bundle: unknown = fresh()): Promise<ActorCard> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.innerHTML = `<actor-card ${attributes}></actor-card>`;
  const widget = container.firstElementChild as ActorCard;
  widget.bundle = bundle;
  await waitForState(widget, 'ready');
  return widget;
}

const shadow = (widget: HTMLElement) => widget.shadowRoot!;
const toggles = (widget: HTMLElement) => [...shadow(widget).querySelectorAll<HTMLButtonElement>('[part~="excerpt-toggle"]')];
const names = (widget: HTMLElement) => toggles(widget).map((button) => button.getAttribute('aria-label'));
/** The button whose accessible name is `name`. */
function toggleNamed(widget: HTMLElement, name: string): HTMLButtonElement {
  const button = toggles(widget).find((candidate) => candidate.getAttribute('aria-label') === name);
  expect(button, `a button named "${name}"`).to.exist;
  return button!;
}
/** The panel a button controls. */
const panelOf = (widget: HTMLElement, button: HTMLButtonElement) => shadow(widget).getElementById(button.getAttribute('aria-controls')!)!;
const isShown = (element: HTMLElement) => getComputedStyle(element).display !== 'none';

/** Every `excerpts` array of a bundle removed, wherever it is. */
function withoutExcerpts<T>(value: T): T {
  if (Array.isArray(value)) return value.map(withoutExcerpts) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).filter(([key]) => key !== 'excerpts').map(([key, inner]) => [key, withoutExcerpts(inner)]),
    ) as T;
  }
  return value;
}

const WIRE = {
  outlet: 'Testland Wire via The Daily Example',
  headline: 'North Front says it holds most of Testland Province',
  date: longDate('2017-11-20'),
};
const SAYS = 'What the source says';

describe('<actor-card>: what the source says (testland.json, fictional)', () => {
  it('offers it after each fact with excerpts, named by the fact, collapsed, and for no other fact', async () => {
    const widget = await card('actor="north-front"');
    expect(names(widget)).to.deep.equal([
      `${SAYS}: An armed group that now holds the north of Testland Province.`,
      `${SAYS}: Part of: Testland Alliance`,
      `${SAYS}: To take the whole province.`,
      `${SAYS}: Testland Province: claims about ${percent(0.7)}, by its own account`,
      `${SAYS}: Testland Province: less than half, according to independent observers`,
    ]);
    for (const button of toggles(widget)) {
      expect(button.localName).to.equal('button');
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      const panel = panelOf(widget, button);
      expect(panel.getAttribute('part')).to.equal('excerpts');
      expect(isShown(panel), 'closed until opened').to.be.false;
    }
    // A reader who never opens one sees none of the source's words.
    expect(visibleText(widget)).not.to.include('The North Front, an armed group');
    expect(visibleText(widget)).not.to.include(SAYS);

    // Led by, Fights, the second goal and Testville have no excerpts: nothing after them.
    const item = (selector: string) => shadow(widget).querySelector(selector)!;
    expect(item('[part="relation"] ul[aria-labelledby="led-by"] li').querySelector('[part~="excerpt-toggle"]')).to.be.null;
    expect(item('[part="relation"] ul[aria-labelledby="fights"] li').querySelector('[part~="excerpt-toggle"]')).to.be.null;
    expect(shadow(widget).querySelectorAll('[part="goals"] li')[1].querySelector('[part~="excerpt-toggle"]')).to.be.null;
    const testville = [...shadow(widget).querySelectorAll('[part="places"] li')][2];
    expect(textOf(testville)).to.match(/^Testville:/);
    expect(testville.querySelector('[part~="excerpt-toggle"], [part~="excerpts"]')).to.be.null;
  });

  it('opens the summary\'s excerpt under it on a click, with outlet, headline and date, and says so (nw-interact)', async () => {
    const widget = await card('actor="north-front"');
    const button = toggleNamed(widget, `${SAYS}: An armed group that now holds the north of Testland Province.`);
    // The button is in the summary's line, right after its text; the panel right under it.
    expect(button.closest('[part="summary"]')).to.exist;
    const panel = panelOf(widget, button);
    expect(panel.previousElementSibling?.getAttribute('part')).to.equal('summary');

    const opened = oneEvent(widget, 'nw-interact');
    button.click();
    expect(((await opened) as CustomEvent<WidgetInteractDetail>).detail).to.deep.equal({
      action: 'reveal-excerpt',
      entity: 'north-front',
      value: 'summary:shown',
    });
    await widget.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('true');
    expect(isShown(panel)).to.be.true;
    expect(panel.getAttribute('role')).to.equal('group');
    expect(panel.getAttribute('aria-label')).to.equal(SAYS);
    const excerpt = panel.querySelector('[part="excerpt"]')!;
    expect(textOf(excerpt.querySelector('blockquote'))).to.equal('The North Front, an armed group, now holds the north of the province.');
    expect(excerpt.querySelector('blockquote')?.getAttribute('lang')).to.equal('en');
    expect(textOf(excerpt.querySelector('figcaption'))).to.equal(`— ${WIRE.outlet}, ${WIRE.headline}, ${WIRE.date}`);
    // What a reader sees: the label, then the words.
    expect(readerText(panel)).to.match(new RegExp(`^${SAYS} The North Front, an armed group, now holds the north of the province\\. — `));

    const closed = oneEvent(widget, 'nw-interact');
    button.click();
    expect(((await closed) as CustomEvent<WidgetInteractDetail>).detail.value).to.equal('summary:hidden');
    await widget.updateComplete;
    expect(button.getAttribute('aria-expanded')).to.equal('false');
    expect(isShown(panel)).to.be.false;
  });

  it('opens and closes from the keyboard (Enter and Space), in the list item of the fact', async () => {
    const widget = await card('actor="north-front"');
    const goal = toggleNamed(widget, `${SAYS}: To take the whole province.`);
    const item = goal.closest('li')!;
    expect(item.closest('[part="goals"]')).to.exist;
    const panel = panelOf(widget, goal);
    expect(panel.closest('li'), 'the panel in the goal\'s own list item').to.equal(item);

    goal.focus();
    const opened = oneEvent(widget, 'nw-interact');
    await sendKeys({ press: 'Enter' });
    expect(((await opened) as CustomEvent<WidgetInteractDetail>).detail.value).to.equal('goal-0:shown');
    await widget.updateComplete;
    expect(goal.getAttribute('aria-expanded')).to.equal('true');
    expect(textOf(panel.querySelector('blockquote'))).to.equal('Its leaders say they will not stop until they hold the whole province.');
    expect(textOf(panel.querySelector('figcaption'))).to.equal(`— ${WIRE.outlet}, ${WIRE.headline}, ${WIRE.date}`);

    // The share's own excerpt, not its snapshot's; one panel open does not close another.
    const share = toggleNamed(widget, `${SAYS}: Testland Province: claims about ${percent(0.7)}, by its own account`);
    share.focus();
    await sendKeys({ press: ' ' });
    await widget.updateComplete;
    expect(share.getAttribute('aria-expanded')).to.equal('true');
    const sharePanel = panelOf(widget, share);
    expect(sharePanel.closest('li')).to.equal(share.closest('li'));
    expect(textOf(sharePanel.querySelector('blockquote'))).to.equal('it held about 70 percent of Testland Province');
    expect(goal.getAttribute('aria-expanded')).to.equal('true');

    const closed = oneEvent(widget, 'nw-interact');
    goal.focus();
    await sendKeys({ press: ' ' });
    expect(((await closed) as CustomEvent<WidgetInteractDetail>).detail.value).to.equal('goal-0:hidden');
    await widget.updateComplete;
    expect(goal.getAttribute('aria-expanded')).to.equal('false');
    expect(isShown(panel)).to.be.false;
  });

  it('gives the observers\' claim its own excerpt, from their source', async () => {
    const widget = await card('actor="north-front"');
    const button = toggleNamed(widget, `${SAYS}: Testland Province: less than half, according to independent observers`);
    button.click();
    await widget.updateComplete;
    const panel = panelOf(widget, button);
    expect(textOf(panel.querySelector('blockquote'))).to.equal('Independent observers put the front\'s share at less than half of the province.');
    // A source published "around November 2017": its date as the bundle gives it.
    expect(textOf(panel.querySelector('figcaption'))).to.match(
      /^— The Testland Observer, Observers: front holds less, not more, than half of the province, around November 2017$/,
    );
  });

  it('shows a relation\'s excerpt on both sides of it', async () => {
    const front = await card('actor="north-front"');
    const partOf = toggleNamed(front, `${SAYS}: Part of: Testland Alliance`);
    expect(partOf.closest('ul[aria-labelledby="part-of"]')).to.exist;
    partOf.click();
    await front.updateComplete;
    expect(textOf(panelOf(front, partOf).querySelector('blockquote'))).to.equal('the front, part of the Testland Alliance since June 2016');

    // The alliance declares nothing: it includes the North Front by the front's own relation.
    const alliance = await card('actor="testland-alliance"');
    expect(names(alliance)).to.deep.equal([`${SAYS}: Includes: North Front`]);
    const includes = toggles(alliance)[0];
    expect(includes.closest('ul[aria-labelledby="includes"]')).to.exist;
    includes.click();
    await alliance.updateComplete;
    expect(textOf(panelOf(alliance, includes).querySelector('blockquote'))).to.equal('the front, part of the Testland Alliance since June 2016');

    // Leads and Fights, seen from the other side, have none.
    expect(names(await card('actor="ada-testwell"'))).to.deep.equal([]);
  });

  it('uses the snapshot\'s excerpt for a share that has none of its own', async () => {
    const excerpt = 'The South League holds all of Testford except the old town, which the River Guard still holds.';
    for (const [actor, share] of [['south-league', 'all of it except the old town'], ['river-guard', 'the old town']]) {
      const widget = await card(`actor="${actor}"`);
      const button = toggleNamed(widget, `${SAYS}: Testford: ${share}`);
      expect(names(widget), `${actor}: only Testford`).to.have.length(1);
      button.click();
      await widget.updateComplete;
      expect(textOf(panelOf(widget, button).querySelector('blockquote'))).to.equal(excerpt);
    }
  });

  it('closes every panel when the card shows another actor', async () => {
    const widget = await card('actor="north-front"');
    toggles(widget)[0].click();
    await widget.updateComplete;
    expect(toggles(widget)[0].getAttribute('aria-expanded')).to.equal('true');
    widget.actor = 'south-league';
    await widget.updateComplete;
    widget.actor = 'north-front';
    await widget.updateComplete;
    expect(toggles(widget).map((button) => button.getAttribute('aria-expanded'))).to.deep.equal(Array(5).fill('false'));
  });

  it('keeps the compact chip clear: no button, no panel', async () => {
    const widget = await card('actor="north-front" compact');
    expect(textOf(shadow(widget).querySelector('[part="chip"]'))).to.include('N.F.');
    expect(shadow(widget).querySelector('[part~="excerpt-toggle"], [part~="excerpts"]')).to.be.null;
  });

  it('offers nothing in a bundle without excerpts', async () => {
    const bare = withoutExcerpts(fresh());
    for (const actor of bare.actors) {
      const widget = await card(`actor="${String(actor.id)}"`, structuredClone(bare));
      expect(shadow(widget).querySelector('[part~="excerpt-toggle"], [part~="excerpts"]'), String(actor.id)).to.be.null;
    }
    // The seed, its excerpts taken out (it is being re-audited with an excerpt for every fact).
    const seed = withoutExcerpts((await (await fetch(SEED_URL)).json()) as Bundle);
    for (const actor of ['sdf', 'islamic-state']) {
      const widget = await card(`actor="${actor}"`, structuredClone(seed));
      expect(visibleText(widget)).to.include(actor === 'sdf' ? 'Syrian Democratic Forces' : 'Islamic State');
      expect(toggles(widget), actor).to.have.length(0);
    }
  });

  it('speaks Arabic: the buttons\' names, the panel\'s label, the source\'s words in English', async () => {
    const widget = await card('actor="north-front" lang="ar"');
    const says = 'ما يقوله المصدر';
    expect(names(widget)).to.deep.equal([
      `${says}: جماعة مسلحة تسيطر الآن على شمال محافظة تستلاند.`,
      `${says}: جزء من: تحالف تستلاند`,
      `${says}: السيطرة على المحافظة كلها.`,
      `${says}: محافظة تستلاند: نحو ${percent(0.7, 'ar')}، بحسب ما يعلنه هذا الطرف`,
      `${says}: محافظة تستلاند: أقل من النصف، بحسب مراقبين مستقلين`,
    ]);
    const button = toggles(widget)[1];
    const opened = oneEvent(widget, 'nw-interact');
    button.click();
    expect(((await opened) as CustomEvent<WidgetInteractDetail>).detail.value).to.equal('relation-0:shown');
    await widget.updateComplete;
    const panel = panelOf(widget, button);
    expect(panel.getAttribute('aria-label')).to.equal(says);
    expect(textOf(panel.querySelector('.excerpts-label'))).to.equal(says);
    const quote = panel.querySelector('blockquote')!;
    expect(quote.getAttribute('lang')).to.equal('en');
    expect(textOf(quote)).to.equal('the front, part of the Testland Alliance since June 2016');
    // The outlet, the headline and the date in Arabic (the separators are src/base/excerpt.ts's).
    const caption = textOf(panel.querySelector('figcaption'));
    expect(caption).to.match(/^— Testland Wire عبر ذا ديلي إكزامبل/);
    expect(caption).to.include('جبهة الشمال تقول إنها تسيطر على معظم محافظة تستلاند');
    expect(caption).to.match(new RegExp(`${longDate('2017-11-20', 'ar')}$`));
    await expect(widget).to.be.accessible();
  });

  it('keeps the button and the panel in the reader\'s language beside a goal in another one', async () => {
    const bundle = fresh();
    const front = bundle.actors.find((actor) => actor.id === 'north-front')!;
    front.goals = [{ text: { en: 'To hold the river.' }, excerpts: [{ source: 'testland-wire', text: 'the river' }] }];
    const widget = await card('actor="north-front" lang="ar"', bundle);
    const button = toggleNamed(widget, 'ما يقوله المصدر: To hold the river.');
    const item = button.closest('li')!;
    expect(item.getAttribute('lang')).to.equal('en');
    expect(button.closest('[lang]')?.getAttribute('lang')).to.equal('ar');
    button.click();
    await widget.updateComplete;
    const panel = panelOf(widget, button);
    expect(panel.closest('li')).to.equal(item);
    expect(panel.closest('[lang]')?.getAttribute('lang')).to.equal('ar');
    expect(panel.parentElement?.getAttribute('dir')).to.equal('rtl');
    expect(panel.querySelector('blockquote')?.getAttribute('lang')).to.equal('en');
    await expect(widget).to.be.accessible();
  });

  for (const theme of ['light', 'dark'] as const) {
    it(`passes axe with every panel closed and open (${theme})`, async () => {
      for (const lang of ['en', 'ar']) {
        const widget = await card(`actor="north-front" theme="${theme}" lang="${lang}"`);
        expect(baseOf(widget).dataset.theme).to.equal(theme);
        await expect(widget).to.be.accessible();
        for (const button of toggles(widget)) button.click();
        await widget.updateComplete;
        expect(toggles(widget).every((button) => button.getAttribute('aria-expanded') === 'true')).to.be.true;
        await expect(widget).to.be.accessible();
      }
    });
  }
});
