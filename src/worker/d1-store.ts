/**
 * The D1 driver of the DeliveryStore port: the Worker relay's delivery log, with the same schema
 * as the Node relay's SQLite outbox (migrations/ holds it as `wrangler d1 migrations`). Every
 * write is one statement or one `batch` (a transaction), so a repeat's dedupe check and the
 * insert are one atomic step, and a claim leases only rows no one else holds.
 * It keeps every attempt's record (`attemptsOf`, as the SQLite driver). Beyond the port it can
 * lease the due deliveries of one credential (`claimKey`, for that credential's lane) and list
 * credentials with overdue work (`overdueKeys`, for the sweep).
 * https://developers.cloudflare.com/d1/worker-api/d1-database/
 */
import { toDelivery, type DeliveryRow } from '../core/delivery/row.js';
import {
  pageSize,
  settledFields,
  type ClaimOptions,
  type Delivery,
  type DeliveryStore,
  type EnqueueResult,
  type ListPage,
  type ListQuery,
  type NewDelivery,
  type Settlement,
  type StoreStats,
} from '../core/delivery/store.js';
import { attemptRecordOf, type AttemptRecord } from '../core/delivery/history.js';
import type { D1Database, D1PreparedStatement, D1Value } from './cloudflare.js';

/** What `claimKey` needs: the lane takes at most `limit` due deliveries of its credential. */
export interface KeyClaimOptions {
  now: number;
  leaseMs: number;
  limit: number;
}

/** The D1 store: the port plus what a credential's lane and the sweep need. */
export interface D1DeliveryStore extends DeliveryStore {
  /** Leases up to `limit` due, unleased pending deliveries of one pace key, oldest arrival first. */
  claimKey(paceKey: string, o: KeyClaimOptions): Promise<Delivery[]>;
  /** Pace keys with pending deliveries due before `dueBefore` and no live lease at `now` (at most `limit`). */
  overdueKeys(dueBefore: number, now: number, limit: number): Promise<string[]>;
}

/** Options of the D1 driver. */
export interface D1StoreOptions {
  /** Bytes per stored part of a body kept for its git blob (default 1 MiB; a D1 value holds at most 2 MB). */
  partBytes?: number;
}

const bySeq = (a: DeliveryRow, b: DeliveryRow) => a.seq - b.seq;

/** A BLOB as D1 hands it back (an ArrayBuffer, a view, or an array of byte values). */
function bytesOf(v: unknown): Uint8Array {
  if (v instanceof Uint8Array) return v;
  if (v instanceof ArrayBuffer) return new Uint8Array(v);
  if (ArrayBuffer.isView(v)) return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  if (Array.isArray(v)) return Uint8Array.from(v as number[]);
  throw new Error('d1 store: a stored body part is not bytes');
}

const COLUMNS = [
  'id',
  'owner',
  'repo',
  'repo_key',
  'event_type',
  'body_json',
  'pace_key',
  'credential',
  'dedupe_key',
  'status',
  'attempts',
  'received_at',
  'next_attempt_at',
  'lease_until',
  'replay_of',
  'workflow',
  'ref',
  'blob_sha',
  'blob_size',
  'blob_sha256',
  'blob_uploaded',
] as const;
// prettier-ignore
const INSERT = `INSERT INTO deliveries (${COLUMNS.join(', ')})
  SELECT ${COLUMNS.map((_, i) => `?${i + 1}`).join(', ')}
  WHERE ?${COLUMNS.length + 1} IS NULL OR NOT EXISTS (
    SELECT 1 FROM deliveries WHERE dedupe_key = ?${COLUMNS.length + 1} AND received_at >= ?${COLUMNS.length + 2} AND status IN ('pending', 'delivered'))`;
const DEDUPE = "SELECT * FROM deliveries WHERE dedupe_key = ?1 AND received_at >= ?2 AND status IN ('pending', 'delivered') ORDER BY seq DESC LIMIT 1";
const LEASE_SEQS = `UPDATE deliveries SET lease_until = ?1
  WHERE seq IN (SELECT value FROM json_each(?2)) AND status = 'pending' AND next_attempt_at <= ?3 AND (lease_until IS NULL OR lease_until <= ?3)
  RETURNING *`;
