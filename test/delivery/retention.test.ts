/**
 * README "Records … are kept for W2G_RETENTION_DAYS after they end, then purged. Pending deliveries
 * are never purged": `webhook2github serve` as a real process on an outbox that already holds
 * deliveries of various ages, settled through the store as a relay would have left them.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/node/sqlite-store.js';
import { startFakeGitHub, waitFor, type FakeGitHub } from '../support/fake-github.js';
import { startNodeRelay, type NodeRelayHandle } from '../support/relay-process.js';
import { newDelivery } from './store-contract.js';

const DAY = 86_400_000;
const RETENTION_DAYS = 5;

let gh: FakeGitHub;
let dir: string;
let relay: NodeRelayHandle | undefined;

beforeEach(async () => {
  gh = await startFakeGitHub();
  dir = mkdtempSync(join(tmpdir(), 'w2g-retention-'));
});
afterEach(async () => {
  await relay?.stop();
  relay = undefined;
  await gh.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Ids left in the outbox, read with a connection of its own. */
function idsIn(file: string): string[] {
  const raw = new Database(file, { readonly: true });
  try {
    return (raw.prepare('SELECT id FROM deliveries ORDER BY id').all() as { id: string }[]).map((r) => r.id);
  } finally {
    raw.close();
  }
}

describe('retention purge (W2G_RETENTION_DAYS)', () => {
  it('deletes ended deliveries older than the retention at start, keeps newer ones and every pending one', async () => {
    const db = join(dir, 'outbox.db');
    const now = Date.now();
    const response = { status: 204, headers: {}, body: '' };
    const store = openSqliteStore(db);
    /** A delivery received `ageDays` ago and ended (`settle`) one minute later. */
    const ended = async (id: string, ageDays: number, settle: 'delivered' | 'failed' | 'dead') => {
      const at = now - ageDays * DAY;
      await store.enqueue(newDelivery({ id, receivedAt: at - 60_000, nextAttemptAt: at - 60_000 }), 0);
      if (settle === 'delivered') await store.settle(id, { kind: 'delivered', at, response });
      if (settle === 'failed') await store.settle(id, { kind: 'failed', at, response: { ...response, status: 422 }, error: 'GitHub answered HTTP 422' });
      if (settle === 'dead') await store.settle(id, { kind: 'dead', at, error: 'gave up after 24h' });
    };
    await ended('delivered-8d', 8, 'delivered');
    await ended('dead-8d', 8, 'dead');
    await ended('failed-6d', 6, 'failed');
    // Older than the default retention (7 days) would keep: the setting is what decides.
    await ended('delivered-4d', 4, 'delivered');
    // Received a month ago and still waiting (its next attempt far ahead, so the relay leaves it alone).
    await store.enqueue(newDelivery({ id: 'pending-30d', receivedAt: now - 30 * DAY, nextAttemptAt: now + 365 * DAY }), 0);
    await store.close();

    relay = await startNodeRelay({
      githubApiUrl: gh.url,
      env: { W2G_DB: db, W2G_RETENTION_DAYS: String(RETENTION_DAYS), W2G_SECRET: 'retention test secret', W2G_LOG_LEVEL: 'info' },
    });
    await waitFor(() => relay!.lines.some((l) => l.includes('purged deliveries past retention')), 10_000);
    const line = relay.lines.find((l) => l.includes('purged deliveries past retention'))!;
    expect(JSON.parse(line)).toMatchObject({ purged: 3 });
    expect(idsIn(db)).toEqual(['delivered-4d', 'pending-30d']);
    // Nothing was dispatched (the only call is the start-up reachability check, a GET /).
    expect(gh.requests.filter((q) => q.method !== 'GET' || q.url !== '/')).toEqual([]);
  });
});
