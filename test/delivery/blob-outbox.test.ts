/**
 * Bodies stored as git blobs go through the Node outbox like dispatches (real SQLite, the fake
 * GitHub over loopback): the bytes wait in the outbox until the blob is stored, then go; storing
 * the blob is an attempt of its own, retried by the same policy, paced with the dispatches of the
 * token, held by a secondary rate limit; the outbox records the target and the run's link (admin
 * API and `deliveries show`); a replay stores the blob again only when its bytes are still kept.
 */
import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../support/fake-github.js';
import { ensureNodeBuild } from '../receiver/support/node-build.js';
import { TOKEN, startHarness, type Harness } from './support/harness.js';

const run = promisify(execFile);
const ROOT = resolve(import.meta.dirname, '..', '..');
const gitSha = (b: Buffer) => createHash('sha1').update(`blob ${b.length}\0`).update(b).digest('hex');
const idOf = (res: Response) => res.headers.get('x-webhook2github-delivery')!;
/** Content-creating calls the fake saw: blob uploads and dispatches of either kind, in order. */
const calls = (h: Harness) =>
  h.gh.requests.filter((r) => r.method === 'POST').map((r) => ({ kind: r.url.endsWith('/git/blobs') ? 'blob' : 'dispatch', time: r.time, status: r.status }));

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

/** Sends a random body of `size` bytes (always a blob past 48 KB). */
async function sendBlob(hh: Harness, size: number, path = '/octo/hello/hook'): Promise<{ res: Response; body: Buffer }> {
  const body = randomBytes(size);
  const res = await hh.send({ path, body: body as unknown as string, headers: { 'content-type': 'application/octet-stream' } });
  return { res, body };
}

describe('git blobs through the outbox', () => {
  it('GitHub down for the blob: 202, the bytes wait in the outbox, the blob and the dispatch go once it is back; the bytes are then dropped', async () => {
    h = await startHarness();
    h.gh.fail(3, 503);
    const { res, body } = await sendBlob(h, 150_000);
    expect(res.status, await res.clone().text()).toBe(202);
    const id = idOf(res);
    await waitFor(() => h!.gh.dispatches.length === 1, 15_000);
    expect(h.gh.repoApi.blob('octo', 'hello', gitSha(body))?.equals(body)).toBe(true);
    expect(calls(h).map((c) => `${c.kind} ${c.status}`)).toEqual(['blob 503', 'blob 503', 'blob 503', 'blob 201', 'dispatch 204']);
    await waitFor(async () => (await h!.delivery.store.get(id))?.status === 'delivered', 5000);
    const stored = await h.delivery.store.get(id);
    expect(stored?.blob).toEqual({ sha: gitSha(body), size: body.length, sha256: createHash('sha256').update(body).digest('hex'), uploaded: true });
    expect(await h.delivery.store.readBlob(id)).toBeUndefined();
  });

  it('pacing counts the blob upload and the dispatch alike: at most N calls per window for the token', async () => {
    h = await startHarness({ mode: 'async', dispatchRate: 2 }, { paceWindowMs: 600, maxInFlight: 1 });
    for (let i = 0; i < 3; i++) await sendBlob(h, 80_000);
    await waitFor(() => h!.gh.dispatches.length === 3, 20_000);
    const timeline = calls(h);
    expect(timeline.map((c) => c.kind).sort()).toEqual(['blob', 'blob', 'blob', 'dispatch', 'dispatch', 'dispatch']);
    // Any 3 calls in a row span at least one window (2 per 600 ms), whichever kind they are.
    for (let i = 2; i < timeline.length; i++) expect(timeline[i]!.time - timeline[i - 2]!.time).toBeGreaterThanOrEqual(550);
  });

  it("a secondary rate limit on the blob upload holds the token for GitHub's retry-after", async () => {
    h = await startHarness();
    h.gh.secondaryRateLimit(1, 2);
    const { res } = await sendBlob(h, 100_000);
    expect(res.status).toBe(202);
    await waitFor(() => h!.gh.dispatches.length === 1, 15_000);
    const [limited, stored] = calls(h);
    expect(limited?.status).toBe(403);
    expect(stored!.time - limited!.time).toBeGreaterThanOrEqual(1900);
  });

  it('the outbox records target and run link: admin API and `deliveries show`', async () => {
    ensureNodeBuild();
    h = await startHarness();
    const { res, body } = await sendBlob(h, 120_000, '/octo/hello/hook?__workflow=webhook.yml&__ref=release');
    expect(res.status, await res.clone().text()).toBe(200);
    const answer = (await res.json()) as { run_id: number; html_url: string };
    const id = idOf(res);
    const shown = (await (await h.admin(`/deliveries/${id}`)).json()) as Record<string, unknown>;
    expect(shown).toMatchObject({
      status: 'delivered',
      target: 'workflow_dispatch',
      workflow: 'webhook.yml',
      ref: 'release',
      run_id: answer.run_id,
      html_url: answer.html_url,
      run_url: `${h.gh.url}/repos/octo/hello/actions/runs/${answer.run_id}`,
      body_ref: { sha: gitSha(body), size: body.length, uploaded: true },
    });
    expect(JSON.stringify(shown)).not.toContain(TOKEN);
    await h.delivery.stop();
    const cli = await run(process.execPath, [resolve(ROOT, 'bin/webhook2github.js'), 'deliveries', 'show', id, '--db', h.dbFile], {
      cwd: ROOT,
      env: { ...process.env, W2G_SECRET: h.config.secret ?? '' },
    });
    expect(JSON.parse(cli.stdout)).toMatchObject({
      id,
      target: 'workflow_dispatch',
      workflow: 'webhook.yml',
      run_id: answer.run_id,
      html_url: answer.html_url,
    });
    expect(cli.stdout).not.toContain(TOKEN);
  });

  it('a replay refers to the blob a delivered original stored; a failed original still has its bytes, so the replay stores them first', async () => {
    h = await startHarness();
    const ok = await sendBlob(h, 90_000);
    expect(ok.res.status).toBe(200);
    const replayed = await h.admin(`/deliveries/${idOf(ok.res)}/replay`, { method: 'POST', headers: { 'x-github-authorization': TOKEN } });
    expect(replayed.status, await replayed.clone().text()).toBe(200);
    expect(calls(h).map((c) => c.kind)).toEqual(['blob', 'dispatch', 'dispatch']);
    expect(h.gh.dispatches[1]!.body.client_payload['body_ref']).toEqual(h.gh.dispatches[0]!.body.client_payload['body_ref']);

    h.gh.reset();
    h.gh.answer(1, { status: 403, body: { message: 'Resource not accessible by personal access token' } });
    const refused = await sendBlob(h, 90_000);
    expect(refused.res.status).toBe(403);
    expect(await h.delivery.store.readBlob(idOf(refused.res))).toBeDefined();
    const again = await h.admin(`/deliveries/${idOf(refused.res)}/replay`, { method: 'POST', headers: { 'x-github-authorization': TOKEN } });
    expect(again.status, await again.clone().text()).toBe(200);
    expect(calls(h).map((c) => `${c.kind} ${c.status}`)).toEqual(['blob 403', 'blob 201', 'dispatch 204']);
    expect(h.gh.repoApi.blob('octo', 'hello', gitSha(refused.body))?.equals(refused.body)).toBe(true);
  });
});
