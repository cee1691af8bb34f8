import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/node/sqlite-store.js';
import { newDelivery, testDeliveryStore } from './store-contract.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'w2g-store-'));

testDeliveryStore('sqlite', async () => {
  const dir = tmp();
  return { store: openSqliteStore(join(dir, 'outbox.db')), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
});

describe('sqlite store', () => {
  it('keeps deliveries across reopen and sets the schema up idempotently', async () => {
    const dir = tmp();
    const file = join(dir, 'outbox.db');
    const d = newDelivery();
    const a = openSqliteStore(file);
    await a.enqueue(d, 0);
    await a.close();
    const b = openSqliteStore(file);
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
    const store = openSqliteStore(file, { busyTimeoutMs: 50 });
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
    const store = openSqliteStore(join(dir, 'outbox.db'), { onCommit: (kind, rows) => commits.push({ kind, rows }) });
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
