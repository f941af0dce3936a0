-- 打卡 streaks without reading every study day: each learner's latest run of consecutive study days (up to the
-- centre's today when it was computed), kept up to date by each push.
ALTER TABLE learner_stats ADD COLUMN last_day date;
ALTER TABLE learner_stats ADD COLUMN run_start date;
