/**
 * Defines a tag if the name is still free. A page that already has the name (a second copy of
 * news-widgets, or another library's element) keeps its own, and gets one clear warning.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  const existing = customElements.get(tag);
  if (existing === constructor) return;
  if (existing) {
    console.warn(
      `news-widgets: <${tag}> is already defined on this page by another script (perhaps a second copy of news-widgets); that definition is kept and this one skipped. Load news-widgets once.`,
    );
    return;
  }
  customElements.define(tag, constructor);
}
