/**
 * dist/builder.html, the embed builder (npm test builds it first), driven as an editor drives it:
 * it loads the seed bundle, the editor chooses a widget and an entity, the preview shows the
 * real element, and each copied snippet, pasted into a fresh page, shows the same widget.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { MAX_BUNDLE_CHARACTERS } from '../../src/bundle/load.js';
import { fixtureText, serveBundle, uniqueKey, visibleText } from '../helpers.js';

interface Builder {
  readonly frame: HTMLIFrameElement;
  readonly doc: Document;
}

interface AxeResults {
  violations: Array<{ id: string; nodes: Array<{ target: unknown }> }>;
}
type AxeWindow = Window & { axe?: { run(context: Node): Promise<AxeResults> } };

const frames: HTMLIFrameElement[] = [];

function addFrame(style: string): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  frame.style.cssText = style;
  frame.title = 'test frame';
  document.body.append(frame);
  frames.push(frame);
  return frame;
}

const loaded = (frame: HTMLIFrameElement) => new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));

const isReady = (widget: Element | null | undefined) => Boolean(widget?.shadowRoot?.querySelector('[part~="base"][data-state="ready"]'));

async function openBuilder(): Promise<Builder> {
  const frame = addFrame('inline-size: 1000px; block-size: 1400px');
  frame.src = '/dist/builder.html';
  await loaded(frame);
  const doc = frame.contentDocument!;
  await waitUntil(() => isReady(doc.querySelector('#preview > *')), 'the builder loads the seed bundle and previews a widget (is dist/ built?)', {
    timeout: 10_000,
  });
  return { frame, doc };
}

afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove();
});

const $ = <T extends Element = HTMLElement>(doc: Document, selector: string): T => {
  const found = doc.querySelector<T>(selector);
  if (!found) throw new Error(`the builder has no ${selector}`);
  return found;
};

/** Chooses an option as a person does: the value changes, then `change` fires. */
function choose(doc: Document, selector: string, value: string): void {
  const select = $<HTMLSelectElement>(doc, selector);
  expect([...select.options].map((option) => option.value), `${selector} offers ${value}`).to.include(value);
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

const previewed = ({ doc }: Builder) => $(doc, '#preview > *');

async function previewReady(builder: Builder, tag: string): Promise<HTMLElement> {
  await waitUntil(() => previewed(builder).localName === tag && isReady(previewed(builder)), `the preview shows a ready <${tag}>`, { timeout: 10_000 });
  return previewed(builder);
}

/** A fresh page holding nothing but `markup`, as a CMS article would. */
async function pasteIntoFreshPage(markup: string): Promise<Document> {
  const frame = addFrame('inline-size: 800px; block-size: 1200px');
  frame.srcdoc = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>An article</title></head><body><main>${markup}</main></body></html>`;
  await loaded(frame);
  return frame.contentDocument!;
}

/** Replaces the page's clipboard with a recorder (or a refusal), as the copy button sees it. */
function fakeClipboard(doc: Document, refuse = false): { copied: string[] } {
  const record = { copied: [] as string[] };
  Object.defineProperty(doc.defaultView!.navigator, 'clipboard', {
    configurable: true,
    value: {
      writeText: (text: string) => {
        if (refuse) return Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
        record.copied.push(text);
        return Promise.resolve();
      },
    },
  });
  return record;
}

async function axeViolations(doc: Document): Promise<string[]> {
  const win = doc.defaultView as AxeWindow;
  if (!win.axe) {
    const script = doc.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    doc.head.append(script);
    await new Promise((resolve) => script.addEventListener('load', resolve, { once: true }));
  }
  const results = await win.axe!.run(doc);
  return results.violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`);
}

