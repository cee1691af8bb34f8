/**
 * Conformance: 200 concurrent requests, each delivered exactly once (counted by envelope id and
 * by a unique path), each answered with the id of its own delivery.
 */
import { describe, expect, it } from 'vitest';
import { RUNTIME_ROWS, TOKEN, envelopeOf, header, useRelay } from './harness.js';

const N = 200;

describe.each(RUNTIME_ROWS)('concurrency on %s', (_name, runtime) => {
  const h = useRelay(runtime);

  it(`delivers ${N} concurrent requests exactly once each`, async () => {
    const answers = await Promise.all(
      Array.from({ length: N }, (_, i) => h.send(`/octo/hello/c/${i}?__token=${TOKEN}&i=${i}`, { method: 'POST', body: JSON.stringify({ i }) })),
    );
    expect(answers.map((r) => r.status)).toEqual(Array.from({ length: N }, () => 200));
    await h.gh.waitFor(() => h.gh.dispatches.length >= N, 10_000);
    expect(h.gh.dispatches).toHaveLength(N);

    const envelopes = h.gh.dispatches.map((d) => envelopeOf(d));
    const ids = new Set(envelopes.map((e) => e.id));
    expect(ids.size).toBe(N);
    expect(new Set(answers.map((r) => header(r, 'x-webhook2github-delivery')))).toEqual(ids);

    const paths = new Set(envelopes.map((e) => e.path));
    expect(paths).toEqual(new Set(Array.from({ length: N }, (_, i) => `/c/${i}?i=${i}`)));
    // Each answer carries the id of the delivery made from that very request.
    const idByPath = new Map(envelopes.map((e) => [e.path, e.id]));
    answers.forEach((r, i) => expect(header(r, 'x-webhook2github-delivery')).toBe(idByPath.get(`/c/${i}?i=${i}`)));
    for (const e of envelopes) expect(e.body).toBe(JSON.stringify({ i: Number(/\/c\/(\d+)/.exec(e.path)?.[1]) }));
  });

  it('survives concurrent requests while GitHub fails some of them', async () => {
    h.gh.fail(20, 503);
    const answers = await Promise.all(Array.from({ length: 60 }, (_, i) => h.send(`/octo/hello/f/${i}?__token=${TOKEN}`, { method: 'POST', body: String(i) })));
    const statuses = answers.map((r) => r.status);
    expect(
      statuses.every((s) => s === 200 || s === 503 || s === 202),
      statuses.join(','),
    ).toBe(true);
    const delivered = new Set(h.gh.dispatches.map((d) => envelopeOf(d).path));
    expect(delivered.size).toBe(h.gh.dispatches.length);
    expect(statuses.filter((s) => s === 200).length).toBeLessThanOrEqual(delivered.size);
  });
});
