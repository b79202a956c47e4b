import '../../src/elements/border-crossing-status/border-crossing-status.define.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { WidgetInteractDetail } from '../../src/base/events.js';
import { baseOf, longDate, parts, textOf, visibleText, waitForState, type Widget as WidgetElement } from '../helpers.js';

type Widget = WidgetElement & { crossing: string };

const TESTLAND = '/stories/bundles/testland.json';
const NORTHTOWN = `src="${TESTLAND}" crossing="northtown-southtown"`;
const FERRY = `src="${TESTLAND}" crossing="river-ferry"`;

const WORDS = {
  status: 'Aid workers said the crossing was open only to officials and aid convoys.',
  side: 'The front said its fighters had held the Northtown side since Saturday.',
  change: 'open only to officials and aid convoys',
  event: 'In August the crossing was closed to all traffic.',
};

let testlandCache: Promise<Record<string, unknown>> | undefined;
/** A fresh deep copy of the fictional Testland bundle. */
async function testland(): Promise<Record<string, unknown>> {
  testlandCache ??= fetch(TESTLAND).then((response) => response.json() as Promise<Record<string, unknown>>);
  return structuredClone(await testlandCache);
}

/** The same bundle with every excerpt, at any depth, taken out. */
function withoutExcerpts(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutExcerpts);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key]) => key !== 'excerpts')
      .map(([key, each]) => [key, withoutExcerpts(each)]),
  );
}

async function show(attributes: string): Promise<Widget> {
  const container = await fixture<HTMLDivElement>(html`<div></div>`);
  container.innerHTML = `<border-crossing-status ${attributes}></border-crossing-status>`;
  const widget = container.firstElementChild as Widget;
  await waitForState(widget, 'ready');
  return widget;
}

/** The widget given a bundle object rather than a URL. */
async function showBundle(bundle: unknown, crossing: string, lang = 'en'): Promise<Widget> {
  const widget = document.createElement('border-crossing-status') as Widget;
  widget.crossing = crossing;
  widget.setAttribute('lang', lang);
  widget.bundle = bundle;
  (await fixture<HTMLDivElement>(html`<div></div>`)).append(widget);
  await waitForState(widget, 'ready');
  return widget;
}

const part = <T extends Element = HTMLElement>(root: Widget | Element, name: string): T => {
  const found = (root instanceof HTMLElement && root.shadowRoot ? root.shadowRoot : root).querySelector<T>(`[part~="${name}"]`);
  if (!found) throw new Error(`no part "${name}"`);
  return found;
};
const togglesOf = (widget: Widget) => parts(widget, 'excerpt-toggle') as HTMLButtonElement[];
const toggleNamed = (widget: Widget, name: string): HTMLButtonElement => {
  const found = togglesOf(widget).find((toggle) => toggle.getAttribute('aria-label') === name);
  if (!found) throw new Error(`no toggle "${name}" among ${JSON.stringify(togglesOf(widget).map((toggle) => toggle.getAttribute('aria-label')))}`);
  return found;
};
const panelOf = (widget: Widget, toggle: HTMLButtonElement) => widget.shadowRoot!.getElementById(toggle.getAttribute('aria-controls')!)!;
async function toggleHistory(widget: Widget): Promise<HTMLElement[]> {
  part<HTMLButtonElement>(widget, 'history-toggle').click();
  await widget.updateComplete;
  return [...part(widget, 'history').children] as HTMLElement[];
}
async function press(widget: Widget, toggle: HTMLButtonElement, key: string): Promise<WidgetInteractDetail> {
  toggle.focus();
  const heard = oneEvent(widget, 'nw-interact');
  await sendKeys({ press: key });
  const { detail } = (await heard) as CustomEvent<WidgetInteractDetail>;
  await widget.updateComplete;
  return detail;
}
const displayed = (element: Element) => getComputedStyle(element).display !== 'none';

