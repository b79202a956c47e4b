/**
 * The script of dist/builder.html, the embed builder: load or paste a bundle (checked by the
 * library's own validator), choose a widget, what it shows and how, see the real element, and
 * copy the snippet in either form. The elements come from dist/news-widgets.js, loaded by the
 * page; this module defines none.
 */
import { BundleIndex } from '../bundle/bundle-index.js';
import type { Bundle } from '../bundle/schema.js';
import { machineDate } from '../helpers/dates.js';
import { localeFor } from '../controllers/locale.js';
import type { BundleError } from '../bundle/bundle-error.js';
import { fetchBundleText, readBundleText, type BundleText } from '../bundle/read-bundle.js';
import { formatProblem } from '../bundle/validate.js';
import { THEMES, WIDGETS, widgetByTag, type WidgetDescription, type WidgetOption } from '../catalog/catalog.js';
import { withAbsoluteLinks } from '../bundle/absolute-links.js';
import { entityChoices, entityName, fallbackLine } from './bundle-text.js';
import { elementSnippet, iframeSnippet, type SnippetRequest } from './snippets.js';

const element = <T extends HTMLElement>(id: string): T => {
  const found = document.getElementById(id);
  if (!found) throw new Error(`builder.html has no #${id}`);
  return found as T;
};

const bundleForm = element<HTMLFormElement>('bundle-form');
const bundleUrl = element<HTMLInputElement>('bundle-url');
const pasteForm = element<HTMLFormElement>('paste-form');
const bundleText = element<HTMLTextAreaElement>('bundle-text');
const bundleStatus = element('bundle-status');
const bundleProblems = element('bundle-problems');
const widgetFields = element<HTMLFieldSetElement>('widget-fields');
const widgetSelect = element<HTMLSelectElement>('widget');
const entitySelect = element<HTMLSelectElement>('entity');
const entityLabel = element('entity-label');
const themeSelect = element<HTMLSelectElement>('theme');
const langSelect = element<HTMLSelectElement>('lang');
const optionFields = element('widget-options');
const preview = element('preview');
const elementSnippetArea = element<HTMLTextAreaElement>('element-snippet');
const iframeSnippetArea = element<HTMLTextAreaElement>('iframe-snippet');
const copyElement = element<HTMLButtonElement>('copy-element');
const copyIframe = element<HTMLButtonElement>('copy-iframe');
const copyStatus = element('copy-status');

/** The bundle in use, validated and indexed; undefined while there is none or it has problems. */
let current: { readonly bundle: Bundle; readonly index: BundleIndex } | undefined;

const option = (value: string, label: string): HTMLOptionElement => new Option(label, value);
const count = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const capitalized = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

for (const widget of WIDGETS) widgetSelect.append(option(widget.tag, `${widget.name} (<${widget.tag}>)`));
const selectedWidget = (): WidgetDescription => widgetByTag(widgetSelect.value) ?? WIDGETS[0];

function showProblems(summary: string, problems: readonly string[]): void {
  current = undefined;
  bundleStatus.textContent = '';
  const heading = document.createElement('p');
  heading.textContent = summary;
  const list = document.createElement('ul');
  for (const problem of problems) {
    const item = document.createElement('li');
    item.textContent = problem;
    list.append(item);
  }
  bundleProblems.replaceChildren(heading, ...(problems.length > 0 ? [list] : []));
  bundleProblems.hidden = false;
  widgetFields.disabled = true;
  preview.replaceChildren();
  for (const area of [elementSnippetArea, iframeSnippetArea]) area.value = '';
  copyElement.disabled = copyIframe.disabled = true;
}

/** Checks bundle text with the library's validator; on success, the widget form opens. */
function useBundle(text: string, where: string, address?: string): void {
  const reading = readBundleText(text, where);
  if (!reading.valid) {
    const { error, problems } = reading;
    // Text that is no bundle at all has one problem, at its root: said in one line.
    if (error.code === 'bundle-invalid') showProblems(`${where} is not a valid bundle: ${count(problems.length, 'problem')} to fix.`, problems.map(formatProblem));
    else showProblems(`${where} ${problems[0].message}`, []);
    return;
  }
  const bundle = address ? withAbsoluteLinks(reading.bundle, address) : reading.bundle;
  current = { bundle, index: new BundleIndex(bundle, address) };
  bundleProblems.hidden = true;
  bundleProblems.replaceChildren();
  const { actors, places, quotes, crossings, meta } = bundle;
  const title = localeFor('en', meta.language).pick(meta.title)?.text ?? meta.id;
  const contents = `${count(actors.length, 'actor')}, ${count(places.length, 'place')}, ${count(quotes.length, 'quote')}, ${count(crossings.length, 'crossing')}`;
  bundleStatus.textContent = address
    ? `Loaded “${title}”: ${contents}.`
    : `Using the pasted bundle “${title}” (${contents}) for the preview. The snippets load the bundle from the URL above: publish it there.`;
  fillLanguages(bundle);
  widgetFields.disabled = false;
  copyElement.disabled = copyIframe.disabled = false;
  fillEntities();
}

