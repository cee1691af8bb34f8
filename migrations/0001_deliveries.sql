-- The delivery log of the Worker relay in D1: the same columns as the Node relay's SQLite outbox
-- (src/node/sqlite-schema.ts, migrations 1 and 3), so one DeliveryStore contract covers both.
-- Applied with `npx wrangler d1 migrations apply webhook2github --remote` (`--local` for
-- `wrangler dev`); wrangler records what ran in its d1_migrations table. Append new files,
-- never edit this one.
CREATE TABLE IF NOT EXISTS deliveries (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  id TEXT NOT NULL UNIQUE,
  owner TEXT NOT NULL,
  repo TEXT NOT NULL,
  repo_key TEXT NOT NULL,
  event_type TEXT NOT NULL,
  body_json TEXT NOT NULL,
  pace_key TEXT NOT NULL,
  credential TEXT,
  dedupe_key TEXT,
  status TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  received_at INTEGER NOT NULL,
  next_attempt_at INTEGER NOT NULL,
  lease_until INTEGER,
  last_error TEXT,
  last_status INTEGER,
  response TEXT,
  replay_of TEXT,
  settled_at INTEGER,
  workflow TEXT,
  ref TEXT,
  run_id INTEGER,
  run_url TEXT,
  run_html_url TEXT,
  blob_sha TEXT,
  blob_size INTEGER,
  blob_sha256 TEXT,
  blob_uploaded INTEGER
);
CREATE INDEX IF NOT EXISTS deliveries_due ON deliveries(next_attempt_at) WHERE status = 'pending';
CREATE INDEX IF NOT EXISTS deliveries_dedupe ON deliveries(dedupe_key, received_at) WHERE dedupe_key IS NOT NULL;
CREATE INDEX IF NOT EXISTS deliveries_status ON deliveries(status, seq);
CREATE INDEX IF NOT EXISTS deliveries_repo ON deliveries(repo_key, seq);
CREATE INDEX IF NOT EXISTS deliveries_settled ON deliveries(settled_at) WHERE settled_at IS NOT NULL;
-- The lane of one credential (a Durable Object) claims its own pending deliveries in arrival order.
CREATE INDEX IF NOT EXISTS deliveries_lane ON deliveries(pace_key, seq) WHERE status = 'pending';
-- Bytes of a body whose git blob is not stored in the repository yet, in parts: a D1 value holds
-- at most 2 MB (https://developers.cloudflare.com/d1/platform/limits/), a body up to 25 MB.
CREATE TABLE IF NOT EXISTS delivery_bodies (
  id TEXT NOT NULL,
  part INTEGER NOT NULL,
  bytes BLOB NOT NULL,
  PRIMARY KEY (id, part)
);
