/**
 * The outbox schema is versioned (`PRAGMA user_version`) and migrated at open: databases written
 * before versioning keep their rows, new files start at the latest version, and a file from a
 * newer release is refused with a message naming it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS, SCHEMA_VERSION } from '../../src/node/sqlite-schema.js';
import { openSqliteStore } from '../../src/node/sqlite-store.js';
import { newDelivery } from './store-contract.js';

/**
 * The schema as releases before versioning wrote it (copied from src/node/sqlite-schema.ts as it
 * stood then): those databases have these tables and user_version 0.
 */
const UNVERSIONED_SCHEMA = `
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
`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'w2g-migrate-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** Reads a database with a plain connection (the store closed). */
function inspect(file: string) {
  const raw = new Database(file, { readonly: true });
  try {
    return {
      version: raw.pragma('user_version', { simple: true }) as number,
      schema: raw.prepare("SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY name").all(),
    };
  } finally {
    raw.close();
  }
}

describe('sqlite schema migrations', () => {
  it('lists migrations as versions 1, 2, … in order, the last being the latest', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual(MIGRATIONS.map((_, i) => i + 1));
    expect(SCHEMA_VERSION).toBe(MIGRATIONS.length);
  });

  it('migrates an unversioned outbox (user_version 0, tables present) and keeps its rows', async () => {
    const file = join(dir, 'old.db');
    const old = new Database(file);
    old.pragma('journal_mode = WAL');
    old.exec(UNVERSIONED_SCHEMA);
    // A delivered row as the old code left it: GitHub's answer kept, the credential erased.
    old
      .prepare(
        `INSERT INTO deliveries (id, owner, repo, repo_key, event_type, body_json, pace_key, credential, dedupe_key, status,
         attempts, received_at, next_attempt_at, last_status, response, settled_at)
       VALUES ('old-1', 'Octo', 'Hello', 'octo/hello', 'webhook', @body, 'k1', NULL, 'octo/hello\nevt-9', 'delivered',
         1, 1700000000000, 1700000000000, 204, @response, 1700000000500)`,
      )
      .run({
        body: JSON.stringify({ event_type: 'webhook', client_payload: { id: 'old-1', path: '/grüße', body: '{"text":"naïve ☃"}' } }),
        response: JSON.stringify({ status: 204, headers: { 'x-github-request-id': 'C0DE:1A2B3:4C5D6E:7F8A9B:65A1B2C3' }, body: '' }),
      });
    expect(old.pragma('user_version', { simple: true })).toBe(0);
    old.close();

    const store = openSqliteStore(file);
    expect(await store.get('old-1')).toMatchObject({
      id: 'old-1',
      owner: 'Octo',
      status: 'delivered',
      attempts: 1,
      dedupeKey: 'octo/hello\nevt-9',
      credential: null,
      lastStatus: 204,
      response: { status: 204, body: '' },
      settledAt: 1_700_000_000_500,
    });
    expect(JSON.parse((await store.get('old-1'))!.bodyJson)).toMatchObject({ client_payload: { path: '/grüße' } });
    // Still a working outbox after the migration.
    const d = newDelivery();
    expect(await store.enqueue(d, 0)).toEqual({ kind: 'created' });
    await store.close();

    const migrated = inspect(file);
    expect(migrated.version).toBe(SCHEMA_VERSION);
    // The same schema a new file gets.
    const fresh = join(dir, 'fresh.db');
    await openSqliteStore(fresh).close();
    expect(migrated.schema).toEqual(inspect(fresh).schema);
    // Opening again changes nothing.
    const again = openSqliteStore(file);
    expect((await again.list({})).deliveries.map((x) => x.id)).toEqual([d.id, 'old-1']);
    await again.close();
    expect(inspect(file).version).toBe(SCHEMA_VERSION);
  });

  it('gives a new file the latest version', async () => {
    const file = join(dir, 'new.db');
    const store = openSqliteStore(file);
    await store.enqueue(newDelivery(), 0);
    await store.close();
    const { version, schema } = inspect(file);
    expect(version).toBe(SCHEMA_VERSION);
    expect(schema).toContainEqual(expect.objectContaining({ type: 'table', name: 'deliveries' }));
  });

  it('refuses a database from a newer release, naming the file and its version, and leaves it as it was', async () => {
    const file = join(dir, 'newer.db');
    const newer = new Database(file);
    newer.exec('CREATE TABLE deliveries (seq INTEGER PRIMARY KEY, future_column TEXT)');
    newer.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    newer.close();
    const before = inspect(file);

    let message = '';
    try {
      openSqliteStore(file);
    } catch (err) {
      message = err instanceof Error ? err.message : String(err);
    }
    expect(message).toContain(file);
    expect(message).toContain(`schema version ${SCHEMA_VERSION + 1}`);
    expect(message).toMatch(/newer/);
    expect(inspect(file)).toEqual(before);
    // The refused file was closed: another connection can take the write lock at once.
    const other = new Database(file, { timeout: 0 });
    other.exec('BEGIN IMMEDIATE; ROLLBACK');
    other.close();
  });

  it('refuses an unversioned file whose deliveries table is not an outbox', () => {
    const file = join(dir, 'foreign.db');
    const foreign = new Database(file);
    foreign.exec('CREATE TABLE deliveries (tracking_number TEXT, address TEXT)');
    foreign.close();
    expect(() => openSqliteStore(file)).toThrow(
      new RegExp(`${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} has a deliveries table that is not a webhook2github outbox`),
    );
    expect(inspect(file).version).toBe(0);
  });
});
