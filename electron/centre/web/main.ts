import { mount } from 'svelte';
import Charts from './Charts.svelte';
import type { ChartData } from './data';

// The page carries its data as a JSON block (not a script that runs); a page without charts has no mount point.
const target = document.getElementById('centre-charts');
const block = document.getElementById('centre-data');
if (target && block?.textContent) {
  const data = JSON.parse(block.textContent) as ChartData;
  target.replaceChildren();
  mount(Charts, { target, props: { data } });
}