const CLAIM_KEY = `UPDATE deliveries SET lease_until = ?1
  WHERE seq IN (
    SELECT seq FROM deliveries WHERE pace_key = ?2 AND status = 'pending' AND next_attempt_at <= ?3 AND (lease_until IS NULL OR lease_until <= ?3)
    ORDER BY seq LIMIT ?4)
  RETURNING *`;
const SETTLE = `UPDATE deliveries SET status = ?2, attempts = attempts + 1, lease_until = ?3,
    last_error = ?4, last_status = ?5,
    blob_uploaded = CASE WHEN ?6 = 1 THEN 1 ELSE blob_uploaded END,
    run_id = COALESCE(?7, run_id), run_url = COALESCE(?8, run_url), run_html_url = COALESCE(?9, run_html_url),
    next_attempt_at = COALESCE(?10, next_attempt_at),
    response = COALESCE(response, ?11),
    credential = CASE WHEN ?12 = 1 THEN NULL ELSE credential END,
    settled_at = CASE WHEN ?12 = 1 THEN ?13 ELSE NULL END
  WHERE id = ?1 AND status = 'pending'`;
/**
 * What is wrong with the database's schema, or undefined when the migrations have been applied
 * (the message says how to apply them). Throws when D1 cannot be reached at all.
 */
export async function d1SchemaProblem(db: D1Database): Promise<string | undefined> {
  const rows = await db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name IN (${SCHEMA_TABLES.map((t) => `'${t}'`).join(', ')})`)
    .all<{ name: string }>();
  const missing = SCHEMA_TABLES.filter((t) => !rows.results.some((r) => r.name === t));
  if (missing.length === 0) return undefined;
  // Tables of later migrations missing too: code deployed without its migrations.
  return `The D1 database bound as DELIVERIES lacks the table${missing.length > 1 ? 's' : ''} ${missing.join(', ')}: apply the migrations with \`npx wrangler d1 migrations apply webhook2github --remote\` (\`--local\` for \`wrangler dev\`).`;
}

/** The tables migrations/ creates (every one must exist: a deploy without its migrations is refused). */
const SCHEMA_TABLES = ['deliveries', 'delivery_bodies', 'delivery_attempts'] as const;

interface PendingEnqueue {
  d: NewDelivery;
  since: number;
}

interface PendingSettle {
  id: string;
  s: Settlement;
}

/** Most statements in one grouped write. */
const GROUP_MAX = 100;

/**
 * Group commit: writes asked for while an earlier one is on its way to D1 go together as the next
 * `batch` (one transaction, one round trip), so a burst costs a few round trips instead of one
 * each, with no wait added when the database is idle. When a batch fails (nothing of it was
 * written), each of its writes is tried on its own, so one bad row does not fail its neighbours.
 */
function groupCommit<T, R>(runBatch: (items: T[]) => Promise<Promise<R>[]>, runOne: (item: T) => Promise<R>): (item: T) => Promise<R> {
  let waiting: { item: T; resolve: (r: R) => void; reject: (e: unknown) => void }[] = [];
  let busy = false;
  const settleEach = (batch: typeof waiting) => Promise.all(batch.map(async (w) => runOne(w.item).then(w.resolve, w.reject)));
  const drain = async () => {
    busy = true;
    while (waiting.length > 0) {
      const batch = waiting.slice(0, GROUP_MAX);
      waiting = waiting.slice(GROUP_MAX);
      if (batch.length === 1) {
        await settleEach(batch);
        continue;
      }
      let results: Promise<R>[];
      try {
        results = await runBatch(batch.map((w) => w.item));
      } catch {
        await settleEach(batch);
        continue;
      }
      // Committed: what follows for each item (a repeat's lookup) is its own.
      batch.forEach((w, i) => results[i]!.then(w.resolve, w.reject));
    }
    busy = false;
  };
  return (item) =>
    new Promise<R>((resolve, reject) => {
      waiting.push({ item, resolve, reject });
      if (!busy) void drain();
    });
}

const ADD_ATTEMPT = `INSERT OR REPLACE INTO delivery_attempts (id, n, at, outcome, status, request_id, message, ms, step)
  SELECT id, attempts, ?2, ?3, ?4, ?5, ?6, ?7, ?8 FROM deliveries WHERE id = ?1 AND changes() > 0`;

/** One `delivery_attempts` row. */
interface AttemptRow {
  n: number;
  at: number;
  outcome: AttemptRecord['outcome'];
  status: number | null;
  request_id: string | null;
  message: string | null;
  ms: number | null;
  step: AttemptRecord['step'];
}

