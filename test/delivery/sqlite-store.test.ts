import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { DeliveryStore } from '../../src/core/delivery/store.js';
import { openSqliteStore, type SqliteStoreOptions } from '../../src/node/sqlite-store.js';
import { openSqliteStoreInThread } from '../../src/node/sqlite-thread-store.js';
import { newDelivery, testDeliveryStore } from './store-contract.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'w2g-store-'));

/** The two ways to open the outbox: on the calling thread, and behind the writer thread `serve` uses. */
const drivers: [string, (file: string, opts?: SqliteStoreOptions) => Promise<DeliveryStore>][] = [
  ['sqlite', async (file, opts) => openSqliteStore(file, opts)],
  ['sqlite (writer thread)', (file, opts) => openSqliteStoreInThread(file, opts ?? {})],
];

for (const [name, open] of drivers) {
  testDeliveryStore(name, async () => {
    const dir = tmp();
    return { store: await open(join(dir, 'outbox.db')), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
  });
}

describe.each(drivers)('%s store', (_name, openStore) => {
  it('keeps deliveries across reopen and sets the schema up idempotently', async () => {
    const dir = tmp();
    const file = join(dir, 'outbox.db');
    const d = newDelivery();
    const a = await openStore(file);
    await a.enqueue(d, 0);
    await a.close();
    const b = await openStore(file);
    expect((await b.get(d.id))?.status).toBe('pending');
    await b.close();
    const raw = new Database(file, { readonly: true });
    expect(raw.pragma('journal_mode', { simple: true })).toBe('wal');
    raw.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('rejects enqueue and reports not writable while another connection holds the write lock', async () => {
    const dir = tmp();
    const file = join(dir, 'outbox.db');
    const store = await openStore(file, { busyTimeoutMs: 50 });
    const locker = new Database(file);
    locker.exec('BEGIN EXCLUSIVE');
    await expect(store.enqueue(newDelivery(), 0)).rejects.toThrow();
    expect((await store.stats(0)).writable).toBe(false);
    // Reads still work and must not count as proof of writability.
    expect(await store.claimDue({ now: 0, leaseMs: 10, limit: 10 })).toEqual([]);
    expect((await store.stats(0)).writable).toBe(false);
    locker.exec('ROLLBACK');
    locker.close();
    // Health probes recover without waiting for the next write.
    expect((await store.stats(0)).writable).toBe(true);
    await store.enqueue(newDelivery(), 0);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('group-commits concurrent enqueues and settles: one transaction holds many rows (throughput is logged)', async () => {
    const dir = tmp();
    const commits: { kind: 'enqueue' | 'settle'; rows: number }[] = [];
    const store = await openStore(join(dir, 'outbox.db'), { onCommit: (kind, rows) => commits.push({ kind, rows }) });
    const of = (kind: 'enqueue' | 'settle') => commits.filter((c) => c.kind === kind);
    const count = 5000;
    const ds = Array.from({ length: count }, () => newDelivery());
    const t = performance.now();
    await Promise.all(ds.map((d) => store.enqueue(d, 0)));
    const grouped = performance.now() - t;
    // Every row committed once, at least 100 rows per transaction on average.
    expect(of('enqueue').reduce((n, c) => n + c.rows, 0)).toBe(count);
    expect(of('enqueue').length).toBeLessThanOrEqual(count / 100);
    const groupedCommits = of('enqueue').length;

    // Awaited one at a time, nothing can be grouped: the count tells the two apart.
    const seqDs = Array.from({ length: 300 }, () => newDelivery());
    const t2 = performance.now();
    for (const d of seqDs) await store.enqueue(d, 0);
    const sequential = performance.now() - t2;
    expect(of('enqueue').length).toBe(groupedCommits + 300);
    console.log(
      `sqlite enqueue: ${Math.round(count / (grouped / 1000))}/s concurrent (group commit, ${groupedCommits} transactions), ${Math.round(300 / (sequential / 1000))}/s one at a time`,
    );
    expect((await store.stats(0)).pending).toBe(count + 300);

    const response = { status: 204, headers: {}, body: '' };
    await Promise.all(ds.map((d) => store.settle(d.id, { kind: 'delivered', at: 1, response })));
    expect(of('settle').reduce((n, c) => n + c.rows, 0)).toBe(count);
    expect(of('settle').length).toBeLessThanOrEqual(count / 100);
    expect((await store.stats(0)).pending).toBe(300);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('sqlite store behind the writer thread', () => {
  it('waits for the database on its own thread: the event loop keeps running while a commit is blocked', async () => {
    const dir = tmp();
    const file = join(dir, 'outbox.db');
    const store = await openSqliteStoreInThread(file, { busyTimeoutMs: 1500 });
    const locker = new Database(file);
    locker.exec('BEGIN EXCLUSIVE');
    let ticks = 0;
    const timer = setInterval(() => ticks++, 20);
    // The enqueue waits for the lock (busy timeout); on the calling thread that wait would stop every timer.
    const queued = store.enqueue(newDelivery(), 0);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const ticksWhileBlocked = ticks;
    locker.exec('ROLLBACK');
    locker.close();
    await expect(queued).resolves.toEqual({ kind: 'created' });
    clearInterval(timer);
    expect(ticksWhileBlocked).toBeGreaterThanOrEqual(5);
    expect((await store.stats(0)).pending).toBe(1);
    await store.close();
    await expect(store.get('x')).rejects.toThrow(/closed/);
    rmSync(dir, { recursive: true, force: true });
  });

  it('a call whose arguments cannot be copied to the writer fails alone; its neighbours are stored', async () => {
    const dir = tmp();
    const store = await openSqliteStoreInThread(join(dir, 'outbox.db'));
    const good = newDelivery();
    const bad = { ...newDelivery(), claim: () => {} };
    const [a, b] = await Promise.allSettled([store.enqueue(good, 0), store.enqueue(bad, 0)]);
    expect(a).toEqual({ status: 'fulfilled', value: { kind: 'created' } });
    expect(b).toMatchObject({ status: 'rejected', reason: { message: expect.stringMatching(/cannot pass enqueue to the outbox writer/) } });
    expect((await store.get(good.id))?.status).toBe('pending');
    expect(await store.get(bad.id)).toBeUndefined();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('when the writer dies, the calls it held fail and the next call starts a new writer on the same file', async () => {
    const dir = tmp();
    const store = await openSqliteStoreInThread(join(dir, 'outbox.db'), { writerUrl: new URL('./support/crashing-writer.mjs', import.meta.url) });
    const before = newDelivery();
    await store.enqueue(before, 0);
    await expect(store.get('crash-now')).rejects.toThrow(/the outbox writer stopped \(exit code 3\)/);
    const after = newDelivery();
    await expect(store.enqueue(after, 0)).resolves.toEqual({ kind: 'created' });
    expect((await store.get(before.id))?.status).toBe('pending');
    expect((await store.stats(0)).pending).toBe(2);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('fails to open with the database error, as the in-thread store does', async () => {
    const dir = tmp();
    const notAFolder = join(dir, 'file');
    writeFileSync(notAFolder, 'x');
    const inThread = (() => {
      try {
        openSqliteStore(join(notAFolder, 'outbox.db'));
        return 'opened';
      } catch (err) {
        return (err as Error).message;
      }
    })();
    await expect(openSqliteStoreInThread(join(notAFolder, 'outbox.db'))).rejects.toThrow(inThread);
    rmSync(dir, { recursive: true, force: true });
  });
});
