-- Every attempt of a delivery (the dashboard's timeline and the admin API's history): GitHub's
-- status, its message and x-github-request-id, how long the call took. The same table as the Node
-- outbox's migration 4; written with the settle that records the attempt, purged with its delivery.
CREATE TABLE IF NOT EXISTS delivery_attempts (
  id TEXT NOT NULL,
  n INTEGER NOT NULL,
  at INTEGER NOT NULL,
  outcome TEXT NOT NULL,
  status INTEGER,
  request_id TEXT,
  message TEXT,
  ms INTEGER,
  step TEXT NOT NULL,
  PRIMARY KEY (id, n)
) WITHOUT ROWID;
