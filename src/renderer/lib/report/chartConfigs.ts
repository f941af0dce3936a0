import type { ChartConfiguration } from 'chart.js';
import type { Report } from '@shared/ipc/contract';
import { REPORT_MESSAGES as M } from './messages';
import { mockTrend } from './reportView';

const BLUE = '#1f6feb';
const RED = '#c62828';
const GREEN = '#2e7d32';

const localDay = (at: number) => new Date(at).toLocaleDateString('zh-CN');

/** Reviews due per day for the next 30 days. */
export function forecastConfig(days: { date: string; count: number }[]): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: days.map((d, i) => (i === 0 ? M.today : d.date.slice(5))),
      datasets: [{ label: M.forecastLabel, data: days.map((d) => d.count), backgroundColor: BLUE }],
    },
    options: { animation: false, maintainAspectRatio: false, scales: { y: { beginAtZero: true, ticks: { precision: 0 } } } },
  };
}

/** Minutes studied on each of the last seven days. */
export function weekConfig(days: { date: string; minutes: number }[]): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: days.map((d, i) => (i === days.length - 1 ? M.today : d.date.slice(5))),
      datasets: [{ label: M.minutesLabel, data: days.map((d) => Math.round(d.minutes)), backgroundColor: GREEN }],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      plugins: { legend: { display: false } },
      scales: { y: { beginAtZero: true, ticks: { precision: 0 } } },
    },
  };
}

/**
 * A subject's mock scores (100-point scale) in order, with the pass line as a flat line across the whole chart. The x
 * axis is linear so the pass line spans the chart even when there is one exam.
 */
export function trendConfig(mock: Report['mocks'][number], subjectTotal: number): ChartConfiguration<'line'> {
  const { scores, pass } = mockTrend(mock, subjectTotal);
  const n = scores.length;
  const labels = mock.points.map((p) => localDay(p.at));
  return {
    type: 'line',
    data: {
      datasets: [
        { label: M.scoreLabel, data: scores.map((y, x) => ({ x, y })), borderColor: BLUE, backgroundColor: BLUE, pointRadius: 5 },
        {
          label: M.passLineLabel,
          data: [
            { x: -0.5, y: pass },
            { x: n - 0.5, y: pass },
          ],
          borderColor: RED,
          backgroundColor: RED,
          borderDash: [6, 4],
          pointRadius: 0,
        },
      ],
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      scales: {
        x: {
          type: 'linear',
          min: -0.5,
          max: n - 0.5,
          ticks: { stepSize: 1, callback: (v) => (Number.isInteger(v) ? (labels[Number(v)] ?? '') : '') },
        },
        y: { min: 0, max: 100 },
      },
    },
  };
}

/** Accuracy per chapter across a subject's mocks, as horizontal bars. */
export function chapterAccuracyConfig(mock: Report['mocks'][number]): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: mock.chapters.map((c) => c.title),
      datasets: [
        {
          label: M.accuracyLabel,
          data: mock.chapters.map((c) => Math.round(c.accuracy * 100)),
          backgroundColor: mock.chapters.map((c) => (c.accuracy < 0.6 ? RED : BLUE)),
        },
      ],
    },
    options: {
      indexAxis: 'y',
      animation: false,
      maintainAspectRatio: false,
      plugins: { legend: { display: false } },
      scales: { x: { min: 0, max: 100 } },
    },
  };
}
