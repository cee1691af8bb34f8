/**
 * Conformance: how the relay answers for what GitHub did — errors and useful headers passed
 * through, 502 when GitHub cannot be reached, 504 when it does not answer in time, 5xx passed on.
 */
import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { RUNTIME_ROWS, TOKEN, expectRelayError, header, send, useRelay, type RawResponse, type Harness } from './harness.js';

const AT = `/octo/hello/up?__token=${TOKEN}`;

/** GitHub timeout for the timeout tests (Node `--github-timeout` / `W2G_GITHUB_TIMEOUT_MS`; Worker `GITHUB_TIMEOUT_MS`). */
const SHORT_TIMEOUT_MS = 500;

/** A loopback port with nothing listening on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/**
 * A durable relay answers a retryable failure 202 `{success, queued, id}` and delivers later, once
 * GitHub takes it (the faults below are one-shot, so the background retry succeeds).
 */
async function expectQueuedThenDelivered(h: Harness, res: RawResponse): Promise<void> {
  expect(res.status, res.text()).toBe(202);
  const id = header(res, 'x-webhook2github-delivery');
  expect(res.json()).toEqual({ success: true, queued: true, id });
  await h.gh.waitFor(() => h.gh.dispatches.some((d) => d.body.client_payload['id'] === id), 15_000);
  expect(h.gh.dispatches.filter((d) => d.body.client_payload['id'] === id)).toHaveLength(1);
}

