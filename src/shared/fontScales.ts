/** Text-size steps offered to learners; the step index is stored in settings. */
export const FONT_SCALES = [1, 1.15, 1.3, 1.5] as const;
