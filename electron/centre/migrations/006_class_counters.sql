-- Per class and chapter: the class's answers and right answers, always the sum of its learners' learner_chapter_stats
-- (moved by the same push, and taken back when a learner is deleted), so the heat map reads a few rows per chapter
-- instead of learners × chapters. Each learner counts in one of 16 shards (learner id mod 16): the PCs of one class
-- pushing at once then rarely wait on the same row until the other's push commits.
CREATE TABLE class_chapter_stats (
  class_id integer NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
  chapter text NOT NULL,
  shard smallint NOT NULL,
  answers integer NOT NULL DEFAULT 0,
  correct integer NOT NULL DEFAULT 0,
  PRIMARY KEY (class_id, chapter, shard)
);
INSERT INTO class_chapter_stats (class_id, chapter, shard, answers, correct)
  SELECT l.class_id, c.chapter, l.id % 16, sum(c.answers), sum(c.correct)
    FROM learner_chapter_stats c JOIN learners l ON l.id = c.learner_id
   GROUP BY l.class_id, c.chapter, l.id % 16;
-- The dashboard reads only mock sittings and plan events from events: an index of those alone, instead of one over
-- every answer (which each push had to keep up for every row it wrote).
CREATE INDEX events_learner_kind_day_rare ON events (learner_id, kind, day) WHERE kind IN ('exam', 'plan');
DROP INDEX events_learner_kind_day;
