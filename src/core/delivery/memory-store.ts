/**
 * In-memory DeliveryStore: for tests and as the reference behaviour of the contract. Nothing
 * survives the process; use the SQLite driver to keep deliveries.
 */
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
} from './store.js';
import { attemptRecordOf, type AttemptRecord } from './history.js';

interface Row {
  seq: number;
  d: Delivery;
  /** One record per settle (the attempt history). */
  history: AttemptRecord[];
}

const copy = (d: Delivery): Delivery => ({
  ...d,
  response: d.response ? { ...d.response, headers: { ...d.response.headers } } : null,
  target: { ...d.target },
  blob: d.blob && { ...d.blob },
  run: d.run && { ...d.run },
});

/** Creates an empty in-memory store. */
export function createMemoryStore(): DeliveryStore {
  const rows = new Map<string, Row>();
  /** Body bytes of blobs not stored in the repository yet, by delivery id. */
  const bodies = new Map<string, Uint8Array>();
  let seq = 0;

  const findDedupe = (key: string, since: number): Delivery | undefined => {
    let best: Row | undefined;
    for (const r of rows.values()) {
      const live = r.d.status === 'pending' || r.d.status === 'delivered';
      if (live && r.d.dedupeKey === key && r.d.receivedAt >= since && (!best || r.seq > best.seq)) best = r;
    }
    return best && copy(best.d);
  };
  const bySeq = () => [...rows.values()].sort((a, b) => a.seq - b.seq);

  return {
    async enqueue(n: NewDelivery, dedupeSince: number): Promise<EnqueueResult> {
      if (n.dedupeKey !== undefined) {
        const existing = findDedupe(n.dedupeKey, dedupeSince);
        if (existing) return { kind: 'duplicate', existing };
      }
      if (rows.has(n.id)) throw new Error(`delivery ${n.id} already exists`);
      rows.set(n.id, {
        seq: ++seq,
        d: {
          id: n.id,
          owner: n.owner,
          repo: n.repo,
          eventType: n.eventType,
          bodyJson: n.bodyJson,
          paceKey: n.paceKey,
          credential: n.credential,
          dedupeKey: n.dedupeKey ?? null,
          status: 'pending',
          attempts: 0,
          receivedAt: n.receivedAt,
          nextAttemptAt: n.nextAttemptAt,
          leaseUntil: n.leaseUntil ?? null,
          lastError: null,
          lastStatus: null,
          response: null,
          replayOf: n.replayOf ?? null,
          settledAt: null,
          target: n.target ? { ...n.target } : { kind: 'repository_dispatch', eventType: n.eventType },
          blob: n.blob ? { ...n.blob.ref, uploaded: n.blob.bytes === undefined } : null,
          run: null,
        },
        history: [],
      });
      if (n.blob?.bytes !== undefined) bodies.set(n.id, n.blob.bytes.slice());
      return { kind: 'created' };
    },

    async findByDedupeKey(key, since) {
      return findDedupe(key, since);
    },

    async claimDue(o: ClaimOptions) {
      const skip = new Set(o.skipKeys ?? []);
      const perKey = new Map<string, number>();
      const out: Delivery[] = [];
      for (const { d } of bySeq()) {
        if (out.length >= o.limit) break;
        if (d.status !== 'pending' || d.nextAttemptAt > o.now) continue;
        if (d.leaseUntil !== null && d.leaseUntil > o.now) continue;
        if (skip.has(d.paceKey)) continue;
        const n = perKey.get(d.paceKey) ?? 0;
        if (o.perKey !== undefined && n >= o.perKey) continue;
        perKey.set(d.paceKey, n + 1);
        d.leaseUntil = o.now + o.leaseMs;
        out.push(copy(d));
      }
      return out;
    },

    async release(ids) {
      for (const id of ids) {
        const r = rows.get(id);
        if (r && r.d.status === 'pending') r.d.leaseUntil = null;
      }
    },

    async settle(id: string, s: Settlement) {
      const r = rows.get(id);
      if (r?.d.status !== 'pending') return;
      const f = settledFields(s);
      const d = r.d;
      d.status = f.status;
      d.attempts += 1;
      r.history.push(attemptRecordOf(d.attempts, s));
      d.leaseUntil = s.kind === 'uploaded' ? s.leaseUntil : null;
      if (s.kind === 'uploaded' && d.blob) {
        d.blob.uploaded = true;
        bodies.delete(id);
      }
      if (s.kind === 'delivered' && s.run) d.run = { ...s.run };
      d.lastError = f.lastError;
      d.lastStatus = f.lastStatus;
      if (f.nextAttemptAt !== null) d.nextAttemptAt = f.nextAttemptAt;
      if (d.response === null) d.response = f.response;
      if (f.ended) {
        d.credential = null;
        d.settledAt = s.at;
      }
    },

    async readBlob(id) {
      return bodies.get(id)?.slice();
    },

    async nextDueAt(skipKeys = []) {
      const skip = new Set(skipKeys);
      let min: number | undefined;
      for (const { d } of rows.values()) {
        if (d.status !== 'pending' || skip.has(d.paceKey)) continue;
        const at = Math.max(d.nextAttemptAt, d.leaseUntil ?? 0);
        if (min === undefined || at < min) min = at;
      }
      return min;
    },

    async get(id) {
      const r = rows.get(id);
      return r && copy(r.d);
    },

    async attemptsOf(id) {
      return (rows.get(id)?.history ?? []).map((a) => ({ ...a }));
    },

    async list(q: ListQuery): Promise<ListPage> {
      const limit = pageSize(q.limit);
      const before = q.cursor !== undefined ? Number(q.cursor) : Infinity;
      const repo = q.repo?.toLowerCase();
      const all = bySeq()
        .reverse()
        .filter((r) => r.seq < before)
        .filter((r) => q.status === undefined || r.d.status === q.status)
        .filter((r) => repo === undefined || `${r.d.owner}/${r.d.repo}`.toLowerCase() === repo);
      const page = all.slice(0, limit);
      const last = page[page.length - 1];
      return { deliveries: page.map((r) => copy(r.d)), next: all.length > limit && last ? String(last.seq) : null };
    },

    async purge(before) {
      let n = 0;
      for (const [id, r] of rows) {
        if (r.d.status !== 'pending' && r.d.settledAt !== null && r.d.settledAt < before) {
          rows.delete(id);
          bodies.delete(id);
          n++;
        }
      }
      return n;
    },

    async stats(now): Promise<StoreStats> {
      let pending = 0;
      let dead = 0;
      let oldest: number | undefined;
      for (const { d } of rows.values()) {
        if (d.status === 'pending') {
          pending++;
          if (oldest === undefined || d.receivedAt < oldest) oldest = d.receivedAt;
        } else if (d.status === 'dead') dead++;
      }
      const age = oldest === undefined ? 0 : Math.max(0, Math.floor((now - oldest) / 1000));
      return { pending, oldest_pending_age_s: age, dead, writable: true };
    },

    async close() {},
  };
}
