import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, Tooltip, Legend);

export { Chart };
export const TEXT = '#333';
export const GRID = '#ddd';
export const PASS_COLOUR = '#24527a';

/** A canvas's box height, set through the style object (the page's CSP allows no style attribute). */
export function boxHeight(canvas: HTMLCanvasElement, px: number): void {
  if (canvas.parentElement) canvas.parentElement.style.height = `${px}px`;
}

/** The options of a chart of scores (0 up to at least 100) against the pass line: the mock charts share them. */
export const SCORE_CHART_OPTIONS = {
  animation: false,
  maintainAspectRatio: false,
  color: TEXT,
  scales: {
    x: { ticks: { color: TEXT }, grid: { display: false } },
    y: { min: 0, suggestedMax: 100, ticks: { color: TEXT }, grid: { color: GRID } },
  },
} as const;
