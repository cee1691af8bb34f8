/**
 * The outbox schema as an ordered list of migrations and the version in `PRAGMA user_version`
 * (the rows' mapping to Delivery is core/delivery/row.ts, shared with D1).
 * https://www.sqlite.org/pragma.html#pragma_user_version
 */
import type Database from 'better-sqlite3';

/** One step of the schema: `sql` takes a database at `version - 1` to `version`. */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

/**
 * Every schema change, oldest first; append, never edit. Migration 1 is the schema of releases
 * before versioning (user_version 0 with the tables present): `IF NOT EXISTS` everywhere, so it
 * completes such a database (indexes added later included) without touching its rows.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'the deliveries outbox and its indexes',
    sql: `
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
  settled_at INTEGER
);
CREATE INDEX IF NOT EXISTS deliveries_due ON deliveries(next_attempt_at) WHERE status = 'pending';
CREATE INDEX IF NOT EXISTS deliveries_dedupe ON deliveries(dedupe_key, received_at) WHERE dedupe_key IS NOT NULL;
CREATE INDEX IF NOT EXISTS deliveries_status ON deliveries(status, seq);
CREATE INDEX IF NOT EXISTS deliveries_repo ON deliveries(repo_key, seq);
CREATE INDEX IF NOT EXISTS deliveries_settled ON deliveries(settled_at) WHERE settled_at IS NOT NULL;
`,
  },
  {
    version: 2,
    description: 'sealed token ids revoked with `webhook2github revoke`',
    sql: `
CREATE TABLE IF NOT EXISTS revoked_tokens (
  jti TEXT PRIMARY KEY,
  revoked_at INTEGER NOT NULL,
  note TEXT
) WITHOUT ROWID;
`,
  },
  {
    version: 3,
    description: 'workflow_dispatch targets and their runs; bodies sent as git blobs (their bytes kept until stored)',
    sql: `
ALTER TABLE deliveries ADD COLUMN workflow TEXT;
ALTER TABLE deliveries ADD COLUMN ref TEXT;
ALTER TABLE deliveries ADD COLUMN run_id INTEGER;
ALTER TABLE deliveries ADD COLUMN run_url TEXT;
ALTER TABLE deliveries ADD COLUMN run_html_url TEXT;
ALTER TABLE deliveries ADD COLUMN blob_sha TEXT;
ALTER TABLE deliveries ADD COLUMN blob_size INTEGER;
ALTER TABLE deliveries ADD COLUMN blob_sha256 TEXT;
ALTER TABLE deliveries ADD COLUMN blob_uploaded INTEGER;
CREATE TABLE IF NOT EXISTS delivery_bodies (
  id TEXT PRIMARY KEY,
  bytes BLOB NOT NULL
);
`,
  },
  {
    version: 4,
    description: "every attempt of a delivery (the dashboard's timeline): GitHub's status, message and request id",
    sql: `
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
`,
  },
];

/** The schema version this release writes and reads. */
export const SCHEMA_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Columns every outbox has had since the first release: a `deliveries` table without them is someone else's. */
const V1_COLUMNS = ['seq', 'id', 'owner', 'repo', 'repo_key', 'event_type', 'body_json', 'pace_key', 'status', 'received_at', 'next_attempt_at'];

/**
 * Brings the database to SCHEMA_VERSION: the pending migrations run in one IMMEDIATE transaction
 * (a second process opening the same file waits, then finds nothing to do). Throws, changing
 * nothing, for a database written by a newer release or a `deliveries` table that is not an outbox.
 */
export function migrateSchema(db: Database.Database, file: string): void {
  const versionNow = () => db.pragma('user_version', { simple: true }) as number;
  const refuseNewer = (version: number) => {
    if (version > SCHEMA_VERSION) {
      throw new Error(
        `The outbox database ${file} has schema version ${version}, newer than this release of webhook2github knows (${SCHEMA_VERSION}): a newer release wrote it. Run that release (or a later one), or point --db / W2G_DB at another file.`,
      );
    }
  };
  refuseNewer(versionNow());
  if (versionNow() === SCHEMA_VERSION) return;
  db.transaction(() => {
    // Read again under the write lock: another process may have migrated meanwhile.
    const from = versionNow();
    refuseNewer(from);
    if (from === 0) {
      const columns = new Set(
        db
          .prepare<[], { name: string }>("SELECT name FROM pragma_table_info('deliveries')")
          .all()
          .map((c) => c.name),
      );
      const missing = V1_COLUMNS.filter((c) => !columns.has(c));
      if (columns.size > 0 && missing.length > 0) {
        throw new Error(`${file} has a deliveries table that is not a webhook2github outbox (no ${missing.join(', ')}); point --db / W2G_DB at another file.`);
      }
    }
    for (const m of MIGRATIONS) if (m.version > from) db.exec(m.sql);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
}