/** Rows read per page while choosing what to claim (pending rows in arrival order). */
const SCAN_PAGE = 256;

/** Creates the driver over a D1 binding whose schema is migrations/ (applied with wrangler). */
export function createD1Store(db: D1Database, opts: D1StoreOptions = {}): D1DeliveryStore {
  const partBytes = opts.partBytes ?? 1024 * 1024;
  let writable = true;

  /** Runs a write, tracking whether the database currently takes writes. */
  const write = async <T>(fn: () => Promise<T>): Promise<T> => {
    try {
      const r = await fn();
      writable = true;
      return r;
    } catch (err) {
      if (!/constraint/i.test(err instanceof Error ? err.message : String(err))) writable = false;
      throw err;
    }
  };

  const insertOf = (d: NewDelivery, since: number): D1PreparedStatement => {
    const values: D1Value[] = [
      d.id,
      d.owner,
      d.repo,
      `${d.owner}/${d.repo}`.toLowerCase(),
      d.eventType,
      d.bodyJson,
      d.paceKey,
      d.credential,
      d.dedupeKey ?? null,
      'pending',
      0,
      d.receivedAt,
      d.nextAttemptAt,
      d.leaseUntil ?? null,
      d.replayOf ?? null,
      d.target?.kind === 'workflow_dispatch' ? d.target.workflow : null,
      d.target?.kind === 'workflow_dispatch' ? (d.target.ref ?? null) : null,
      d.blob?.ref.sha ?? null,
      d.blob?.ref.size ?? null,
      d.blob?.ref.sha256 ?? null,
      d.blob === undefined ? null : d.blob.bytes === undefined ? 1 : 0,
      d.dedupeKey ?? null,
      since,
    ];
    return db.prepare(INSERT).bind(...values);
  };

  /** The body's parts, each stored only when the delivery row was (not for a repeat). */
  const partsOf = (d: NewDelivery): D1PreparedStatement[] => {
    const bytes = d.blob?.bytes;
    if (bytes === undefined) return [];
    const out: D1PreparedStatement[] = [];
    for (let part = 0, at = 0; at < bytes.length || part === 0; part++, at += partBytes) {
      const chunk = bytes.slice(at, at + partBytes);
      out.push(
        db
          .prepare('INSERT INTO delivery_bodies (id, part, bytes) SELECT ?1, ?2, ?3 WHERE EXISTS (SELECT 1 FROM deliveries WHERE id = ?1)')
          .bind(d.id, part, chunk.buffer),
      );
    }
    return out;
  };

  const findDedupe = async (key: string, since: number): Promise<Delivery | undefined> => {
    const row = await db.prepare(DEDUPE).bind(key, since).first<DeliveryRow>();
    return row ? toDelivery(row) : undefined;
  };

  /** Stores one delivery (with its body's parts), or finds the live delivery it repeats. */
  const enqueueOne = async ({ d, since }: PendingEnqueue): Promise<EnqueueResult> => {
    // A repeat found, then ended (failed) before it could be read: insert again (bounded).
    for (let tries = 0; tries < 3; tries++) {
      const [inserted] = await write(() => db.batch([insertOf(d, since), ...partsOf(d)]));
      if (inserted?.meta.changes === 1) return { kind: 'created' };
      const existing = d.dedupeKey === undefined ? undefined : await findDedupe(d.dedupeKey, since);
      if (existing) return { kind: 'duplicate', existing };
    }
    throw new Error(`d1 store: delivery ${d.id} was neither stored nor a repeat`);
  };
  const enqueues = groupCommit<PendingEnqueue, EnqueueResult>(async (batch) => {
    const results = await write(() => db.batch(batch.map((p) => insertOf(p.d, p.since))));
    // Inserted, or a repeat (of a delivery stored earlier, or earlier in this very batch).
    return batch.map((p, i) => (results[i]?.meta.changes === 1 ? Promise.resolve({ kind: 'created' as const }) : enqueueOne(p)));
  }, enqueueOne);

  /** The settle's statements: the row's new state, then (only when that changed the row) the attempt's record. */
  const settleOf = ({ id, s }: PendingSettle): D1PreparedStatement[] => {
    const f = settledFields(s);
    const run = s.kind === 'delivered' ? s.run : undefined;
    const a = attemptRecordOf(0, s);
    const update = db
      .prepare(SETTLE)
      .bind(
        id,
        f.status,
        s.kind === 'uploaded' ? s.leaseUntil : null,
        f.lastError,
        f.lastStatus,
        s.kind === 'uploaded' ? 1 : 0,
        run?.id ?? null,
        run?.url ?? null,
        run?.htmlUrl ?? null,
        f.nextAttemptAt,
        f.response === null ? null : JSON.stringify(f.response),
        f.ended ? 1 : 0,
        s.at,
      );
    // The attempt number is the count the settle just raised; changes() is the UPDATE's, just before.
    const record = db.prepare(ADD_ATTEMPT).bind(id, a.at, a.outcome, a.status, a.requestId, a.message, a.ms, a.step);
    return [update, record];
  };
  const settles = groupCommit<PendingSettle, void>(
    async (batch) => {
      await write(() => db.batch(batch.flatMap(settleOf)));
      return batch.map(() => Promise.resolve());
    },
    async (p) => {
      await write(() => db.batch(settleOf(p)));
    },
  );

  const countOf = async (sql: string): Promise<{ n: number; oldest: number | null }> =>
    (await db.prepare(sql).first<{ n: number; oldest: number | null }>()) ?? { n: 0, oldest: null };

  return {
    enqueue(d, since): Promise<EnqueueResult> {
      // A body kept for its blob is many megabytes of statements: on its own.
      return d.blob?.bytes !== undefined ? enqueueOne({ d, since }) : enqueues({ d, since });
    },

    findByDedupeKey: findDedupe,

    async claimDue(o: ClaimOptions) {
      const skip = new Set(o.skipKeys ?? []);
      const perKey = o.perKey ?? Number.MAX_SAFE_INTEGER;
      const picked: number[] = [];
      const taken = new Map<string, number>();
      let after = 0;
      while (picked.length < o.limit) {
        const page = await db
          .prepare(
            `SELECT seq, pace_key FROM deliveries WHERE status = 'pending' AND seq > ?1 AND next_attempt_at <= ?2
               AND (lease_until IS NULL OR lease_until <= ?2) ORDER BY seq LIMIT ?3`,
          )
          .bind(after, o.now, SCAN_PAGE)
          .all<{ seq: number; pace_key: string }>();
        for (const r of page.results) {
          after = r.seq;
          if (skip.has(r.pace_key)) continue;
          const n = taken.get(r.pace_key) ?? 0;
          if (n >= perKey) continue;
          taken.set(r.pace_key, n + 1);
          picked.push(r.seq);
          if (picked.length >= o.limit) break;
        }
        if (page.results.length < SCAN_PAGE) break;
      }
      if (picked.length === 0) return [];
      // One statement: a row another claimer leased meanwhile is not returned here.
      const leased = await write(() =>
        db
          .prepare(LEASE_SEQS)
          .bind(o.now + o.leaseMs, JSON.stringify(picked), o.now)
          .all<DeliveryRow>(),
      );
      return leased.results.sort(bySeq).map(toDelivery);
    },

    async claimKey(paceKey, o) {
      if (o.limit <= 0) return [];
      const leased = await write(() =>
        db
          .prepare(CLAIM_KEY)
          .bind(o.now + o.leaseMs, paceKey, o.now, o.limit)
          .all<DeliveryRow>(),
      );
      return leased.results.sort(bySeq).map(toDelivery);
    },

    async overdueKeys(dueBefore, now, limit) {
      const rows = await db
        .prepare(
          `SELECT pace_key, MIN(next_attempt_at) AS due FROM deliveries WHERE status = 'pending' AND next_attempt_at <= ?1
             AND (lease_until IS NULL OR lease_until <= ?2) GROUP BY pace_key ORDER BY due LIMIT ?3`,
        )
        .bind(dueBefore, now, limit)
        .all<{ pace_key: string }>();
      return rows.results.map((r) => r.pace_key);
    },

    async release(ids) {
      if (ids.length === 0) return;
      await write(() =>
        db
          .prepare("UPDATE deliveries SET lease_until = NULL WHERE status = 'pending' AND id IN (SELECT value FROM json_each(?1))")
          .bind(JSON.stringify(ids))
          .run(),
      );
    },

    async settle(id: string, s: Settlement) {
      if (s.kind !== 'uploaded') return settles({ id, s });
      const [result] = await write(() => db.batch(settleOf({ id, s })));
      // Stored in the repository now: the bytes are not needed again (a replay refers to the blob).
      if ((result?.meta.changes ?? 0) > 0) await write(() => db.prepare('DELETE FROM delivery_bodies WHERE id = ?1').bind(id).run());
    },

    async readBlob(id) {
      const parts = await db.prepare('SELECT bytes FROM delivery_bodies WHERE id = ?1 ORDER BY part').bind(id).all<{ bytes: unknown }>();
      if (parts.results.length === 0) return undefined;
      const chunks = parts.results.map((p) => bytesOf(p.bytes));
      const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
      let at = 0;
      for (const c of chunks) {
        out.set(c, at);
        at += c.length;
      }
      return out;
    },

    async nextDueAt(skipKeys = []) {
      const row = await db
        .prepare(
          `SELECT MIN(MAX(next_attempt_at, COALESCE(lease_until, 0))) AS at FROM deliveries
             WHERE status = 'pending' AND pace_key NOT IN (SELECT value FROM json_each(?1))`,
        )
        .bind(JSON.stringify(skipKeys))
        .first<{ at: number | null }>();
      return row?.at ?? undefined;
    },

    async get(id) {
      const row = await db.prepare('SELECT * FROM deliveries WHERE id = ?1').bind(id).first<DeliveryRow>();
      return row ? toDelivery(row) : undefined;
    },

    async list(query: ListQuery): Promise<ListPage> {
      const limit = pageSize(query.limit);
      const where: string[] = [];
      const values: D1Value[] = [];
      const param = (v: D1Value) => {
        values.push(v);
        return `?${values.length}`;
      };
      if (query.status !== undefined) where.push(`status = ${param(query.status)}`);
      if (query.repo !== undefined) where.push(`repo_key = ${param(query.repo.toLowerCase())}`);
      if (query.cursor !== undefined) where.push(`seq < ${param(Number(query.cursor) || 0)}`);
      const sql = `SELECT * FROM deliveries ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT ${param(limit + 1)}`;
      const rows = (
        await db
          .prepare(sql)
          .bind(...values)
          .all<DeliveryRow>()
      ).results;
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      return { deliveries: page.map(toDelivery), next: rows.length > limit && last ? String(last.seq) : null };
    },

    async attemptsOf(id) {
      const rows = await db
        .prepare('SELECT n, at, outcome, status, request_id, message, ms, step FROM delivery_attempts WHERE id = ?1 ORDER BY n')
        .bind(id)
        .all<AttemptRow>();
      return rows.results.map((r) => ({
        n: r.n,
        at: r.at,
        outcome: r.outcome,
        status: r.status,
        requestId: r.request_id,
        message: r.message,
        ms: r.ms,
        step: r.step,
      }));
    },

    async purge(before) {
      const [, , purged] = await write(() =>
        db.batch([
          db.prepare("DELETE FROM delivery_bodies WHERE id IN (SELECT id FROM deliveries WHERE status != 'pending' AND settled_at < ?1)").bind(before),
          db.prepare("DELETE FROM delivery_attempts WHERE id IN (SELECT id FROM deliveries WHERE status != 'pending' AND settled_at < ?1)").bind(before),
          db.prepare("DELETE FROM deliveries WHERE status != 'pending' AND settled_at < ?1").bind(before),
        ]),
      );
      return purged?.meta.changes ?? 0;
    },

    async stats(now): Promise<StoreStats> {
      if (!writable) {
        // After a failed write: does a write go through now? (It changes nothing.)
        await write(() => db.prepare('UPDATE deliveries SET attempts = attempts WHERE 0').run()).catch(() => undefined);
      }
      const [p, dead] = await Promise.all([
        countOf("SELECT COUNT(*) AS n, MIN(received_at) AS oldest FROM deliveries WHERE status = 'pending'"),
        countOf("SELECT COUNT(*) AS n, NULL AS oldest FROM deliveries WHERE status = 'dead'"),
      ]);
      const age = p.oldest === null ? 0 : Math.max(0, Math.floor((now - p.oldest) / 1000));
      return { pending: p.n, oldest_pending_age_s: age, dead: dead.n, writable };
    },

    async close() {},
  };
}
