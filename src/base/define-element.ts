/** Tags this copy of news-widgets found taken, to be named in one warning. */
let skipped: string[] = [];

function warnSkipped(): void {
  const tags = skipped.map((tag) => `<${tag}>`);
  skipped = [];
  const named = tags.length === 1 ? tags[0] : `${tags.slice(0, -1).join(', ')} and ${tags[tags.length - 1]}`;
  console.warn(
    tags.length === 1
      ? `news-widgets: ${named} is already defined on this page by another script (perhaps a second copy of news-widgets); that definition is kept and this one skipped. Load news-widgets once.`
      : `news-widgets: ${named} are already defined on this page by another script (perhaps a second copy of news-widgets); those definitions are kept and these skipped. Load news-widgets once.`,
  );
}

/**
 * Defines a tag if the name is still free. A page that already has the name (a second copy of
 * news-widgets, or another library's element) keeps its own, and gets one clear warning: the
 * tags one copy finds taken while its modules run are named together, not one warning each.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === constructor) return;
  if (existing) {
    if (skipped.length === 0) queueMicrotask(warnSkipped);
    skipped.push(tag);
    return;
  }
  customElements.define(tag, constructor);
}
