/*
 * Loaded first by every host page (a classic external script, so that a strict CSP allows it):
 * records uncaught errors, Content-Security-Policy violations, console warnings and whether an
 * injected handler ran, from before any other script, for the test in the parent frame to read.
 */
window.__nwWatch = { errors: [], violations: [], warnings: [], injected: 0 };

window.addEventListener('error', (event) => {
  window.__nwWatch.errors.push(String(event.error ?? event.message));
});
window.addEventListener('unhandledrejection', (event) => {
  window.__nwWatch.errors.push(String(event.reason));
});
document.addEventListener(
  'securitypolicyviolation',
  (event) => {
    window.__nwWatch.violations.push(`${event.violatedDirective} blocked ${event.blockedURI || 'inline'} at ${event.sourceFile}:${event.lineNumber}`);
  },
  true,
);
const warn = console.warn.bind(console);
console.warn = (...args) => {
  window.__nwWatch.warnings.push(args.map(String).join(' '));
  warn(...args);
};
