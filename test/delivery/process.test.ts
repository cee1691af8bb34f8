/**
 * Durable delivery with real processes: `webhook2github serve` as a child, real SQLite on disk,
 * the fake GitHub over HTTP. Crash (kill -9) under load, SIGTERM and restart, an outbox that
 * cannot be written, and the `deliveries` CLI against the same file.
 */
import { execFile, spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, waitFor, type FakeGitHub } from '../support/fake-github.js';
import { startNodeRelay, type NodeRelayHandle } from '../support/relay-process.js';

const ROOT = resolve(import.meta.dirname, '..', '..');
const TOKEN = 'ghp_ProcessTestToken0123456789abcdefXYZ';
const run = promisify(execFile);

let gh: FakeGitHub;
let dir: string;
let db: string;
const relays: NodeRelayHandle[] = [];

beforeEach(async () => {
  gh = await startFakeGitHub();
  dir = mkdtempSync(join(tmpdir(), 'w2g-process-'));
  db = join(dir, 'outbox.db');
});
afterEach(async () => {
  for (const r of relays.splice(0)) await r.kill();
  await gh.close();
  rmSync(dir, { recursive: true, force: true });
});

async function relay(env: Record<string, string> = {}): Promise<NodeRelayHandle> {
  const r = await startNodeRelay({
    githubApiUrl: gh.url,
    githubTimeoutMs: 1000,
    env: { W2G_DB: db, W2G_SECRET: 'process test secret', W2G_SYNC_DEADLINE_MS: '1000', W2G_LOG_LEVEL: 'warn', W2G_DISPATCH_RATE: '0', ...env },
  });
  relays.push(r);
  return r;
}