async function loadFromUrl(): Promise<void> {
  const typed = bundleUrl.value.trim();
  let url: URL;
  try {
    url = new URL(typed, location.href);
  } catch {
    showProblems(`“${typed}” is not a web address.`, []);
    return;
  }
  bundleStatus.textContent = `Loading ${url.href}…`;
  let fetched: BundleText;
  try {
    // The widgets' own request: the same time limit, size cap and revalidation, the same messages.
    fetched = await fetchBundleText(url.href, { addressField: 'the bundle URL' });
  } catch (error) {
    showProblems((error as BundleError).message, []);
    return;
  }
  useBundle(fetched.text, `The bundle at ${url.href}`, fetched.baseUrl);
}

const languageName = (tag: string): string => {
  try {
    return new Intl.DisplayNames('en', { type: 'language' }).of(tag) ?? tag;
  } catch {
    return tag;
  }
};

/** The bundle's own language first, then English and Arabic (the interface's) and any its text has. */
function fillLanguages({ meta }: Bundle): void {
  const chosen = langSelect.value;
  const inText = typeof meta.title === 'string' ? [] : Object.keys(meta.title);
  const languages = [...new Set(['en', 'ar', ...inText].filter((tag) => tag !== meta.language))];
  langSelect.replaceChildren(
    option('', `The bundle’s: ${languageName(meta.language)} (${meta.language})`),
    ...languages.map((tag) => option(tag, `${languageName(tag)} (${tag})`)),
  );
  langSelect.value = languages.includes(chosen) ? chosen : '';
}

const languageOf = (bundle: Bundle) => langSelect.value || bundle.meta.language;

function fillEntities(): void {
  if (!current) return;
  const widget = selectedWidget();
  const chosen = entitySelect.value;
  const choices = entityChoices(current.index, widget, languageOf(current.bundle));
  entityLabel.textContent = capitalized(widget.entity.noun);
  entitySelect.replaceChildren(...choices.map(({ id, label }) => option(id, label)));
  if (choices.some(({ id }) => id === chosen)) entitySelect.value = chosen;
  if (choices.length === 0) entitySelect.append(option('', `The bundle has no ${widget.entity.noun}s`));
  fillOptions();
}

/** A control for one of the widget's own options, keeping the value it had. */
function optionField(spec: WidgetOption, index: BundleIndex): HTMLElement {
  const id = `option-${spec.attribute}`;
  const previous = document.getElementById(id) as HTMLInputElement | HTMLSelectElement | null;
  const field = document.createElement('div');
  field.className = spec.kind === 'flag' ? 'field flag' : 'field';
  const label = document.createElement('label');
  label.htmlFor = id;
  label.textContent = spec.label;
  let control: HTMLInputElement | HTMLSelectElement;
  switch (spec.kind) {
    case 'flag': {
      const checkbox = document.createElement('input');
      checkbox.type = 'checkbox';
      checkbox.checked = previous instanceof HTMLInputElement && previous.checked;
      control = checkbox;
      break;
    }
    case 'heading-level': {
      const select = document.createElement('select');
      select.append(...[1, 2, 3, 4, 5, 6].map((level) => option(String(level), level === 3 ? '3 (default)' : String(level))));
      select.value = previous?.value || '3';
      control = select;
      break;
    }
    case 'date': {
      // The dates the bundle has snapshots for, at the chosen place(s): each is a state of the widget.
      const dates = [...new Set(entitySelect.value.split(/\s+/).flatMap((place) => index.snapshotsOf(place).map((snapshot) => machineDate(snapshot.asOf))))].sort();
      const select = document.createElement('select');
      select.append(option('', 'The latest'), ...dates.map((date) => option(date, date)));
      select.value = dates.includes(previous?.value ?? '') ? previous!.value : '';
      control = select;
      break;
    }
    case 'text': {
      const input = document.createElement('input');
      input.type = 'text';
      input.value = previous?.value ?? '';
      control = input;
      break;
    }
  }
  control.id = id;
  control.dataset.attribute = spec.attribute;
  field.append(...(spec.kind === 'flag' ? [control, label] : [label, control]));
  return field;
}

