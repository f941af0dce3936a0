-- The class's question banks, uploaded by its teacher (validated by the app's bank validator on upload) and pulled by
-- the class's PCs: the stored content is the bank file the PCs write, its sha256 tells them when it changed.
CREATE TABLE banks (
  id serial PRIMARY KEY,
  class_id integer NOT NULL REFERENCES classes (id) ON DELETE CASCADE,
  name text NOT NULL,
  content text NOT NULL,
  hash text NOT NULL,
  uploaded_at bigint NOT NULL,
  UNIQUE (class_id, name)
);
