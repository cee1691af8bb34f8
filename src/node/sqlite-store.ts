/**
 * SQLite DeliveryStore (better-sqlite3, WAL). Enqueues made within the same tick are written in
 * one transaction (group commit) and each resolves only after that transaction committed with
 * `synchronous=FULL` (the WAL synced), so an acknowledged delivery survives a crash or power loss.
 * Settles are grouped the same way (one transaction per tick, `synchronous=NORMAL`: a settle lost
 * to power loss only means one more attempt).
 * https://www.sqlite.org/wal.html
 */
import Database from 'better-sqlite3';
import {
  pageSize,
  settledFields,
  type ClaimOptions,
  type DeliveryStore,
  type EnqueueResult,
  type NewDelivery,
  type Settlement,
  type StoreStats,
} from '../core/delivery/store.js';
import { attemptRecordOf, type AttemptRecord } from '../core/delivery/history.js';
import { toDelivery, type DeliveryRow } from '../core/delivery/row.js';
import { migrateSchema } from './sqlite-schema.js';
import { tickBatcher } from './tick-batcher.js';

/** Options of the SQLite driver. */
export interface SqliteStoreOptions {
  /** How long a write waits for another connection's lock before failing (default 2000 ms). */
  busyTimeoutMs?: number;
  /** Hears every committed transaction of grouped enqueues or settles and how many rows it wrote. */
  onCommit?: (kind: 'enqueue' | 'settle', rows: number) => void;
}

interface PendingEnqueue {
  d: NewDelivery;
  since: number;
}

interface PendingSettle {
  id: string;
  s: Settlement;
}

