/** What the class page hands its charts (a JSON data block, `#centre-data`): chapters weakest first, with titles. */
export interface ChartData {
  chapters: { chapter: string; title: string; answers: number; accuracy: number | null }[];
  learners: { name: string; mocks: { day: string; score: number; passLine: number }[] }[];
}

/** 0–1 accuracy → the heat map's colour (red = teach again … green = fine), the same steps as the page's cells. */
export function heatColour(accuracy: number | null): string {
  if (accuracy === null) return '#c8c8c8';
  const step = Math.min(9, Math.floor(accuracy * 10));
  if (step <= 3) return '#e06666';
  if (step <= 5) return '#f0a05a';
  if (step === 6) return '#e8c84a';
  if (step === 7) return '#a9cf5f';
  return '#5bb36a';
}
