import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import '../src/all.js';
import { SEED_URL } from './helpers/bundles.js';
import { expectWidgetStates } from './helpers/checks.js';
import { broadsheet, digital } from './helpers/house-styles.js';

/** A `<style>` element with the given CSS (Lit does not bind inside <style>). */
function styleElement(css: string): HTMLStyleElement {
  const style = document.createElement('style');
  style.textContent = css;
  return style;
}

/** All four widgets with the seed bundle, as an article would place them. */
const allFour = (houseClass: string, css?: string): TemplateResult =>
  html`<div class=${houseClass} style="max-inline-size: 44rem">
    ${css ? styleElement(css) : ''}
    <actor-card src=${SEED_URL} actor="sdf"></actor-card>
    <control-bar src=${SEED_URL} place="deir-al-zour-province"></control-bar>
    <quote-block src=${SEED_URL} quote="velayati-field"></quote-block>
    <border-crossing-status src=${SEED_URL} crossing="qaim-bukamal"></border-crossing-status>
  </div>`;

const markup = (houseClass: string) => `<div class="${houseClass}">
  <actor-card src="${SEED_URL}" actor="sdf"></actor-card>
  <control-bar src="${SEED_URL}" place="deir-al-zour-province"></control-bar>
  <quote-block src="${SEED_URL}" quote="velayati-field"></quote-block>
  <border-crossing-status src="${SEED_URL}" crossing="qaim-bukamal"></border-crossing-status>
</div>`;

const meta = {
  title: 'Guides/Theming',
  tags: ['!autodocs'],
  play: expectWidgetStates,
} satisfies Meta;

export default meta;
type Story = StoryObj;

/** The widgets as they come, for comparison. */
export const AsTheyCome: Story = {
  render: () => allFour('house-none'),
  parameters: { docs: { source: { code: markup('house-none') } } },
};

/** A serif broadsheet house style. */
export const Broadsheet: Story = {
  render: () => allFour('house-broadsheet', broadsheet),
  parameters: { docs: { source: { code: `<style>\n${broadsheet}\n</style>\n\n${markup('house-broadsheet')}` } } },
};

/** A bold digital house style. */
export const Digital: Story = {
  render: () => allFour('house-digital', digital),
  parameters: { docs: { source: { code: `<style>\n${digital}\n</style>\n\n${markup('house-digital')}` } } },
};
