-- 社工路 centre service, schema 1. Times are epoch milliseconds (bigint) set by the service's clock.

CREATE TABLE centres (
  id serial PRIMARY KEY,
  name text NOT NULL,
  created_at bigint NOT NULL
);

CREATE TABLE teachers (
  id serial PRIMARY KEY,
  centre_id integer NOT NULL REFERENCES centres (id),
  username text NOT NULL UNIQUE,
  display_name text NOT NULL,
  -- scrypt$N$r$p$salt$hash (node:crypto scrypt)
  password_hash text NOT NULL,
  created_at bigint NOT NULL
);

CREATE TABLE sessions (
  -- sha256 of the cookie value: a leaked database holds no usable session.
  token_hash text PRIMARY KEY,
  teacher_id integer NOT NULL REFERENCES teachers (id) ON DELETE CASCADE,
  created_at bigint NOT NULL,
  expires_at bigint NOT NULL
);
CREATE INDEX sessions_teacher ON sessions (teacher_id);

CREATE TABLE classes (
  id serial PRIMARY KEY,
  teacher_id integer NOT NULL REFERENCES teachers (id) ON DELETE CASCADE,
  name text NOT NULL,
  -- the 班级码 learners type in
  code text NOT NULL UNIQUE,
  created_at bigint NOT NULL
);
CREATE INDEX classes_teacher ON classes (teacher_id);

CREATE TABLE learners (
  id serial PRIMARY KEY,
  class_id integer NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
  name text NOT NULL,
  -- sha256 of the 个人码 that joins this learner from a second PC
  personal_code_hash text NOT NULL,
  consent_at bigint NOT NULL,
  enrolled_at bigint NOT NULL,
  UNIQUE (class_id, name)
);

CREATE TABLE machines (
  id serial PRIMARY KEY,
  -- sha256 of the bearer token; the token itself is only ever on the PC
  token_hash text NOT NULL UNIQUE,
  label text,
  created_at bigint NOT NULL,
  last_seen_at bigint,
  revoked_at bigint
);

CREATE TABLE machine_learners (
  machine_id integer NOT NULL REFERENCES machines (id) ON DELETE CASCADE,
  learner_id integer NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
  enrolled_at bigint NOT NULL,
  PRIMARY KEY (machine_id, learner_id)
);
CREATE INDEX machine_learners_learner ON machine_learners (learner_id);

-- Immutable study events. UNIQUE (learner_id, event_id) makes every push idempotent.
CREATE TABLE events (
  seq bigserial PRIMARY KEY,
  learner_id integer NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
  event_id text NOT NULL,
  machine_id integer NOT NULL REFERENCES machines (id),
  kind text NOT NULL CHECK (kind IN ('answer', 'case', 'exam')),
  at bigint NOT NULL,
  day date NOT NULL,
  question_id text,
  chapter text,
  correct boolean,
  score real,
  max_score real,
  pass_line real,
  payload jsonb NOT NULL,
  received_at bigint NOT NULL,
  UNIQUE (learner_id, event_id)
);
-- pull: a learner's events after a cursor
CREATE INDEX events_learner_seq ON events (learner_id, seq);
-- dashboard: a learner's mock sittings
CREATE INDEX events_learner_kind_day ON events (learner_id, kind, day);

-- Counters the dashboard reads, kept in the same transaction as the events they count (so a class of 500 learners
-- with a year of history each is read from a few thousand rows, not millions).
CREATE TABLE learner_stats (
  learner_id integer PRIMARY KEY REFERENCES learners (id) ON DELETE CASCADE,
  answers integer NOT NULL DEFAULT 0,
  correct integer NOT NULL DEFAULT 0,
  items integer NOT NULL DEFAULT 0
);
CREATE TABLE learner_items (
  learner_id integer NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
  question_id text NOT NULL,
  PRIMARY KEY (learner_id, question_id)
);
CREATE TABLE learner_chapter_stats (
  learner_id integer NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
  chapter text NOT NULL,
  answers integer NOT NULL DEFAULT 0,
  correct integer NOT NULL DEFAULT 0,
  PRIMARY KEY (learner_id, chapter)
);
CREATE TABLE learner_days (
  learner_id integer NOT NULL REFERENCES learners (id) ON DELETE CASCADE,
  day date NOT NULL,
  PRIMARY KEY (learner_id, day)
);

CREATE TABLE assignments (
  id serial PRIMARY KEY,
  class_id integer NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
  kind text NOT NULL CHECK (kind IN ('practice', 'mock')),
  title text NOT NULL,
  target text NOT NULL,
  due_day date NOT NULL,
  created_at bigint NOT NULL
);
CREATE INDEX assignments_class ON assignments (class_id, due_day);
