/** Text-size steps offered to learners; the step index is stored in settings. */
export const FONT_SCALES = [1, 1.15, 1.3, 1.5] as const;

/** The mock exam's own 字号 (小 / 中 / 大), kept per learner across sittings and resumes; 中 by default. */
export const EXAM_FONT_STEPS = 3;