/** Opens (creating when needed) the outbox at `file`; throws when it cannot be opened for writing. */
export function openSqliteStore(file: string, opts: SqliteStoreOptions = {}): DeliveryStore {
  const db = new Database(file);
  db.pragma(`busy_timeout = ${opts.busyTimeoutMs ?? 2000}`);
  try {
    // First, so a database from a newer release is refused before anything here writes to it.
    migrateSchema(db, file);
  } catch (err) {
    db.close();
    throw err;
  }
  db.pragma('journal_mode = WAL');
  // NORMAL for bookkeeping (a lost settle only means one more attempt); enqueue commits run under
  // FULL, which syncs the WAL, so an acknowledged delivery survives power loss. https://www.sqlite.org/pragma.html#pragma_synchronous
  db.pragma('synchronous = NORMAL');
  let writable = true;

  const q = {
    dedupe: db.prepare<[string, number], DeliveryRow>(
      "SELECT * FROM deliveries WHERE dedupe_key = ? AND received_at >= ? AND status IN ('pending', 'delivered') ORDER BY seq DESC LIMIT 1",
    ),
    insert: db.prepare(
      `INSERT INTO deliveries (id, owner, repo, repo_key, event_type, body_json, pace_key, credential, dedupe_key,
         status, attempts, received_at, next_attempt_at, lease_until, replay_of,
         workflow, ref, blob_sha, blob_size, blob_sha256, blob_uploaded)
       VALUES (@id, @owner, @repo, @repoKey, @eventType, @bodyJson, @paceKey, @credential, @dedupeKey,
         'pending', 0, @receivedAt, @nextAttemptAt, @leaseUntil, @replayOf,
         @workflow, @ref, @blobSha, @blobSize, @blobSha256, @blobUploaded)`,
    ),
    // The bytes of a body whose git blob is not stored yet: apart, so a claim never reads them.
    insertBody: db.prepare<[string, Buffer]>('INSERT INTO delivery_bodies (id, bytes) VALUES (?, ?)'),
    body: db.prepare<[string], { bytes: Buffer }>('SELECT bytes FROM delivery_bodies WHERE id = ?'),
    dropBody: db.prepare<[string]>('DELETE FROM delivery_bodies WHERE id = ?'),
    purgeBodies: db.prepare<[number]>("DELETE FROM delivery_bodies WHERE id IN (SELECT id FROM deliveries WHERE status != 'pending' AND settled_at < ?)"),
    // Pending rows in arrival order (index deliveries_status): claimDue walks it and stops once it
    // has enough, so a claim costs O(batch + rows in flight or backing off), not O(backlog).
    pendingScan: db.prepare<[], { seq: number; pace_key: string; next_attempt_at: number; lease_until: number | null }>(
      "SELECT seq, pace_key, next_attempt_at, lease_until FROM deliveries WHERE status = 'pending' ORDER BY seq",
    ),
    bySeq: db.prepare<[number], DeliveryRow>('SELECT * FROM deliveries WHERE seq = ?'),
    lease: db.prepare<[number, number]>('UPDATE deliveries SET lease_until = ? WHERE seq = ?'),
    release: db.prepare<[string]>("UPDATE deliveries SET lease_until = NULL WHERE id = ? AND status = 'pending'"),
    settle: db.prepare(
      `UPDATE deliveries SET status = @status, attempts = attempts + 1, lease_until = @leaseUntil,
         last_error = @lastError, last_status = @lastStatus,
         blob_uploaded = CASE WHEN @uploaded THEN 1 ELSE blob_uploaded END,
         run_id = COALESCE(@runId, run_id), run_url = COALESCE(@runUrl, run_url), run_html_url = COALESCE(@runHtmlUrl, run_html_url),
         next_attempt_at = COALESCE(@nextAttemptAt, next_attempt_at),
         response = COALESCE(response, @response),
         credential = CASE WHEN @ended THEN NULL ELSE credential END,
         settled_at = CASE WHEN @ended THEN @at ELSE NULL END
       WHERE id = @id AND status = 'pending'`,
    ),
    nextDue: db.prepare<[string], { at: number | null }>(
      `SELECT MIN(MAX(next_attempt_at, COALESCE(lease_until, 0))) AS at FROM deliveries
       WHERE status = 'pending' AND pace_key NOT IN (SELECT value FROM json_each(?))`,
    ),
    get: db.prepare<[string], DeliveryRow>('SELECT * FROM deliveries WHERE id = ?'),
    // The attempt number is the count the settle just raised.
    addAttempt: db.prepare(
      `INSERT OR REPLACE INTO delivery_attempts (id, n, at, outcome, status, request_id, message, ms, step)
       SELECT id, attempts, @at, @outcome, @status, @requestId, @message, @ms, @step FROM deliveries WHERE id = @id`,
    ),
    attempts: db.prepare<
      [string],
      {
        n: number;
        at: number;
        outcome: AttemptRecord['outcome'];
        status: number | null;
        request_id: string | null;
        message: string | null;
        ms: number | null;
        step: AttemptRecord['step'];
      }
    >('SELECT n, at, outcome, status, request_id, message, ms, step FROM delivery_attempts WHERE id = ? ORDER BY n'),
    purgeAttempts: db.prepare<[number]>("DELETE FROM delivery_attempts WHERE id IN (SELECT id FROM deliveries WHERE status != 'pending' AND settled_at < ?)"),
    purge: db.prepare<[number]>("DELETE FROM deliveries WHERE status != 'pending' AND settled_at < ?"),
    pending: db.prepare<[], { n: number; oldest: number | null }>("SELECT COUNT(*) AS n, MIN(received_at) AS oldest FROM deliveries WHERE status = 'pending'"),
    dead: db.prepare<[], { n: number }>("SELECT COUNT(*) AS n FROM deliveries WHERE status = 'dead'"),
  };

  const insertOne = (p: PendingEnqueue): EnqueueResult => {
    const d = p.d;
    if (d.dedupeKey !== undefined) {
      const row = q.dedupe.get(d.dedupeKey, p.since);
      if (row) return { kind: 'duplicate', existing: toDelivery(row) };
    }
    q.insert.run({
      id: d.id,
      owner: d.owner,
      repo: d.repo,
      repoKey: `${d.owner}/${d.repo}`.toLowerCase(),
      eventType: d.eventType,
      bodyJson: d.bodyJson,
      paceKey: d.paceKey,
      credential: d.credential,
      dedupeKey: d.dedupeKey ?? null,
      receivedAt: d.receivedAt,
      nextAttemptAt: d.nextAttemptAt,
      leaseUntil: d.leaseUntil ?? null,
      replayOf: d.replayOf ?? null,
      workflow: d.target?.kind === 'workflow_dispatch' ? d.target.workflow : null,
      ref: d.target?.kind === 'workflow_dispatch' ? (d.target.ref ?? null) : null,
      blobSha: d.blob?.ref.sha ?? null,
      blobSize: d.blob?.ref.size ?? null,
      blobSha256: d.blob?.ref.sha256 ?? null,
      blobUploaded: d.blob === undefined ? null : d.blob.bytes === undefined ? 1 : 0,
    });
    const bytes = d.blob?.bytes;
    if (bytes !== undefined) q.insertBody.run(d.id, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    return { kind: 'created' };
  };
  const durably = <A extends unknown[], R>(fn: (...args: A) => R) => {
    const tx = db.transaction(fn);
    return (...args: A): R => {
      db.pragma('synchronous = FULL');
      try {
        return tx(...args);
      } finally {
        db.pragma('synchronous = NORMAL');
      }
    };
  };
  const insertBatch = durably((batch: PendingEnqueue[]) => batch.map(insertOne));
  const insertSingle = durably(insertOne);

  /** Runs a write, tracking whether the database currently takes writes (`wrote` says whether it did write). */
  const write = <T>(fn: () => T, wrote: (r: T) => boolean = () => true): T => {
    try {
      const r = fn();
      if (wrote(r)) writable = true;
      return r;
    } catch (err) {
      if (!(err instanceof Database.SqliteError) || !/CONSTRAINT/.test(err.code)) writable = false;
      throw err;
    }
  };

  /** After a failed write: can a write transaction start now? (No waiting: health checks must be quick.) */
  const probeWritable = () => {
    db.pragma('busy_timeout = 0');
    try {
      db.exec('BEGIN IMMEDIATE');
      db.exec('ROLLBACK');
      writable = true;
    } catch {
      // Still locked or read-only.
    } finally {
      db.pragma(`busy_timeout = ${opts.busyTimeoutMs ?? 2000}`);
    }
  };

  const onCommit = opts.onCommit;
  const enqueues = tickBatcher(
    (batch: PendingEnqueue[]) => write(() => insertBatch(batch)),
    (p: PendingEnqueue) => write(() => insertSingle(p)),
    onCommit && ((rows) => onCommit('enqueue', rows)),
  );

  const settleOne = ({ id, s }: PendingSettle): void => {
    const f = settledFields(s);
    const run = s.kind === 'delivered' ? s.run : undefined;
    const changed = q.settle.run({
      id,
      status: f.status,
      lastError: f.lastError,
      lastStatus: f.lastStatus,
      nextAttemptAt: f.nextAttemptAt,
      response: f.response === null ? null : JSON.stringify(f.response),
      ended: f.ended ? 1 : 0,
      at: s.at,
      leaseUntil: s.kind === 'uploaded' ? s.leaseUntil : null,
      uploaded: s.kind === 'uploaded' ? 1 : 0,
      runId: run?.id ?? null,
      runUrl: run?.url ?? null,
      runHtmlUrl: run?.htmlUrl ?? null,
    }).changes;
    if (changed > 0) {
      const a = attemptRecordOf(0, s);
      q.addAttempt.run({ id, at: a.at, outcome: a.outcome, status: a.status, requestId: a.requestId, message: a.message, ms: a.ms, step: a.step });
    }
    // Stored in the repository now: the bytes are not needed again (a replay refers to the blob).
    if (s.kind === 'uploaded' && changed > 0) q.dropBody.run(id);
  };
  const settleBatch = db.transaction((batch: PendingSettle[]) => batch.map(settleOne));
  const settles = tickBatcher(
    (batch: PendingSettle[]) => write(() => settleBatch(batch)),
    (p: PendingSettle) => write(() => settleOne(p)),
    onCommit && ((rows) => onCommit('settle', rows)),
  );

  return {
    enqueue(d, since) {
      return enqueues.add({ d, since });
    },

    async findByDedupeKey(key, since) {
      const row = q.dedupe.get(key, since);
      return row && toDelivery(row);
    },

    async claimDue(o: ClaimOptions) {
      const skip = new Set(o.skipKeys ?? []);
      const perKey = o.perKey ?? Number.MAX_SAFE_INTEGER;
      return write(
        () =>
          db.transaction(() => {
            const picked: number[] = [];
            const taken = new Map<string, number>();
            if (o.limit > 0) {
              for (const r of q.pendingScan.iterate()) {
                if (r.next_attempt_at > o.now || (r.lease_until !== null && r.lease_until > o.now) || skip.has(r.pace_key)) continue;
                const n = taken.get(r.pace_key) ?? 0;
                if (n >= perKey) continue;
                taken.set(r.pace_key, n + 1);
                picked.push(r.seq);
                if (picked.length >= o.limit) break; // ends the iterator (statement reset)
              }
            }
            const until = o.now + o.leaseMs;
            return picked.map((seq) => {
              q.lease.run(until, seq);
              return toDelivery(q.bySeq.get(seq)!);
            });
          })(),
        (rows) => rows.length > 0,
      );
    },

    async release(ids) {
      write(() => db.transaction(() => ids.forEach((id) => q.release.run(id)))());
    },

    settle(id, s) {
      return settles.add({ id, s });
    },

    async readBlob(id) {
      return q.body.get(id)?.bytes;
    },

    async nextDueAt(skipKeys = []) {
      const at = q.nextDue.get(JSON.stringify(skipKeys))?.at;
      return at ?? undefined;
    },

    async get(id) {
      const row = q.get.get(id);
      return row && toDelivery(row);
    },

    async attemptsOf(id) {
      return q.attempts
        .all(id)
        .map((r) => ({ n: r.n, at: r.at, outcome: r.outcome, status: r.status, requestId: r.request_id, message: r.message, ms: r.ms, step: r.step }));
    },

    async list(query) {
      const limit = pageSize(query.limit);
      const where: string[] = [];
      const params: Record<string, string | number> = { limit: limit + 1 };
      if (query.status !== undefined) {
        where.push('status = @status');
        params.status = query.status;
      }
      if (query.repo !== undefined) {
        where.push('repo_key = @repo');
        params.repo = query.repo.toLowerCase();
      }
      if (query.cursor !== undefined) {
        where.push('seq < @cursor');
        params.cursor = Number(query.cursor) || 0;
      }
      const sql = `SELECT * FROM deliveries ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY seq DESC LIMIT @limit`;
      const rows = db.prepare<Record<string, string | number>, DeliveryRow>(sql).all(params);
      const page = rows.slice(0, limit);
      const last = page[page.length - 1];
      return { deliveries: page.map(toDelivery), next: rows.length > limit && last ? String(last.seq) : null };
    },

    async purge(before) {
      return write(() =>
        db.transaction(() => {
          q.purgeBodies.run(before);
          q.purgeAttempts.run(before);
          return q.purge.run(before).changes;
        })(),
      );
    },

    async stats(now): Promise<StoreStats> {
      if (!writable) probeWritable();
      const p = q.pending.get() ?? { n: 0, oldest: null };
      const dead = q.dead.get()?.n ?? 0;
      const age = p.oldest === null ? 0 : Math.max(0, Math.floor((now - p.oldest) / 1000));
      return { pending: p.n, oldest_pending_age_s: age, dead, writable };
    },

    async close() {
      enqueues.flush();
      settles.flush();
      db.close();
    },
  };
}