describe('the embed builder (dist/builder.html)', () => {
  it('loads the seed bundle by default and fills the lists from it, ids with names', async () => {
    const { doc } = await openBuilder();
    expect($(doc, '#bundle-status').textContent).to.equal(
      'Loaded “Islamic State loses its last foothold in the city of Deir al-Zour and the Iraqi side of a border crossing”: 11 actors, 10 places, 15 quotes, 1 crossing.',
    );
    expect([...$<HTMLSelectElement>(doc, '#widget').options].map((option) => option.text)).to.deep.equal([
      'Actor card (<actor-card>)',
      'Control bar (<control-bar>)',
      'Quote (<quote-block>)',
      'Border crossing status (<border-crossing-status>)',
    ]);
    const entities = () => [...$<HTMLSelectElement>(doc, '#entity').options].map((option) => option.text);
    expect($(doc, '#entity-label').textContent).to.equal('Actor');
    expect(entities()).to.have.length(11);
    expect(entities()).to.include('Syrian Democratic Forces (sdf)');
    choose(doc, '#widget', 'quote-block');
    expect($(doc, '#entity-label').textContent).to.equal('Quote');
    expect(entities()).to.include('Alia Mohamed: We fled from the intensive bombings because we could not st… (alia-mohamed)');
    choose(doc, '#lang', 'ar');
    choose(doc, '#widget', 'border-crossing-status');
    expect(entities()).to.deep.equal(['المعبر الحدودي قرب القائم والبوكمال (qaim-bukamal)']);
  });

  it('previews the real element as chosen, with theme, language and the widget\'s own options', async () => {
    const builder = await openBuilder();
    const { doc } = builder;
    choose(doc, '#widget', 'actor-card');
    choose(doc, '#entity', 'sdf');
    choose(doc, '#theme', 'dark');
    choose(doc, '#lang', 'ar');
    choose(doc, '#option-heading-level', '2');
    const widget = await previewReady(builder, 'actor-card');
    expect(widget.getAttribute('actor')).to.equal('sdf');
    const base = widget.shadowRoot!.querySelector('[part~="base"]')!;
    expect(base.getAttribute('data-theme')).to.equal('dark');
    expect(base.getAttribute('dir')).to.equal('rtl');
    expect(visibleText(widget)).to.include('قوات سوريا الديمقراطية');
    expect(widget.shadowRoot!.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('2');
    expect($<HTMLTextAreaElement>(doc, '#element-snippet').value).to.include(
      `<actor-card src="${new URL('/dist/bundles/syria-iraq-border-2017.json', location.href).href}" actor="sdf" heading-level="2" lang="ar" theme="dark" style="display: block; min-block-size: `,
    );
  });

  it('offers control-bar\'s dates from the bundle and puts the chosen one in the snippets', async () => {
    const builder = await openBuilder();
    const { doc } = builder;
    choose(doc, '#widget', 'control-bar');
    choose(doc, '#entity', 'deir-al-zour-province');
    expect([...$<HTMLSelectElement>(doc, '#option-date').options].map((option) => option.text)).to.deep.equal(['The latest', '2017-11-03']);
    choose(doc, '#option-date', '2017-11-03');
    const widget = await previewReady(builder, 'control-bar');
    expect(widget.getAttribute('date')).to.equal('2017-11-03');
    expect($<HTMLTextAreaElement>(doc, '#iframe-snippet').value).to.include('widget=control-bar&place=deir-al-zour-province&date=2017-11-03&src=');
  });

  it('writes a custom-element snippet that, pasted into a fresh page, shows the same widget with the same text', async () => {
    const builder = await openBuilder();
    const { doc } = builder;
    choose(doc, '#widget', 'actor-card');
    choose(doc, '#entity', 'sdf');
    const preview = await previewReady(builder, 'actor-card');
    const snippet = $<HTMLTextAreaElement>(doc, '#element-snippet').value;
    // The snippet reserves the height the preview took, in rem rounded up to a half.
    const rootFontSize = parseFloat(getComputedStyle(doc.documentElement).fontSize);
    const reserveRem = Math.ceil((preview.getBoundingClientRect().height / rootFontSize) * 2) / 2;
    expect(reserveRem).to.be.greaterThan(10);
    expect(snippet).to.equal(
      `<script type="module" src="${new URL('/dist/news-widgets.js', location.href).href}"></script>
<actor-card src="${new URL('/dist/bundles/syria-iraq-border-2017.json', location.href).href}" actor="sdf" style="display: block; min-block-size: ${reserveRem}rem">
  <p>Syrian Democratic Forces: An American-backed, Kurdish-led militia, a Kurdish and Arab alliance, that took over the city of Raqqa, which had served as the de facto capital of the Islamic State, just weeks before the government’s announcement of victory in Deir al-Zour. (as of Friday [3 November 2017, as the editors read it])</p>
</actor-card>`,
    );
    const page = await pasteIntoFreshPage(snippet);
    const pasted = page.querySelector('actor-card');
    await waitUntil(() => isReady(pasted), 'the pasted widget shows its data', { timeout: 10_000 });
    expect(visibleText(pasted!)).to.equal(visibleText(preview));
    expect(visibleText(preview)).to.include('Syrian Democratic Forces');
  });

  it('writes a pym.js snippet that, pasted into a fresh page, shows the same widget in a sized iframe', async () => {
    const builder = await openBuilder();
    const { doc } = builder;
    choose(doc, '#widget', 'border-crossing-status');
    choose(doc, '#entity', 'qaim-bukamal');
    choose(doc, '#theme', 'light');
    const preview = await previewReady(builder, 'border-crossing-status');
    const snippet = $<HTMLTextAreaElement>(doc, '#iframe-snippet').value;
    const embed = new URL('/dist/embed.html', location.href);
    embed.search = new URLSearchParams({
      widget: 'border-crossing-status',
      crossing: 'qaim-bukamal',
      theme: 'light',
      src: new URL('/dist/bundles/syria-iraq-border-2017.json', location.href).href,
    }).toString();
    expect(snippet).to.equal(
      `<div id="nw-border-crossing-status-qaim-bukamal"><p>Border crossing near Qaim and Bukamal: Unknown (as of Friday [3 November 2017, as the editors read it]).</p></div>
<script src="${new URL('/dist/pym.v1.min.js', location.href).href}"></script>
<script>new pym.Parent("nw-border-crossing-status-qaim-bukamal", "${embed.href}", { title: "Border crossing near Qaim and Bukamal: border crossing status" });</script>`,
    );
    const page = await pasteIntoFreshPage(snippet);
    await waitUntil(() => page.querySelector('iframe'), 'pym.js makes the iframe');
    const frame = page.querySelector('iframe')!;
    expect(frame.title).to.equal('Border crossing near Qaim and Bukamal: border crossing status');
    const embedded = () => frame.contentDocument?.querySelector('border-crossing-status');
    await waitUntil(() => isReady(embedded()), 'the embedded widget shows its data', { timeout: 10_000 });
    expect(visibleText(embedded()!)).to.equal(visibleText(preview));
    await waitUntil(
      () => frame.getAttribute('height') === `${frame.contentDocument!.body.offsetHeight}px`,
      'pym.js sizes the iframe to the widget',
      { timeout: 10_000 },
    );
  });

  it('copies exactly the snippet shown, with the copy button or the keyboard, and says so', async () => {
    const builder = await openBuilder();
    const { doc } = builder;
    const clipboard = fakeClipboard(doc);
    $<HTMLButtonElement>(doc, '#copy-element').click();
    await waitUntil(() => $(doc, '#copy-status').textContent === 'Copied the custom-element snippet.', 'the copy is confirmed');
    $<HTMLButtonElement>(doc, '#copy-iframe').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(doc, '#copy-status').textContent === 'Copied the iframe embed.', 'Enter on the focused button copies');
    expect(clipboard.copied).to.deep.equal([
      $<HTMLTextAreaElement>(doc, '#element-snippet').value,
      $<HTMLTextAreaElement>(doc, '#iframe-snippet').value,
    ]);
  });

  it('selects the snippet and says how to copy it when the browser refuses the clipboard', async () => {
    const { doc } = await openBuilder();
    fakeClipboard(doc, true);
    $<HTMLButtonElement>(doc, '#copy-iframe').click();
    await waitUntil(() => $(doc, '#copy-status').textContent?.startsWith('This browser did not let the page copy.'), 'the refusal is explained');
    const area = $<HTMLTextAreaElement>(doc, '#iframe-snippet');
    expect($(doc, '#copy-status').textContent).to.equal(
      'This browser did not let the page copy. The iframe embed is selected: press Ctrl+C (⌘C on a Mac).',
    );
    expect(doc.activeElement).to.equal(area);
    expect([area.selectionStart, area.selectionEnd]).to.deep.equal([0, area.value.length]);
  });

  it('lists the validator\'s messages for an invalid pasted bundle, and closes the widget form', async () => {
    const { doc } = await openBuilder();
    $<HTMLTextAreaElement>(doc, '#bundle-text').value = await fixtureText('invalid/control-shares-add-up-over-one.json');
    $<HTMLFormElement>(doc, '#paste-form').requestSubmit();
    const problems = $(doc, '#bundle-problems');
    expect(problems.hidden).to.be.false;
    expect(problems.getAttribute('role')).to.equal('alert');
    expect($(doc, '#bundle-problems > p').textContent).to.equal('The pasted bundle is not a valid bundle: 1 problem to fix.');
    expect([...problems.querySelectorAll('li')].map((item) => item.textContent)).to.deep.equal([
      'control[0].shares: the shares add up to 130%, more than the whole place; a share is a fraction of 1',
    ]);
    expect($<HTMLFieldSetElement>(doc, '#widget-fields').disabled).to.be.true;
    expect($(doc, '#preview').children).to.have.length(0);
    expect($<HTMLTextAreaElement>(doc, '#element-snippet').value).to.equal('');
    expect($<HTMLButtonElement>(doc, '#copy-element').disabled).to.be.true;
  });

  it('says when pasted text is not JSON, and takes a valid pasted bundle for the preview', async () => {
    const builder = await openBuilder();
    const { doc } = builder;
    $<HTMLTextAreaElement>(doc, '#bundle-text').value = '{"meta": {,}';
    $<HTMLFormElement>(doc, '#paste-form').requestSubmit();
    expect($(doc, '#bundle-problems > p').textContent).to.match(/^The pasted bundle is not valid JSON: /);
    $<HTMLTextAreaElement>(doc, '#bundle-text').value = await fixtureText('minimal.json');
    $<HTMLFormElement>(doc, '#paste-form').requestSubmit();
    expect($(doc, '#bundle-problems').hidden).to.be.true;
    expect($(doc, '#bundle-status').textContent).to.equal(
      'Using the pasted bundle “Minimal bundle” (2 actors, 1 place, 1 quote, 1 crossing) for the preview. The snippets load the bundle from the URL above: publish it there.',
    );
    choose(doc, '#widget', 'quote-block');
    const widget = await previewReady(builder, 'quote-block');
    expect(visibleText(widget)).to.include('Words.');
  });

  it('says what the server answered when the bundle URL fails', async () => {
    const { doc } = await openBuilder();
    $<HTMLInputElement>(doc, '#bundle-url').value = '/no/such/bundle.json';
    $<HTMLFormElement>(doc, '#bundle-form').requestSubmit();
    await waitUntil(() => !$(doc, '#bundle-problems').hidden, 'the failure is shown');
    expect($(doc, '#bundle-problems > p').textContent).to.equal(
      `The bundle at ${new URL('/no/such/bundle.json', location.href).href} could not be loaded: the server answered 404 Not Found. Check the bundle URL: is the file published at that address?`,
    );
  });

  it('refuses a bundle URL that answers with more than a bundle can be, as the widgets do', async () => {
    const url = await serveBundle(uniqueKey('builder-huge'), { body: `"${'x'.repeat(MAX_BUNDLE_CHARACTERS)}"`, chunked: true });
    const { doc } = await openBuilder();
    $<HTMLInputElement>(doc, '#bundle-url').value = url;
    $<HTMLFormElement>(doc, '#bundle-form').requestSubmit();
    await waitUntil(() => !$(doc, '#bundle-problems').hidden, 'the refusal is shown');
    expect($(doc, '#bundle-problems > p').textContent).to.equal(
      `The bundle at ${new URL(url, location.href).href} is larger than 5 MB, far more than a topic bundle needs. Check that the bundle URL points at the bundle, or split the topic.`,
    );
  });

  it('is linked from the demo article page', async () => {
    const frame = addFrame('inline-size: 800px; block-size: 600px');
    frame.src = '/demo/index.html';
    await loaded(frame);
    const link = [...frame.contentDocument!.querySelectorAll('a')].find((anchor) => anchor.textContent === 'embed builder');
    expect(link?.href).to.equal(new URL('/dist/builder.html', location.href).href);
    expect((await fetch(link!.href)).status).to.equal(200);
  });

  it('has no accessibility violations, in light and in dark', async () => {
    const light = await openBuilder();
    expect(await axeViolations(light.doc)).to.deep.equal([]);
    // What a reader's dark system setting does to a page that says color-scheme: light dark.
    const dark = await openBuilder();
    dark.doc.documentElement.style.colorScheme = 'dark';
    const background = dark.doc.defaultView!.getComputedStyle(dark.doc.body).backgroundColor;
    expect(background, 'the builder is dark').to.equal('rgb(22, 22, 24)');
    expect(await axeViolations(dark.doc)).to.deep.equal([]);
  });
});
