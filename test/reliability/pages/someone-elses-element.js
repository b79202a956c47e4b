/* Another library on the page that got to one of news-widgets' tag names first. */
customElements.define(
  'quote-block',
  class extends HTMLElement {
    connectedCallback() {
      this.dataset.owner = 'someone else';
    }
  },
);
