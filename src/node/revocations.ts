/**
 * Revoked sealed tokens on Node: the `revoked_tokens` table of the outbox database, written by
 * `webhook2github revoke` and read by the running relay on every sealed request (one indexed
 * lookup on its own connection, so a revocation counts from the next request, without a restart).
 */
import Database from 'better-sqlite3';
import { migrateSchema } from './sqlite-schema.js';

/** One revocation. */
export interface Revocation {
  jti: string;
  revokedAt: number;
  note: string | null;
}

/** The revocation list of one database file. */
export interface Revocations {
  isRevoked(jti: string): boolean;
  /** Adds `jti`; false when it was already revoked. */
  revoke(jti: string, at: number, note?: string): boolean;
  list(): Revocation[];
  close(): void;
}

/** Opens the list in the outbox at `file` (migrating the file when needed). */
export function openRevocations(file: string): Revocations {
  const db = new Database(file);
  try {
    db.pragma('busy_timeout = 2000');
    migrateSchema(db, file);
  } catch (err) {
    db.close();
    throw err;
  }
  const has = db.prepare<[string], { one: number }>('SELECT 1 AS one FROM revoked_tokens WHERE jti = ?').pluck();
  const add = db.prepare<[string, number, string | null]>('INSERT OR IGNORE INTO revoked_tokens (jti, revoked_at, note) VALUES (?, ?, ?)');
  const all = db.prepare<[], { jti: string; revoked_at: number; note: string | null }>('SELECT jti, revoked_at, note FROM revoked_tokens ORDER BY revoked_at');
  return {
    isRevoked: (jti) => has.get(jti) !== undefined,
    revoke: (jti, at, note) => add.run(jti, at, note ?? null).changes > 0,
    list: () => all.all().map((r) => ({ jti: r.jti, revokedAt: r.revoked_at, note: r.note })),
    close: () => db.close(),
  };
}