const post = (url: string, n: number) =>
  fetch(`${url}/octo/hello/load?__token=${TOKEN}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ n, text: 'grüße' }),
  });

const dispatchCounts = () => {
  const counts = new Map<string, number>();
  for (const d of gh.dispatches) counts.set(String(d.body.client_payload.id), (counts.get(String(d.body.client_payload.id)) ?? 0) + 1);
  return counts;
};

describe('durable delivery across processes', () => {
  it('kill -9 under load: every 2xx-acknowledged delivery is dispatched after restart', async () => {
    gh.setDelay(15);
    gh.fail(40, 502);
    const first = await relay({ W2G_MODE: 'async' });
    const acked: string[] = [];
    let killed = false;
    let sent = 0;
    // 16 concurrent senders until the kill; answers after the kill are connection errors.
    const sender = async () => {
      while (!killed) {
        const n = sent++;
        try {
          const res = await post(first.url, n);
          if (res.status >= 200 && res.status < 300) acked.push(res.headers.get('x-webhook2github-delivery')!);
        } catch {
          // The relay died mid-request: not acknowledged.
        }
      }
    };
    const senders = Array.from({ length: 16 }, sender);
    await waitFor(() => acked.length >= 300 && gh.dispatches.length >= 50, 20_000);
    const killAt = Date.now();
    await first.kill();
    killed = true;
    await Promise.all(senders);
    const beforeRestart = dispatchCounts();
    const pendingAtKill = acked.filter((id) => !beforeRestart.has(id)).length;

    await relay({ W2G_MODE: 'async' });
    await waitFor(() => acked.every((id) => dispatchCounts().has(id)), 30_000);
    const counts = dispatchCounts();
    const duplicates = [...counts.values()].filter((c) => c > 1).length;
    console.log(
      `kill -9: ${sent} sent, ${acked.length} acknowledged, ${pendingAtKill} not yet dispatched at the kill, ` +
        `${duplicates} dispatched twice (in flight at the kill), ${acked.length - pendingAtKill} before / ${pendingAtKill} after restart`,
    );
    expect(acked.every((id) => counts.has(id))).toBe(true);
    // Only deliveries in flight at the kill can repeat: at most the in-flight window.
    expect(duplicates).toBeLessThanOrEqual(64);
    for (const c of counts.values()) expect(c).toBeLessThanOrEqual(2);
    // A repeat is one GitHub had already received before the kill, but whose answer was lost with the process.
    for (const [id, c] of counts) {
      if (c > 1) expect(gh.dispatches.find((d) => d.body.client_payload.id === id)!.time).toBeLessThanOrEqual(killAt + 50);
    }
  }, 90_000);

  it('SIGTERM leaves pending work in the database; a restart resumes it', async () => {
    gh.fail(10_000, 503);
    const a = await relay();
    const ids: string[] = [];
    for (let i = 0; i < 5; i++) {
      const res = await post(a.url, i);
      expect(res.status).toBe(202);
      ids.push(res.headers.get('x-webhook2github-delivery')!);
    }
    expect(await a.stop()).toBe(0);
    const raw = new Database(db, { readonly: true });
    const pending = raw.prepare("SELECT id FROM deliveries WHERE status = 'pending'").all() as { id: string }[];
    raw.close();
    expect(pending.map((r) => r.id).sort()).toEqual([...ids].sort());
    gh.reset();
    await relay();
    await waitFor(() => gh.dispatches.length === 5, 20_000);
    expect([...dispatchCounts().keys()].sort()).toEqual([...ids].sort());
  }, 60_000);

  it('an outbox that cannot be written: 503, nothing acknowledged or sent, /healthz 503; recovers after', async () => {
    const r = await relay();
    expect((await post(r.url, 0)).status).toBe(200);
    const locker = new Database(db);
    locker.exec('BEGIN EXCLUSIVE');
    try {
      const res = await post(r.url, 1);
      expect(res.status).toBe(503);
      expect(await res.json()).toMatchObject({ success: false, code: 'store_unavailable' });
      // Only the first webhook's dispatch reached GitHub (the start-up reachability check is a GET /).
      expect(gh.requests.filter((q) => q.method === 'POST').length).toBe(1);
      expect((await fetch(`${r.url}/healthz`)).status).toBe(503);
    } finally {
      locker.exec('ROLLBACK');
      locker.close();
    }
    expect((await post(r.url, 2)).status).toBe(200);
    const health = await fetch(`${r.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ ok: true, queue: { pending: 0, oldest_pending_age_s: 0, dead: 0 } });
  }, 60_000);

  it('refuses to start when the outbox cannot be opened, naming the setting', async () => {
    await expect(relay({ W2G_DB: join(dir, 'missing-dir', 'outbox.db') })).rejects.toThrow(/W2G_DB/);
  });

  it('deliveries CLI: list, show, replay, purge on the same file', async () => {
    const r = await relay();
    const res = await post(r.url, 7);
    const id = res.headers.get('x-webhook2github-delivery')!;
    const cli = (...args: string[]) =>
      run(process.execPath, [join(ROOT, 'bin', 'webhook2github.js'), 'deliveries', ...args, '--db', db], {
        cwd: ROOT,
        env: { ...process.env, W2G_SECRET: 'process test secret' },
      });
    const list = JSON.parse((await cli('list', '--json')).stdout) as { deliveries: { id: string; status: string }[] };
    expect(list.deliveries).toMatchObject([{ id, status: 'delivered' }]);
    const show = (await cli('show', id)).stdout;
    expect(JSON.parse(show)).toMatchObject({ id, request: { client_payload: { id } } });
    expect(show).not.toContain(TOKEN);
    // The token never comes from a flag: GITHUB_TOKEN, or piped on stdin.
    // Asynchronous: the fake GitHub answers from this process while the CLI runs.
    const replayWith = (token: { env?: string; stdin?: string }) =>
      new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
        const child = spawn(process.execPath, [join(ROOT, 'bin', 'webhook2github.js'), 'deliveries', 'replay', id, '--db', db, '--github-api-url', gh.url], {
          cwd: ROOT,
          env: { ...process.env, W2G_SECRET: 'process test secret', GITHUB_TOKEN: token.env ?? '' },
        });
        let stdout = '';
        let stderr = '';
        child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
        child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
        child.on('close', (status) => done({ status, stdout, stderr }));
        child.stdin.end(token.stdin ?? '');
      });
    const byEnv = await replayWith({ env: 'ghp_CliReplay' });
    expect(byEnv.status, byEnv.stderr).toBe(0);
    const replay = JSON.parse(byEnv.stdout.slice(0, byEnv.stdout.indexOf('\n}') + 2)) as { id: string; status: string };
    expect(replay).toMatchObject({ replay_of: id, status: 'delivered' });
    expect(gh.dispatches[1]).toMatchObject({ authorization: 'token ghp_CliReplay', body: { client_payload: { id: replay.id, replay_of: id } } });
    const byStdin = await replayWith({ stdin: 'ghp_CliPiped\n' });
    expect(byStdin.status, byStdin.stderr).toBe(0);
    expect(gh.dispatches[2]?.authorization).toBe('token ghp_CliPiped');
    const none = await replayWith({});
    expect(none.status).toBe(1);
    expect(none.stderr).toMatch(/stdin.*GITHUB_TOKEN/);
    expect(
      spawnSync(process.execPath, [join(ROOT, 'bin', 'webhook2github.js'), 'deliveries', 'replay', id, '--token', 'x'], { encoding: 'utf8' }).stderr,
    ).toMatch(/unknown option '--token'/);
    expect((await cli('purge', '--older-than', '0s')).stdout).toMatch(/purged 3 deliveries/);
  }, 60_000);
});
