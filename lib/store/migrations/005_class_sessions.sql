-- Class sessions (classroom mode): a teacher starts a session for a lesson and gets a short code;
-- students join with the code and a display name (no accounts) and their answers are kept here.
-- Tokens are stored as SHA-256 hashes: the database never holds a secret a reader could reuse.
CREATE TABLE class_sessions (
  id serial PRIMARY KEY,
  code text NOT NULL UNIQUE,
  lesson text NOT NULL,
  teacher_hash text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  closed_at timestamptz
);

CREATE TABLE class_students (
  id serial PRIMARY KEY,
  session_id int NOT NULL REFERENCES class_sessions (id) ON DELETE CASCADE,
  name text NOT NULL,
  -- the name as compared for duplicates (case, spacing, hamza and diacritics folded)
  name_key text NOT NULL,
  token_hash text NOT NULL UNIQUE,
  joined_at timestamptz NOT NULL DEFAULT now(),
  UNIQUE (session_id, name_key)
);

-- One row per student and item (a loaded term of an article in spot-the-framing, a passage in
-- guess-the-outlet): the primary key makes a retried POST, or a second round, change nothing.
CREATE TABLE class_answers (
  session_id int NOT NULL REFERENCES class_sessions (id) ON DELETE CASCADE,
  student_id int NOT NULL REFERENCES class_students (id) ON DELETE CASCADE,
  item text NOT NULL,
  game text NOT NULL CHECK (game IN ('spot', 'guess')),
  article text NOT NULL,
  outlet text NOT NULL,
  term text,
  target text,
  text text NOT NULL,
  outcome text NOT NULL CHECK (outcome IN ('found', 'missed', 'right', 'wrong')),
  target_right boolean,
  guessed text,
  answered_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (session_id, student_id, item)
);
CREATE INDEX class_answers_session ON class_answers (session_id, game, outcome);