describe('<border-crossing-status> "What the source says"', () => {
  it('puts a collapsed toggle after the status line, named for the status', async () => {
    const widget = await show(NORTHTOWN);
    const toggle = toggleNamed(widget, 'What the source says: Restricted, Open to official and humanitarian traffic only');
    expect(toggle.localName).to.equal('button');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    // In the line of the fact, after its date; the panel under the line.
    const line = part(widget, 'as-of').parentElement!;
    expect(toggle.parentElement === line).to.be.true;
    expect(line.lastElementChild === toggle).to.be.true;
    const panel = panelOf(widget, toggle);
    expect(line.nextElementSibling === panel).to.be.true;
    expect(panel.getAttribute('role')).to.equal('group');
    expect(panel.getAttribute('aria-label')).to.equal('What the source says');
    expect(displayed(panel)).to.be.false;
    expect(visibleText(widget)).not.to.include(WORDS.status);
  });

  it('opens the status\'s excerpt with Enter and closes it with Space, firing nw-interact reveal-excerpt', async () => {
    const widget = await show(NORTHTOWN);
    const toggle = toggleNamed(widget, 'What the source says: Restricted, Open to official and humanitarian traffic only');
    expect(await press(widget, toggle, 'Enter')).to.deep.equal({ action: 'reveal-excerpt', entity: 'northtown-southtown', value: 'status:shown' });
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    const panel = panelOf(widget, toggle);
    expect(displayed(panel)).to.be.true;
    const [excerpt] = parts(widget, 'excerpt');
    expect(panel.contains(excerpt)).to.be.true;
    const quote = excerpt.querySelector('blockquote')!;
    expect(textOf(quote)).to.equal(WORDS.status);
    expect(quote.getAttribute('lang')).to.equal('en');
    expect(quote.getAttribute('cite')).to.equal('https://example.com/testland-wire');
    const caption = excerpt.querySelector('figcaption')!;
    expect(textOf(caption)).to.equal(
      `— Testland Wire via The Daily Example, North Front says it holds most of Testland Province, ${longDate('2017-11-20', 'en')}`,
    );
    expect(textOf(caption.querySelector('cite'))).to.equal('North Front says it holds most of Testland Province');
    expect(caption.querySelector('time')?.getAttribute('datetime')).to.equal('2017-11-20');
    expect(visibleText(widget)).to.include(WORDS.status);

    expect((await press(widget, toggle, ' ')).value).to.equal('status:hidden');
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(displayed(panel)).to.be.false;
  });

  it('puts a side\'s toggle after its controller, and opens it by click; a side without excerpts has none', async () => {
    const widget = await show(NORTHTOWN);
    const [finland, sweden] = parts(widget, 'side');
    const toggle = toggleNamed(widget, 'What the source says: Finland, Northtown, Controlled by North Front');
    expect(finland.contains(toggle)).to.be.true;
    expect(toggle.parentElement!.classList.contains('controller')).to.be.true;
    expect(sweden.querySelector('[part~="excerpt-toggle"]')).to.be.null;
    // The side still reads as before, its closed panel after its source line, adding no words.
    expect(textOf(finland)).to.match(new RegExp(`^Finland, Northtown, Controlled by North Front, According to North Front, as of ${longDate('2017-11-18', 'en')} Source: `));
    expect(finland.lastElementChild === panelOf(widget, toggle)).to.be.true;
    expect(visibleText(widget)).not.to.include(WORDS.side);

    const heard = oneEvent(widget, 'nw-interact');
    toggle.click();
    expect(((await heard) as CustomEvent<WidgetInteractDetail>).detail).to.deep.equal({
      action: 'reveal-excerpt',
      entity: 'northtown-southtown',
      value: 'side-0:shown',
    });
    await widget.updateComplete;
    const panel = panelOf(widget, toggle);
    expect(finland.contains(panel)).to.be.true;
    expect(textOf(panel.querySelector('blockquote'))).to.equal(WORDS.side);
    expect(textOf(panel.querySelector('figcaption cite'))).to.equal('North Front says it holds most of Testland Province');
    expect(textOf(panel.querySelector('figcaption'))).to.include('Testland Wire via The Daily Example');
    // Opening one fact's panel opens no other.
    expect(toggleNamed(widget, 'What the source says: Restricted, Open to official and humanitarian traffic only').getAttribute('aria-expanded')).to.equal('false');
  });

  it('offers the excerpts of a history entry and an event inside the history, after the note and the title', async () => {
    const widget = await show(NORTHTOWN);
    const entries = await toggleHistory(widget);
    const [restricted, reopening, closure, contested, open] = entries;
    const change = toggleNamed(widget, `What the source says: ${longDate('2017-11-20', 'en')}, Restricted, Open to official and humanitarian traffic only`);
    expect(change.parentElement === part(restricted, 'change-note')).to.be.true;
    const event = toggleNamed(widget, 'What the source says: August 2017, The crossing is closed');
    expect(event.parentElement === part(closure, 'event-title')).to.be.true;
    for (const entry of [reopening, contested, open]) expect(entry.querySelector('[part~="excerpt-toggle"]'), textOf(entry)).to.be.null;
    expect(restricted.contains(panelOf(widget, change))).to.be.true;
    expect(closure.contains(panelOf(widget, event))).to.be.true;

    expect((await press(widget, change, 'Enter')).value).to.equal('change-2:shown');
    expect(textOf(panelOf(widget, change).querySelector('blockquote'))).to.equal(WORDS.change);
    expect((await press(widget, event, ' ')).value).to.equal('event-0:shown');
    const panel = panelOf(widget, event);
    expect(displayed(panel)).to.be.true;
    expect(textOf(panel.querySelector('blockquote'))).to.equal(WORDS.event);
    // Radio Testland gives no publication date: none is made up.
    expect(textOf(panel.querySelector('figcaption'))).to.equal('— Radio Testland, Radio Testland: the crossing, 2016 to 2017');
    expect(panel.querySelector('time')).to.be.null;
    // Both stay open, and closing the history keeps them so for when it opens again.
    expect(change.getAttribute('aria-expanded')).to.equal('true');
    await toggleHistory(widget);
    expect(displayed(part(widget, 'history'))).to.be.false;
    expect(visibleText(widget)).not.to.include(WORDS.event);
    await toggleHistory(widget);
    expect(event.getAttribute('aria-expanded')).to.equal('true');
  });

  it('gives every panel a unique, id-safe id that its toggle controls', async () => {
    const bundle = (await testland()) as { crossings: Array<{ id: string; sides: Array<Record<string, unknown>> }> };
    // A crossing id with characters an id must not carry.
    const crossing = bundle.crossings.find((each) => each.id === 'northtown-southtown')!;
    crossing.id = 'north.town:south';
    (bundle as unknown as { events: Array<{ crossings?: string[] }> }).events.forEach((event) => {
      event.crossings = event.crossings?.map((id) => (id === 'northtown-southtown' ? crossing.id : id));
    });
    crossing.sides[1].excerpts = [{ source: 'testland-observer', text: 'Southtown is on the other side of the border.' }];
    const widget = await showBundle(bundle, 'north.town:south');
    await toggleHistory(widget);
    const ids = togglesOf(widget).map((toggle) => toggle.getAttribute('aria-controls')!);
    expect(ids).to.have.length(5);
    expect(new Set(ids).size).to.equal(5);
    for (const id of ids) {
      expect(id).to.match(/^[A-Za-z0-9-]+$/);
      expect(widget.shadowRoot!.querySelectorAll(`[id="${id}"]`)).to.have.length(1);
    }
    const heard = oneEvent(widget, 'nw-interact');
    toggleNamed(widget, 'What the source says: Sweden, Southtown, Controlled by Sweden, not a party to these events').click();
    expect(((await heard) as CustomEvent<WidgetInteractDetail>).detail).to.deep.equal({
      action: 'reveal-excerpt',
      entity: 'north.town:south',
      value: 'side-1:shown',
    });
  });

  it('offers a note\'s own excerpts after the note, named in the reader\'s language', async () => {
    const bundle = (await testland()) as { crossings: Array<{ id: string; note: Record<string, unknown>; history: Array<Record<string, unknown>> }> };
    const crossing = bundle.crossings.find((each) => each.id === 'northtown-southtown')!;
    crossing.note.excerpts = [{ source: 'testland-wire', text: 'The crossing is open only to officials and aid convoys.' }];
    // A plain note ("Open to all traffic.", in English) whose statement carries an excerpt.
    crossing.history[0].note = { text: 'Open to all traffic.', excerpts: [{ source: 'testland-radio', text: 'It was open to all.' }] };

    const widget = await showBundle(bundle, 'northtown-southtown');
    const note = toggleNamed(widget, 'What the source says: The crossing is now open only to official and humanitarian traffic.');
    expect(note.closest('[part~="note"]') === part(widget, 'note')).to.be.true;
    note.click();
    await widget.updateComplete;
    expect(textOf(panelOf(widget, note).querySelector('blockquote'))).to.equal('The crossing is open only to officials and aid convoys.');
    expect(part(widget, 'note').nextElementSibling === panelOf(widget, note)).to.be.true;

    const arabic = await showBundle(bundle, 'northtown-southtown', 'ar');
    const entries = await toggleHistory(arabic);
    const old = entries.at(-1)!;
    const changeNote = part(old, 'change-note');
    expect(changeNote.getAttribute('lang')).to.equal('en');
    const toggle = changeNote.querySelector<HTMLButtonElement>('[part~="excerpt-toggle"]')!;
    expect(toggle.getAttribute('aria-label')).to.match(/^ما يقوله المصدر: .+، مفتوح$/);
    expect(toggle.closest('[lang]')!.getAttribute('lang')).to.equal('ar');
  });

  it('offers nothing where a fact has no excerpt: a crossing without any, and Testland with every excerpt taken out', async () => {
    const ferry = await show(FERRY);
    expect(togglesOf(ferry)).to.have.length(0);
    expect(parts(ferry, 'excerpts')).to.have.length(0);

    const widget = await showBundle(withoutExcerpts(await testland()), 'northtown-southtown');
    await toggleHistory(widget);
    expect(togglesOf(widget)).to.have.length(0);
    expect(parts(widget, 'excerpts')).to.have.length(0);
    expect(visibleText(widget)).not.to.include('What the source says');
  });

  it('closes every panel when it shows another crossing', async () => {
    const widget = await show(NORTHTOWN);
    const name = 'What the source says: Restricted, Open to official and humanitarian traffic only';
    toggleNamed(widget, name).click();
    await widget.updateComplete;
    expect(toggleNamed(widget, name).getAttribute('aria-expanded')).to.equal('true');
    widget.crossing = 'river-ferry';
    await widget.updateComplete;
    expect(togglesOf(widget)).to.have.length(0);
    widget.crossing = 'northtown-southtown';
    await widget.updateComplete;
    expect(toggleNamed(widget, name).getAttribute('aria-expanded')).to.equal('false');
  });

  it('speaks Arabic: the toggles\' names and the panel\'s label «ما يقوله المصدر»', async () => {
    const widget = await show(`${NORTHTOWN} lang="ar"`);
    const regions = new Intl.DisplayNames('ar', { type: 'region' });
    const status = toggleNamed(widget, 'ما يقوله المصدر: مقيَّد، مفتوح أمام الحركة الرسمية والإنسانية فقط');
    toggleNamed(widget, `ما يقوله المصدر: ${regions.of('FI')}، بلدة الشمال، تحت سيطرة جبهة الشمال`);
    expect(status.getAttribute('title')).to.equal('ما يقوله المصدر');
    expect((await press(widget, status, 'Enter')).value).to.equal('status:shown');
    const panel = panelOf(widget, status);
    expect(panel.getAttribute('aria-label')).to.equal('ما يقوله المصدر');
    expect(textOf(panel.querySelector('.excerpts-label'))).to.equal('ما يقوله المصدر');
    // The source's words stay as written, in the source's language; the headline is its Arabic translation.
    const quote = panel.querySelector('blockquote')!;
    expect(textOf(quote)).to.equal(WORDS.status);
    expect(quote.getAttribute('lang')).to.equal('en');
    expect(textOf(panel.querySelector('figcaption cite'))).to.equal('جبهة الشمال تقول إنها تسيطر على معظم محافظة تستلاند');
    expect(textOf(panel.querySelector('figcaption'))).to.include(longDate('2017-11-20', 'ar'));
    expect(getComputedStyle(panel).direction).to.equal('rtl');

    await toggleHistory(widget);
    toggleNamed(widget, `ما يقوله المصدر: ${new Intl.DateTimeFormat('ar', { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(Date.UTC(2017, 7, 1))}، إغلاق المعبر`);
  });

  it('keeps a narrow column with every panel open, in English and Arabic', async () => {
    for (const lang of ['en', 'ar']) {
      const container = await fixture<HTMLDivElement>(html`<div style="width: 280px"></div>`);
      container.innerHTML = `<border-crossing-status ${NORTHTOWN} lang="${lang}"></border-crossing-status>`;
      const widget = container.firstElementChild as Widget;
      await waitForState(widget, 'ready');
      await toggleHistory(widget);
      for (const toggle of togglesOf(widget)) toggle.click();
      await widget.updateComplete;
      expect(baseOf(widget).scrollWidth, lang).to.be.at.most(280);
      for (const toggle of togglesOf(widget)) expect(toggle.getBoundingClientRect().width, lang).to.be.at.least(16);
    }
  });

  for (const theme of ['light', 'dark'] as const) {
    for (const lang of ['en', 'ar'] as const) {
      it(`has no axe violations with every panel closed and open, theme="${theme}" lang="${lang}"`, async () => {
        const widget = await show(`${NORTHTOWN} theme="${theme}" lang="${lang}"`);
        await toggleHistory(widget);
        await expect(widget).to.be.accessible();
        for (const toggle of togglesOf(widget)) toggle.click();
        await widget.updateComplete;
        expect(togglesOf(widget).every((toggle) => toggle.getAttribute('aria-expanded') === 'true')).to.be.true;
        expect(parts(widget, 'excerpts').every(displayed)).to.be.true;
        await expect(widget).to.be.accessible();
      });
    }
  }
});
