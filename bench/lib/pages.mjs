/**
 * The benchmark's article pages: N widgets of all four kinds reading one bundle URL, the way
 * news-widgets embeds them, or the same N as pym.js iframes (one child page per widget), the
 * way newsrooms embed graphics today.
 */
const SEED_ENTITIES = [
  ['actor-card', 'actor', ['sdf', 'islamic-state', 'iraqi-forces', 'russia', 'iran', 'syrian-government']],
  ['control-bar', 'place', ['deir-al-zour-province', 'qaim', 'bukamal', 'raqqa', 'anbar-province']],
  ['quote-block', 'quote', ['velayati-raqqa', 'alia-mohamed', 'velayati-partition', 'ubaidi-holdouts', 'hosna-quraya-return']],
  ['border-crossing-status', 'crossing', ['qaim-bukamal']],
];

/** The i-th widget of a page: kinds in turn, entities in turn within each kind. */
export function widgetAt(index) {
  const [tag, attribute, ids] = SEED_ENTITIES[index % SEED_ENTITIES.length];
  return { tag, attribute, id: ids[Math.floor(index / SEED_ENTITIES.length) % ids.length] };
}

const escapeAttribute = (text) => text.replaceAll('&', '&amp;').replaceAll('"', '&quot;');

const PARAGRAPH =
  'The Islamic State now maintains just a few pockets of western Anbar Province in Iraq and somewhat larger patches in Syria.';

/**
 * The page for `?n=&mode=widgets|pym&delay=&refresh=&reserve=0`. `reserves` holds, per
 * "tag id", the height in rem the embed builder would write on the tag (measured by the
 * benchmark at this page's column width); `reserve=0` leaves it off.
 */
export function benchPage(params, reserves = new Map()) {
  const count = Number(params.get('n') ?? 4);
  const mode = params.get('mode') ?? 'widgets';
  const delay = Number(params.get('delay') ?? 0);
  const refresh = params.get('refresh');
  const bundle = `/bench/bundle.json?delay=${delay}`;
  const items = [];
  for (let index = 0; index < count; index++) {
    const { tag, attribute, id } = widgetAt(index);
    if (mode === 'pym') {
      const query = new URLSearchParams({ widget: tag, [attribute]: id, src: bundle });
      if (refresh) query.set('refresh', refresh);
      items.push(
        `<div id="embed-${index}"></div>\n<script>new pym.Parent('embed-${index}', ${JSON.stringify(`/dist/embed.html?${query}`)}, {});</script>`,
      );
    } else {
      const reserve = params.get('reserve') === '0' ? undefined : reserves.get(`${tag} ${id}`);
      const style = reserve ? ` style="display: block; min-block-size: ${reserve}rem"` : '';
      items.push(
        `<${tag} src="${escapeAttribute(bundle)}" ${attribute}="${id}"${refresh ? ` refresh="${refresh}"` : ''}${style} data-bench-key="${tag} ${id}"><p>${id}</p></${tag}>`,
      );
    }
    items.push(`<p>${PARAGRAPH}</p>`);
  }
  const script =
    mode === 'pym'
      ? '<script src="/node_modules/pym.js/dist/pym.v1.min.js"></script>'
      : '<script type="module" src="/dist/news-widgets.js"></script>';
  return `<!doctype html>
<html lang="en" data-expected-widgets="${count}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>Benchmark: ${count} ${mode}</title>
${script}
<style>
body { margin: 0; font: 18px/1.6 Georgia, serif; color: #1f1f1f; background: #fbfaf7; }
main { max-width: 42rem; margin: 0 auto; padding: 1rem; }
iframe { border: 0; width: 100%; }
</style>
</head>
<body>
<main><article>
<h1>ISIS, Squeezed on Two Sides, Loses Syrian City and Border Crossing</h1>
<p>${PARAGRAPH}</p>
${items.join('\n')}
</article></main>
</body>
</html>`;
}
