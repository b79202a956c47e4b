// The demo's two switches. A site's own dark-mode toggle sets data-theme on <html>, which every
// widget in theme="auto" follows; the language switch sets lang on the widgets only, because
// the article itself stays in English.
const themeSwitch = document.getElementById('theme-switch');
const languageSwitch = document.getElementById('language-switch');
const WIDGETS = 'actor-card, control-bar, quote-block, border-crossing-status';

themeSwitch.addEventListener('click', () => {
  const dark = themeSwitch.getAttribute('aria-pressed') !== 'true';
  themeSwitch.setAttribute('aria-pressed', String(dark));
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
});

languageSwitch.addEventListener('click', () => {
  const arabic = languageSwitch.getAttribute('aria-pressed') !== 'true';
  languageSwitch.setAttribute('aria-pressed', String(arabic));
  for (const widget of document.querySelectorAll(WIDGETS)) {
    if (arabic) widget.setAttribute('lang', 'ar');
    else widget.removeAttribute('lang');
  }
});

// What an analytics hook would receive.
for (const type of ['nw-ready', 'nw-error', 'nw-interact']) {
  document.addEventListener(type, (event) => console.debug(type, event.target.localName, event.detail));
}
