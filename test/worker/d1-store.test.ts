/**
 * The D1 driver of the DeliveryStore port, run by the same contract suite as the memory and
 * SQLite drivers: the driver runs inside workerd (Miniflare 4) against a real D1 database with
 * the project's migrations/ applied; this process drives it over loopback HTTP.
 */
import { join, resolve } from 'node:path';
import { Miniflare } from 'miniflare';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Delivery, DeliveryStore, NewDelivery } from '../../src/core/delivery/store.js';
import type { D1DeliveryStore } from '../../src/worker/d1-store.js';
import { newDelivery, testDeliveryStore } from '../delivery/store-contract.js';
import { applyMigrations, bundleWorker } from './support/d1.js';

const HOST = resolve(import.meta.dirname, 'support', 'd1-store-host.ts');
/** Small parts, so a body of a few hundred KB is stored as several rows. */
const PART_BYTES = 64 * 1024;

let mf: Miniflare;
let url: string;
/** The driver's methods (optional capabilities included only when it has them). */
let methods: Set<string>;

beforeAll(async () => {
  const script = await bundleWorker(HOST);
  mf = new Miniflare({
    host: '127.0.0.1',
    port: 0,
    modules: true,
    scriptPath: script,
    modulesRoot: join(script, '..'),
    compatibilityDate: '2025-09-01',
    d1Databases: { DB: 'w2g-d1-contract' },
    bindings: { PART_BYTES: String(PART_BYTES) },
  });
  url = (await mf.ready).origin;
  await applyMigrations(await mf.getD1Database('DB'));
  methods = new Set((await (await fetch(`${url}/methods`)).json()) as string[]);
});
afterAll(async () => {
  await mf?.dispose();
});

const encode = (_key: string, v: unknown) => (v instanceof Uint8Array ? { $bytes: Buffer.from(v).toString('base64') } : v);
const decode = (_key: string, v: unknown) =>
  typeof v === 'object' && v !== null && typeof (v as { $bytes?: unknown }).$bytes === 'string'
    ? new Uint8Array(Buffer.from((v as { $bytes: string }).$bytes, 'base64'))
    : v;

/** A DeliveryStore whose every call runs in the host Worker. */
function remoteStore(): D1DeliveryStore {
  const call = async (method: string, args: unknown[]) => {
    const res = await fetch(url, { method: 'POST', body: JSON.stringify({ method, args }, encode) });
    const out = JSON.parse(await res.text(), decode) as { ok: boolean; result: unknown; error?: string };
    if (!out.ok) throw new Error(out.error);
    return out.result === null ? undefined : out.result;
  };
  return new Proxy({} as D1DeliveryStore, {
    get: (_t, method: string) => (method === 'close' ? async () => undefined : methods.has(method) ? (...args: unknown[]) => call(method, args) : undefined),
  });
}

/** Empties the tables (the contract wants a fresh store per test). */
const reset = async () => {
  await fetch(`${url}/reset`, { method: 'POST' });
};

testDeliveryStore('d1 (workerd)', async () => {
  await reset();
  const store: DeliveryStore = remoteStore();
  return { store };
});

describe('d1 store beyond the contract', () => {
  const T0 = 1_700_000_000_000;
  let store: D1DeliveryStore;
  beforeAll(async () => {
    await reset();
    store = remoteStore();
  });

  it('keeps a body of several parts byte for byte until its blob is stored, then drops it', async () => {
    await reset();
    const bytes = new Uint8Array(PART_BYTES * 3 + 123);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31 + 7) & 0xff;
    const d: NewDelivery = newDelivery({ blob: { ref: { sha: 'a'.repeat(40), size: bytes.length, sha256: 'b'.repeat(64) }, bytes } });
    expect(await store.enqueue(d, 0)).toEqual({ kind: 'created' });
    expect(Buffer.from((await store.readBlob(d.id))!).equals(Buffer.from(bytes))).toBe(true);
    expect((await store.get(d.id))?.blob).toEqual({ sha: 'a'.repeat(40), size: bytes.length, sha256: 'b'.repeat(64), uploaded: false });
    // A repeat of it stores no second copy of the bytes.
    const again = newDelivery({
      dedupeKey: 'r\nblob',
      blob: { ref: { sha: 'c'.repeat(40), size: 3, sha256: 'd'.repeat(64) }, bytes: new Uint8Array([1, 2, 3]) },
    });
    await store.enqueue({ ...again }, 0);
    expect(await store.enqueue({ ...newDelivery({ dedupeKey: 'r\nblob' }), blob: again.blob }, 0)).toMatchObject({
      kind: 'duplicate',
      existing: { id: again.id },
    });
    await store.settle(d.id, { kind: 'uploaded', at: T0, status: 201, leaseUntil: null });
    expect(await store.readBlob(d.id)).toBeUndefined();
    expect(await store.get(d.id)).toMatchObject({ status: 'pending', attempts: 1, blob: { uploaded: true } });
  });

  it("claims one credential's due deliveries in arrival order, leased, at most `limit`", async () => {
    await reset();
    const mine = [newDelivery({ paceKey: 'lane-a' }), newDelivery({ paceKey: 'lane-a' }), newDelivery({ paceKey: 'lane-a' })];
    const later = newDelivery({ paceKey: 'lane-a', nextAttemptAt: T0 + 60_000 });
    const other = newDelivery({ paceKey: 'lane-b' });
    for (const d of [mine[0]!, other, mine[1]!, later, mine[2]!]) await store.enqueue(d, 0);
    const first: Delivery[] = await store.claimKey('lane-a', { now: T0, leaseMs: 1000, limit: 2 });
    expect(first.map((d) => d.id)).toEqual([mine[0]!.id, mine[1]!.id]);
    expect(first.every((d) => d.leaseUntil === T0 + 1000)).toBe(true);
    // Leased rows are not claimed twice; the one not due yet waits.
    expect((await store.claimKey('lane-a', { now: T0, leaseMs: 1000, limit: 10 })).map((d) => d.id)).toEqual([mine[2]!.id]);
    expect(await store.claimKey('lane-a', { now: T0 + 10, leaseMs: 1000, limit: 10 })).toEqual([]);
    // Two claimers at once never get the same delivery.
    await store.release(mine.map((d) => d.id));
    const both = await Promise.all([
      store.claimKey('lane-a', { now: T0, leaseMs: 1000, limit: 3 }),
      store.claimKey('lane-a', { now: T0, leaseMs: 1000, limit: 3 }),
    ]);
    const ids = both.flat().map((d) => d.id);
    expect(ids.sort()).toEqual(mine.map((d) => d.id).sort());
  });

  it('lists credentials with overdue, unleased work, most overdue first', async () => {
    await reset();
    await store.enqueue(newDelivery({ paceKey: 'k-late', nextAttemptAt: T0 - 50_000 }), 0);
    await store.enqueue(newDelivery({ paceKey: 'k-later', nextAttemptAt: T0 - 90_000 }), 0);
    await store.enqueue(newDelivery({ paceKey: 'k-leased', nextAttemptAt: T0 - 90_000, leaseUntil: T0 + 1000 }), 0);
    await store.enqueue(newDelivery({ paceKey: 'k-fresh', nextAttemptAt: T0 }), 0);
    expect(await store.overdueKeys(T0 - 10_000, T0, 10)).toEqual(['k-later', 'k-late']);
    expect(await store.overdueKeys(T0 - 10_000, T0, 1)).toEqual(['k-later']);
  });
});
