/**
 * The page side of the growth benchmark: how long a bundle of a given size takes to parse,
 * validate and index, and how long one widget takes to render from it. Bundled by esbuild
 * from the sources (production Lit) into bench/tmp/lib.js.
 */
import { ActorCard, BorderCrossingStatus, ControlBar, QuoteBlock } from '../../src/all.ts';
import { BundleIndex, indexBundleObject, validateBundle } from '../../src/index.ts';

// Named imports keep the self-defining entries in the bundle (package.json marks the sources
// free of side effects); check that they defined their tags.
for (const [tag, element] of Object.entries({ 'actor-card': ActorCard, 'control-bar': ControlBar, 'quote-block': QuoteBlock, 'border-crossing-status': BorderCrossingStatus })) {
  if (customElements.get(tag) !== element) throw new Error(`<${tag}> is not defined`);
}

const WIDGETS = [
  ['actor-card', 'actor', 'actor-0'],
  ['control-bar', 'place', 'place-0'],
  ['quote-block', 'quote', 'quote-0'],
  ['border-crossing-status', 'crossing', 'crossing-0'],
];

async function renderMs(tag, attribute, id, bundle) {
  const widget = document.createElement(tag);
  widget.setAttribute(attribute, id);
  widget.bundle = bundle;
  const ready = new Promise((resolve) => widget.addEventListener('nw-ready', resolve, { once: true }));
  const started = performance.now();
  document.body.append(widget);
  await ready;
  const elapsed = performance.now() - started;
  widget.remove();
  return elapsed;
}

window.measureGrowth = async (text) => {
  const started = performance.now();
  const data = JSON.parse(text);
  const parsed = performance.now();
  const result = validateBundle(data);
  const validated = performance.now();
  if (!result.valid) throw new Error(`generated bundle invalid: ${result.problems[0].path}: ${result.problems[0].message}`);
  new BundleIndex(result.bundle, location.href);
  const indexed = performance.now();
  // A page validates a bundle once, with the validator's code not yet optimised ("cold"); a
  // second run shows the same work once the engine has warmed to it.
  const again = JSON.parse(text);
  const warmStarted = performance.now();
  validateBundle(again);
  const warmValidateMs = performance.now() - warmStarted;

  // The widgets read the bundle the way the loader hands it over: validated and indexed once.
  const bundle = JSON.parse(text);
  indexBundleObject(bundle);
  const figures = { parseMs: parsed - started, validateMs: validated - parsed, warmValidateMs, indexMs: indexed - validated };
  for (const [tag, attribute, id] of WIDGETS) {
    // The first widget of a kind may build a lazy lookup (relations, places held) for the whole
    // bundle; the second shows what every further widget costs.
    figures[`${tag} firstMs`] = await renderMs(tag, attribute, id, bundle);
    figures[`${tag} nextMs`] = await renderMs(tag, attribute, id, bundle);
  }
  return figures;
};