describe.each(RUNTIME_ROWS)('upstream on %s', (_name, runtime) => {
  describe("GitHub's answers", () => {
    const h = useRelay(runtime);

    it("passes GitHub's 401 Bad credentials through with GitHub's JSON", async () => {
      h.gh.configure({ tokens: ['the-only-good-one'] });
      const res = await h.send(AT, { method: 'POST', body: '{}' });
      expect(res.status).toBe(401);
      expect(res.json()).toMatchObject({ message: 'Bad credentials' });
      expect(h.gh.dispatches).toHaveLength(0);
    });

    it("passes GitHub's 404 Not Found through", async () => {
      h.gh.configure({ repos: ['octo/elsewhere'] });
      const res = await h.send(AT, { method: 'POST', body: '{}' });
      expect(res.status).toBe(404);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.json()).toMatchObject({ message: 'Not Found', documentation_url: expect.stringMatching(/^https:\/\/docs\.github\.com/) });
    });

    it("passes a GitHub 422 through with GitHub's body", async () => {
      const body = { message: 'Invalid request.', documentation_url: 'https://docs.github.com/rest', status: '422' };
      h.gh.answer(1, { status: 422, body });
      const res = await h.send(AT, { method: 'POST', body: '{}' });
      expect(res.status).toBe(422);
      expect(res.json()).toEqual(body);
    });

    it('passes x-github-request-id and x-ratelimit-* through', async () => {
      const res = await h.send(AT, { method: 'POST', body: '{}' });
      expect(res.status).toBe(200);
      const sent = h.gh.requests[0]!.responseHeaders!;
      for (const name of [
        'x-github-request-id',
        'x-ratelimit-limit',
        'x-ratelimit-remaining',
        'x-ratelimit-reset',
        'x-ratelimit-used',
        'x-ratelimit-resource',
      ]) {
        expect(header(res, name), name).toBe(sent[name]);
      }
    });

    it('passes a secondary rate limit through with retry-after', async () => {
      h.gh.secondaryRateLimit(1, 37);
      // A token of its own: a durable relay pauses a rate-limited token, which must not hold up other tests.
      const res = await h.send(`/octo/hello/up?__token=${TOKEN}-secondary`, { method: 'POST', body: '{}' });
      if (runtime.durable) {
        // Queued, and held for the 37 s GitHub asked for: nothing is sent again meanwhile.
        expect(res.status, res.text()).toBe(202);
        expect(res.json()).toMatchObject({ success: true, queued: true });
        return;
      }
      expect(res.status).toBe(403);
      expect(header(res, 'retry-after')).toBe('37');
      expect(String(res.json()['message'])).toMatch(/secondary rate limit/);
      expect(header(res, 'x-github-request-id')).toBe(h.gh.requests[0]!.responseHeaders!['x-github-request-id']);
    });

    it('passes a primary rate limit through with x-ratelimit-remaining 0', async () => {
      h.gh.setRateLimitRemaining(0);
      const res = await h.send(`/octo/hello/up?__token=${TOKEN}-primary`, { method: 'POST', body: '{}' });
      if (runtime.durable) {
        expect(res.status, res.text()).toBe(202);
        expect(res.json()).toMatchObject({ success: true, queued: true });
        return;
      }
      expect(res.status).toBe(403);
      expect(header(res, 'x-ratelimit-remaining')).toBe('0');
      expect(header(res, 'x-ratelimit-reset')).toMatch(/^\d+$/);
    });

    it('does not pass GitHub-side hop-by-hop or framing headers as its own', async () => {
      h.gh.answer(1, { status: 422, body: { message: 'x' }, headers: { 'keep-alive': 'timeout=99', 'x-github-request-id': 'AAAA:BBBB:CCCC:DDDD:EEEE' } });
      const res = await h.send(AT, { method: 'POST', body: '{}' });
      expect(res.status).toBe(422);
      expect(header(res, 'keep-alive')).not.toBe('timeout=99');
      expect(header(res, 'x-github-request-id')).toBe('AAAA:BBBB:CCCC:DDDD:EEEE');
    });

    it.each([502, 503, 500])("passes GitHub's %i through", async (status) => {
      // DESIGN.md: status is GitHub's status; the relay itself never answers 500 for its own reasons.
      h.gh.fail(1, status);
      const res = await h.send(AT, { method: 'POST', body: '{}' });
      if (runtime.durable) return expectQueuedThenDelivered(h, res);
      expect(res.status).toBe(status);
      expect(h.gh.dispatches).toHaveLength(0);
    });

    it('answers 502 JSON when GitHub drops the connection', async () => {
      h.gh.drop(1);
      const res = await h.send(AT, { method: 'POST', body: '{}' });
      if (runtime.durable) return expectQueuedThenDelivered(h, res);
      const json = expectRelayError(res, 502, h.relay.url);
      expect(json['message']).toMatch(/GitHub/i);
    });

    it('keeps working after faults', async () => {
      h.gh.drop(1);
      h.gh.fail(1, 503);
      await h.send(AT, { method: 'POST', body: '1' });
      await h.send(AT, { method: 'POST', body: '2' });
      const res = await h.send(AT, { method: 'POST', body: '3' });
      expect(res.status).toBe(200);
      // A durable relay also delivers the two that failed, in the background.
      if (runtime.durable) await h.gh.waitFor(() => h.gh.dispatches.length === 3, 15_000);
      expect(h.gh.dispatches).toHaveLength(runtime.durable ? 3 : 1);
    });
  });

  describe('GitHub unreachable', () => {
    it('answers 502 JSON with a message when nothing listens at the GitHub API URL', async () => {
      const port = await closedPort();
      const relay = await runtime.start({ githubApiUrl: `http://127.0.0.1:${port}` });
      try {
        const res = await send(relay.url, AT, { method: 'POST', body: '{}' });
        if (runtime.durable) {
          expect(res.status, res.text()).toBe(202);
          expect(res.json()).toMatchObject({ success: true, queued: true });
          return;
        }
        const json = expectRelayError(res, 502, relay.url);
        expect(json['message']).toMatch(/GitHub/i);
      } finally {
        await relay.stop();
      }
    });
  });

  describe(`GitHub too slow (timeout ${SHORT_TIMEOUT_MS} ms)`, () => {
    const h = useRelay(runtime, { githubTimeoutMs: SHORT_TIMEOUT_MS });

    it('answers 504 JSON with a message when GitHub hangs', async () => {
      h.gh.hang(1);
      const started = Date.now();
      const res = await h.send(AT, { method: 'POST', body: '{}' });
      expect(Date.now() - started).toBeLessThan(SHORT_TIMEOUT_MS + 4000);
      if (runtime.durable) return expectQueuedThenDelivered(h, res);
      const json = expectRelayError(res, 504, h.relay.url);
      expect(json['message']).toMatch(/GitHub/i);
      expect(Date.now() - started).toBeLessThan(SHORT_TIMEOUT_MS + 4000);
    });

    it('answers 504 when GitHub answers after the timeout', async () => {
      h.gh.setDelay(SHORT_TIMEOUT_MS + 1500);
      const res = await h.send(AT, { method: 'POST', body: '{}' });
      if (runtime.durable) {
        expect(res.status, res.text()).toBe(202);
        const id = header(res, 'x-webhook2github-delivery');
        expect(res.json()).toEqual({ success: true, queued: true, id });
        // GitHub gets quick again: the queued delivery must reach it. At least once, not exactly
        // once: GitHub may also have taken the late attempt (README "Delivery guarantees").
        h.gh.setDelay(0);
        await h.gh.waitFor(() => h.gh.dispatches.some((d) => d.body.client_payload['id'] === id), 15_000);
        return;
      }
      expectRelayError(res, 504, h.relay.url);
    });

    it('answers normally when GitHub is slow but within the timeout', async () => {
      h.gh.setDelay(50);
      const res = await h.send(AT, { method: 'POST', body: '{}' });
      expect(res.status).toBe(200);
    });
  });
});
