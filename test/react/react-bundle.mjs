/**
 * What the React wrapper tests run: React, ReactDOM and the wrappers (from src/), bundled into
 * one ES module by react-bundle-server.mjs, because React is CommonJS, which the test runner
 * does not serve as modules. The elements come in through the wrappers, as in an app.
 */
export { createElement, version } from 'react';
export { createRoot } from 'react-dom/client';
export { flushSync } from 'react-dom';
export * as wrappers from '../../src/react/index.ts';
