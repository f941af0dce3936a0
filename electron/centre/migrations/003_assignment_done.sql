-- Who has done an assignment: a practice assignment when the learner answers in its chapter after it was set, a mock
-- assignment when they submit a sitting of its subject after it was set. Filled by each push.
CREATE TABLE assignment_done (
  assignment_id integer NOT NULL REFERENCES assignments (id) ON DELETE CASCADE,
  learner_id integer NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
  done_at bigint NOT NULL,
  PRIMARY KEY (assignment_id, learner_id)
);
CREATE INDEX assignment_done_learner ON assignment_done (learner_id);
