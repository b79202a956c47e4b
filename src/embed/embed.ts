/**
 * The script of dist/embed.html, the page a CMS that strips custom tags and scripts embeds as an
 * iframe: it makes the one widget its URL query names (dist/news-widgets.js defines it) and
 * reports the page's height to the parent page with pym.js, whenever that height changes.
 */
import { readEmbedQuery } from './embed-query.js';
import { attributesOf } from '../catalog/catalog.js';

/** The part of pym.js (loaded by embed.html as a classic script, before this module) used here. */
interface PymChild {
  sendHeight(): string;
}
const { pym } = window as Window & { pym?: { Child: new (config?: object) => PymChild } };

const main = document.querySelector('main')!;
const request = readEmbedQuery(location.search);

if (request.status === 'problem') {
  document.documentElement.lang = 'en';
  document.title = 'Embed: nothing to show';
  const notice = document.createElement('div');
  notice.className = 'embed-notice';
  notice.setAttribute('role', 'alert');
  const heading = document.createElement('p');
  heading.className = 'embed-notice-title';
  heading.textContent = 'This graphic cannot be shown.';
  const detail = document.createElement('p');
  detail.textContent = request.message;
  notice.append(heading, detail);
  main.append(notice);
  console.error(`news-widgets embed: ${request.message}`);
} else {
  const { widget, attributes, ignored } = request;
  // createElement and setAttribute only: query values are never parsed as markup.
  const element = document.createElement(widget.tag);
  for (const [name, value] of attributes) element.setAttribute(name, value);
  const lang = attributes.get('lang');
  if (lang) document.documentElement.lang = lang;
  else {
    // The widget speaks the bundle's language when the address names none; the page says the same.
    const adoptWidgetLanguage = () => {
      const spoken = element.shadowRoot?.querySelector('[part~="base"]')?.getAttribute('lang');
      if (spoken) document.documentElement.lang = spoken;
    };
    element.addEventListener('nw-ready', adoptWidgetLanguage, { once: true });
    element.addEventListener('nw-error', adoptWidgetLanguage, { once: true });
  }
  document.title = `${widget.name}: ${attributes.get(widget.entity.attribute)}`;
  main.append(element);
  if (ignored.length > 0) {
    console.warn(
      `news-widgets embed: ignored ${ignored.map((name) => `“${name}”`).join(', ')} in the address: <${widget.tag}> takes only ${attributesOf(widget).join(', ')}.`,
    );
  }
}

if (pym) {
  const child = new pym.Child();
  // Content (data arriving, a history opened) and width (the parent's column narrowing) both
  // change the body's size; pym.js measures the body and the parent sets the iframe's height.
  new ResizeObserver(() => child.sendHeight()).observe(document.body);
} else {
  console.error('news-widgets embed: pym.js did not load, so the parent page cannot size this frame. Serve pym.v1.min.js beside embed.html.');
}
