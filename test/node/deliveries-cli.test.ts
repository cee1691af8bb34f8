/**
 * The human output of `webhook2github deliveries list` (README "The `deliveries` command"): the
 * built CLI as a process against an outbox holding deliveries in every state, newest first, one
 * line each (id, status, attempts, repository, received time, GitHub's status, last error).
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSqliteStore } from '../../src/node/sqlite-store.js';
import { newDelivery } from '../delivery/store-contract.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const run = promisify(execFile);

const T0 = Date.UTC(2026, 0, 15, 9, 30, 0);
const MIN = 60_000;
// Relay ids are UUIDs: equal length, so the columns after them line up.
const ID = {
  delivered: '0b6f1c9e-3a51-4d0e-9f4e-1d2c3b4a5f60',
  failed: '1c7a2d8f-4b62-4e1f-8a5f-2e3d4c5b6a71',
  retrying: '2d8b3e9a-5c73-4f20-9b6a-3f4e5d6c7b82',
  dead: '3e9c4fab-6d84-4a31-8c7b-4a5f6e7d8c93',
} as const;

let dir: string;
let db: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'w2g-cli-list-'));
  db = join(dir, 'outbox.db');
  const store = openSqliteStore(db);
  const add = (id: string, owner: string, repo: string, minutes: number) =>
    store.enqueue(newDelivery({ id, owner, repo, receivedAt: T0 + minutes * MIN, nextAttemptAt: T0 + minutes * MIN }), 0);
  await add(ID.delivered, 'octo', 'hello', 0);
  await add(ID.failed, 'octo', 'hello', 1);
  await add(ID.retrying, 'Octo-Org', 'site.www', 2);
  await add(ID.dead, 'octo', 'hello', 3);
  const response = { status: 204, headers: {}, body: '' };
  await store.settle(ID.delivered, { kind: 'delivered', at: T0 + 1000, response });
  await store.settle(ID.failed, {
    kind: 'failed',
    at: T0 + MIN + 1000,
    response: { status: 422, headers: {}, body: '{"message":"Invalid request."}' },
    error: 'GitHub answered HTTP 422',
  });
  await store.settle(ID.retrying, { kind: 'retry', at: T0 + 2 * MIN + 1000, nextAttemptAt: T0 + 3 * MIN, error: 'GitHub answered HTTP 502', status: 502 });
  await store.settle(ID.retrying, { kind: 'retry', at: T0 + 3 * MIN, nextAttemptAt: T0 + 5 * MIN, error: 'no answer from GitHub within 10000 ms' });
  await store.settle(ID.dead, { kind: 'dead', at: T0 + 3 * MIN + 1000, error: 'gave up: older than W2G_MAX_AGE (24h)', status: 503 });
  await store.close();
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const list = async (...args: string[]) =>
  (await run(process.execPath, [join(ROOT, 'bin', 'webhook2github.js'), 'deliveries', 'list', '--db', db, ...args], { cwd: ROOT })).stdout;

/** A printed line's columns (separated by two or more spaces). */
const columns = (line: string) => line.trimEnd().split(/ {2,}/);
const lines = (stdout: string) => stdout.split('\n').filter((l) => l !== '');

describe('webhook2github deliveries list', () => {
  it('prints one aligned line per delivery, newest first', async () => {
    const out = lines(await list());
    expect(out.map(columns)).toEqual([
      [ID.dead, 'dead', 'attempts=1', 'octo/hello', '2026-01-15T09:33:00.000Z', '503', 'gave up: older than W2G_MAX_AGE (24h)'],
      [ID.retrying, 'pending', 'attempts=2', 'Octo-Org/site.www', '2026-01-15T09:32:00.000Z', '-', 'no answer from GitHub within 10000 ms'],
      [ID.failed, 'failed', 'attempts=1', 'octo/hello', '2026-01-15T09:31:00.000Z', '422', 'GitHub answered HTTP 422'],
      [ID.delivered, 'delivered', 'attempts=1', 'octo/hello', '2026-01-15T09:30:00.000Z', '204'],
    ]);
    // The status column is padded: what follows it starts in the same column on every line.
    expect(new Set(out.map((l) => l.indexOf('attempts=')))).toHaveProperty('size', 1);
  });

  it('filters by status and repository', async () => {
    expect(lines(await list('--status', 'failed')).map((l) => columns(l)[0])).toEqual([ID.failed]);
    expect(lines(await list('--repo', 'OCTO-ORG/site.www')).map((l) => columns(l)[0])).toEqual([ID.retrying]);
  });

  it('pages with a cursor line and says when nothing matches', async () => {
    const first = lines(await list('--limit', '3'));
    expect(first).toHaveLength(4);
    const more = /^more: --cursor (\S+)$/.exec(first[3]!);
    expect(more, first[3]).not.toBeNull();
    expect(lines(await list('--limit', '3', '--cursor', more![1]!)).map((l) => columns(l)[0])).toEqual([ID.delivered]);
    expect(await list('--repo', 'someone/else')).toBe('no deliveries\n');
  });
});
