/**
 * The demo article page, as `npm start` serves it: the built dist/news-widgets.js (npm test
 * builds first) and the seed bundle by URL, exactly as a CMS page loads them.
 */
import { expect, waitUntil } from '@open-wc/testing';

const WIDGETS = 'actor-card, control-bar, quote-block, border-crossing-status';

async function openDemo(): Promise<{ frame: HTMLIFrameElement; doc: Document }> {
  const frame = document.createElement('iframe');
  frame.style.cssText = 'width: 900px; height: 700px';
  frame.src = '/demo/index.html';
  document.body.append(frame);
  await new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  const doc = frame.contentDocument!;
  await waitUntil(
    () => [...doc.querySelectorAll(WIDGETS)].every((widget) => widget.shadowRoot?.querySelector('[data-state="ready"]')),
    'every widget on the demo page becomes ready (is dist/ built?)',
    { timeout: 10_000 },
  );
  return { frame, doc };
}

const stateOf = (widget: Element) => widget.shadowRoot!.querySelector<HTMLElement>('[part~="base"]')!;

describe('the demo article page', () => {
  let frame: HTMLIFrameElement;
  let doc: Document;
  before(async () => {
    ({ frame, doc } = await openDemo());
  });
  after(() => frame.remove());

  it('shows all four kinds of widget, placed in the article, with fallback text inside each tag', () => {
    const widgets = [...doc.querySelectorAll(WIDGETS)];
    expect(new Set(widgets.map((widget) => widget.localName))).to.have.keys(
      'actor-card',
      'control-bar',
      'quote-block',
      'border-crossing-status',
    );
    for (const widget of widgets) {
      expect(widget.closest('article'), widget.outerHTML.slice(0, 60)).to.exist;
      expect(widget.textContent?.trim(), `fallback in ${widget.localName}`).not.to.equal('');
      expect(widget.shadowRoot!.querySelector('[part~="notice"]'), `no notice in ${widget.localName}`).to.be.null;
    }
  });

  it('loads one script and one bundle request for all the widgets', () => {
    const resources = frame.contentWindow!.performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(resources.filter((name) => name.endsWith('/bundles/syria-iraq-border-2017.json'))).to.have.length(1);
    expect(resources.filter((name) => name.endsWith('/dist/news-widgets.js'))).to.have.length(1);
  });

  it('shows the article\'s facts in the widgets', () => {
    const text = (selector: string) => doc.querySelector(selector)!.shadowRoot!.textContent.replace(/\s+/g, ' ');
    expect(text('control-bar[place^="deir-al-zour-province"]')).to.include('about a third').and.include('According to the Syrian army');
    // Split control, and no word on whether it is open: the status is unknown, the Iraqi side the chief of staff's account.
    expect(text('border-crossing-status')).to.include('Unknown').and.include('According to the Iraqi military chief of staff');
    expect(text('quote-block[quote="velayati-partition"]')).to.include('The U.S. is planning to partition Syria');
    expect(text('actor-card[actor="sdf"]')).to.include('United States');
  });

  it('switches every widget to dark with the page\'s own theme switch, and back', async () => {
    const button = doc.getElementById('theme-switch')!;
    button.click();
    await waitUntil(() => [...doc.querySelectorAll(WIDGETS)].every((widget) => stateOf(widget).dataset.theme === 'dark'));
    expect(button.getAttribute('aria-pressed')).to.equal('true');
    button.click();
    await waitUntil(() => [...doc.querySelectorAll(WIDGETS)].every((widget) => stateOf(widget).dataset.theme === 'light'));
  });

  it('switches every widget to Arabic, right to left, while the article stays English', async () => {
    doc.getElementById('language-switch')!.click();
    await waitUntil(() => [...doc.querySelectorAll(WIDGETS)].every((widget) => stateOf(widget).getAttribute('dir') === 'rtl'));
    expect(doc.documentElement.lang).to.equal('en');
    expect(doc.querySelector('border-crossing-status')!.shadowRoot!.textContent).to.include('غير معروف');
    doc.getElementById('language-switch')!.click();
    await waitUntil(() => [...doc.querySelectorAll(WIDGETS)].every((widget) => stateOf(widget).getAttribute('dir') === 'ltr'));
  });
});