function fillOptions(): void {
  if (!current) return;
  const widget = selectedWidget();
  const { index } = current;
  optionFields.replaceChildren(...widget.options.map((spec) => optionField(spec, index)));
  update();
}

/** The widget's attributes as chosen, defaults left out: entity, options, language, theme. */
function chosenAttributes(widget: WidgetDescription): Map<string, string> {
  const attributes = new Map<string, string>([[widget.entity.attribute, entitySelect.value]]);
  for (const control of optionFields.querySelectorAll<HTMLInputElement | HTMLSelectElement>('[data-attribute]')) {
    const name = control.dataset.attribute!;
    if (control instanceof HTMLInputElement && control.type === 'checkbox') {
      if (control.checked) attributes.set(name, '');
    } else if (control.value && !(name === 'heading-level' && control.value === '3')) attributes.set(name, control.value);
  }
  if (langSelect.value) attributes.set('lang', langSelect.value);
  if (themeSelect.value !== THEMES[0]) attributes.set('theme', themeSelect.value);
  return attributes;
}

/** The live preview (the real element, given the bundle in use) and both snippets. */
function update(): void {
  if (!current || !entitySelect.value) return;
  const { bundle, index } = current;
  const widget = selectedWidget();
  const attributes = chosenAttributes(widget);
  const widgetElement = document.createElement(widget.tag) as HTMLElement & { bundle?: unknown };
  for (const [name, value] of attributes) widgetElement.setAttribute(name, value);
  widgetElement.bundle = bundle;
  preview.replaceChildren(widgetElement);

  const lang = languageOf(bundle);
  const request: SnippetRequest = {
    widget,
    attributes,
    bundleUrl: new URL(bundleUrl.value.trim(), location.href).href,
    pageUrl: location.href,
    fallback: fallbackLine(index, widget, attributes, lang),
    title: `${entityName(index, widget, entitySelect.value, lang)}: ${widget.name.toLowerCase()}`,
  };
  elementSnippetArea.value = elementSnippet(request);
  iframeSnippetArea.value = iframeSnippet(request);
  copyStatus.textContent = '';
  // Once the preview shows its data, the snippet reserves the height it took (in rem, half a
  // rem up), so the article does not jump when the widget loads on the real page.
  widgetElement.addEventListener(
    'nw-ready',
    () => {
      const rootFontSize = parseFloat(getComputedStyle(document.documentElement).fontSize);
      const reserveRem = Math.ceil((widgetElement.getBoundingClientRect().height / rootFontSize) * 2) / 2;
      if (preview.contains(widgetElement)) elementSnippetArea.value = elementSnippet({ ...request, reserveRem });
    },
    { once: true },
  );
}

async function copy(area: HTMLTextAreaElement, what: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(area.value);
    copyStatus.textContent = `Copied the ${what}.`;
  } catch {
    // No clipboard access (an insecure page, or the browser refused): leave it to the keyboard.
    area.focus();
    area.select();
    copyStatus.textContent = `This browser did not let the page copy. The ${what} is selected: press Ctrl+C (⌘C on a Mac).`;
  }
}

bundleForm.addEventListener('submit', (event) => {
  event.preventDefault();
  void loadFromUrl();
});
pasteForm.addEventListener('submit', (event) => {
  event.preventDefault();
  useBundle(bundleText.value, 'The pasted bundle');
});
// Everything in the widget form applies as it changes; Enter in a text option must not reload the page.
element<HTMLFormElement>('widget-form').addEventListener('submit', (event) => event.preventDefault());
widgetSelect.addEventListener('change', fillEntities);
langSelect.addEventListener('change', fillEntities);
entitySelect.addEventListener('change', fillOptions);
themeSelect.addEventListener('change', update);
optionFields.addEventListener('change', update);
copyElement.addEventListener('click', () => void copy(elementSnippetArea, 'custom-element snippet'));
copyIframe.addEventListener('click', () => void copy(iframeSnippetArea, 'iframe embed'));

void loadFromUrl();
