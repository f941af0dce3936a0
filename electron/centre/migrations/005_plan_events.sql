-- Today's plan (今日学习) as the PCs report it: events of kind 'plan', ids `plan|<day>|open` (the day's plan was
-- made) and `plan|<day>|kept` (it was finished), the day in the learner's time zone. They are stored like every other
-- event (one row per learner and id, so replays add nothing); the dashboard reads a learner's last 7 days of them
-- through events_learner_kind_day (learner_id, kind, day). They are not study days: the 打卡 streak ignores them.
ALTER TABLE events DROP CONSTRAINT events_kind_check;
ALTER TABLE events ADD CONSTRAINT events_kind_check CHECK (kind IN ('answer', 'case', 'exam', 'plan'));
