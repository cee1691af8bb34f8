import { afterEach, describe, expect, it } from 'vitest';
import { Hono } from 'hono';
import { createAdminApi } from '../../src/core/admin.js';
import { createMemoryStore } from '../../src/core/delivery/memory-store.js';
import { waitFor } from '../support/fake-github.js';
import { startHarness, TOKEN, type Harness } from './support/harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

const idOf = (res: Response) => res.headers.get('x-webhook2github-delivery') ?? '';

describe('admin API', () => {
  it('is absent (404) without an admin token and 401 with a wrong one', async () => {
    const off = new Hono().route(
      '/_/api',
      createAdminApi({ store: createMemoryStore(), adminToken: undefined, submitReplay: async () => ({ kind: 'queued', id: 'x' }) }),
    );
    expect((await off.request('/_/api/deliveries', { headers: { authorization: 'Bearer anything' } })).status).toBe(404);
    h = await startHarness();
    expect((await h.admin('/deliveries', { headers: { authorization: 'Bearer wrong' } })).status).toBe(401);
    expect((await h.admin('/deliveries', { headers: { authorization: '' } })).status).toBe(401);
    expect((await h.admin('/deliveries')).status).toBe(200);
    expect((await h.admin('/nope')).status).toBe(404);
    // One error shape everywhere, the admin API included.
    const wrong = await h.admin('/deliveries', { headers: { authorization: 'Bearer wrong' } });
    expect(wrong.headers.get('www-authenticate')).toMatch(/^Bearer/);
    expect(await wrong.json()).toMatchObject({
      success: false,
      code: 'unauthorized',
      message: expect.stringMatching(/W2G_ADMIN_TOKEN/),
      documentation_url: 'http://relay.test/',
    });
    expect(await (await h.admin('/deliveries/nope')).json()).toMatchObject({
      success: false,
      code: 'unknown_delivery',
      documentation_url: 'http://relay.test/',
    });
    const badLimit = await h.admin('/deliveries?limit=abc');
    expect(badLimit.status).toBe(400);
    expect(await badLimit.json()).toMatchObject({ code: 'invalid_limit' });
  });

  it('lists with filters and cursor pages, shows one, and never exposes the credential', async () => {
    h = await startHarness();
    const ids: string[] = [];
    for (let i = 0; i < 3; i++) ids.push(idOf(await h.send({ body: JSON.stringify({ n: i }) })));
    h.gh.fail(1000, 502);
    const pending = idOf(await h.send({ path: '/octo/other/x' }));
    const page1 = (await (await h.admin('/deliveries?limit=2')).json()) as { deliveries: { id: string }[]; next: string };
    expect(page1.deliveries.map((d) => d.id)).toEqual([pending, ids[2]]);
    const page2 = (await (await h.admin(`/deliveries?limit=2&cursor=${page1.next}`)).json()) as { deliveries: { id: string }[]; next: null };
    expect(page2.deliveries.map((d) => d.id)).toEqual([ids[1], ids[0]]);
    expect(page2.next).toBeNull();
    const pend = (await (await h.admin('/deliveries?status=pending')).json()) as { deliveries: { id: string }[] };
    expect(pend.deliveries.map((d) => d.id)).toEqual([pending]);
    const repo = (await (await h.admin('/deliveries?repo=OCTO/hello')).json()) as { deliveries: { id: string }[] };
    expect(repo.deliveries.length).toBe(3);
    expect((await h.admin('/deliveries?status=bogus')).status).toBe(400);
    const one = await h.admin(`/deliveries/${pending}`);
    const text = await one.text();
    expect(JSON.parse(text)).toMatchObject({
      id: pending,
      repo: 'octo/other',
      status: 'pending',
      request: { event_type: 'webhook', client_payload: { id: pending } },
    });
    expect(text).not.toContain(TOKEN);
    expect(text).not.toContain('v1.');
    expect((await h.admin('/deliveries/missing')).status).toBe(404);
  });

  it('replays a delivery as a new one with replay_of, using the token given', async () => {
    h = await startHarness();
    const orig = idOf(await h.send());
    expect((await h.admin(`/deliveries/${orig}/replay`, { method: 'POST' })).status).toBe(400);
    const res = await h.admin(`/deliveries/${orig}/replay`, { method: 'POST', headers: { 'x-github-authorization': 'ghp_ReplayToken' } });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { id: string; replay_of: string; status: string };
    expect(body).toMatchObject({ success: true, replay_of: orig, status: 'delivered' });
    expect(body.id).not.toBe(orig);
    const sent = h.gh.dispatches[1]!;
    expect(sent.authorization).toBe('token ghp_ReplayToken');
    expect(sent.body.client_payload).toMatchObject({ id: body.id, replay_of: orig });
    expect(await h.delivery.store.get(body.id)).toMatchObject({ replayOf: orig, status: 'delivered' });
    // __token works too; a failing GitHub leaves the replay queued.
    h.gh.fail(1, 502);
    const q = await h.admin(`/deliveries/${orig}/replay?__token=${encodeURIComponent('Bearer ghp_Other')}`, { method: 'POST' });
    expect(q.status).toBe(202);
    await waitFor(() => h!.gh.dispatches.length === 3, 5000);
    expect(h.gh.dispatches[2]!.authorization).toBe('Bearer ghp_Other');
  });
});
