import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from './fake-github.js';

let gh: FakeGitHub;

beforeAll(async () => {
  gh = await startFakeGitHub();
});
afterAll(async () => {
  await gh.close();
});
beforeEach(() => {
  gh.reset();
});

const validBody = { event_type: 'webhook', client_payload: { path: '/x', method: 'POST' } };

function post(
  path = '/repos/octo/hello/dispatches',
  body: unknown = validBody,
  headers: Record<string, string> = { authorization: 'token ghp_abc' },
): Promise<Response> {
  return fetch(gh.url + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

async function expectGitHubHeaders(res: Response): Promise<void> {
  expect(res.headers.get('x-github-request-id')).toMatch(/^[0-9A-F]+(?::[0-9A-F]+){4}$/);
  expect(Number(res.headers.get('x-ratelimit-limit'))).toBeGreaterThan(0);
  expect(res.headers.get('x-ratelimit-remaining')).toMatch(/^\d+$/);
  expect(res.headers.get('x-ratelimit-reset')).toMatch(/^\d+$/);
  expect(res.headers.get('x-ratelimit-used')).toMatch(/^\d+$/);
  expect(res.headers.get('x-ratelimit-resource')).toBe('core');
}

async function expectError(res: Response, status: number, message: string | RegExp): Promise<void> {
  expect(res.status).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  await expectGitHubHeaders(res);
  const json = (await res.json()) as { message: string; documentation_url: string };
  if (typeof message === 'string') expect(json.message).toBe(message);
  else expect(json.message).toMatch(message);
  expect(json.documentation_url).toMatch(/^https:\/\/docs\.github\.com\//);
}

describe('fake GitHub: POST /repos/{owner}/{repo}/dispatches', () => {
  it('answers 204 with an empty body and records the dispatch', async () => {
    const res = await post();
    expect(res.status).toBe(204);
    expect(await res.text()).toBe('');
    await expectGitHubHeaders(res);
    expect(gh.dispatches).toHaveLength(1);
    const d = gh.dispatches[0]!;
    expect(d.owner).toBe('octo');
    expect(d.repo).toBe('hello');
    expect(d.authorization).toBe('token ghp_abc');
    expect(d.body).toEqual(validBody);
    expect(d.rawBody).toBe(JSON.stringify(validBody));
    expect(d.headers['content-type']).toBe('application/json');
    expect(d.time).toBeLessThanOrEqual(Date.now());
    expect(gh.requests).toHaveLength(1);
    expect(gh.requests[0]).toMatchObject({ method: 'POST', status: 204, outcome: 'answered' });
    expect(gh.requests[0]!.responseHeaders?.['x-github-request-id']).toBe(res.headers.get('x-github-request-id'));
    expect(gh.connections).toBeGreaterThanOrEqual(1);
  });

  it('accepts Bearer tokens and a missing client_payload', async () => {
    const res = await post(undefined, { event_type: 'x' }, { authorization: 'Bearer ghs_1' });
    expect(res.status).toBe(204);
  });

  it('401 Requires authentication without an Authorization header', async () => {
    await expectError(await post(undefined, undefined, {}), 401, 'Requires authentication');
    expect(gh.dispatches).toHaveLength(0);
  });

  it('401 Bad credentials for a token outside the accepted set', async () => {
    gh.configure({ tokens: ['good'] });
    await expectError(await post(undefined, undefined, { authorization: 'token bad' }), 401, 'Bad credentials');
    expect((await post(undefined, undefined, { authorization: 'token good' })).status).toBe(204);
    expect(gh.dispatches).toHaveLength(1);
  });

  it('401 Bad credentials for an Authorization header without a scheme', async () => {
    await expectError(await post(undefined, undefined, { authorization: 'ghp_bare' }), 401, 'Bad credentials');
  });

  it('404 Not Found for a repository outside the allowed list', async () => {
    gh.configure({ repos: ['octo/hello'] });
    await expectError(await post('/repos/octo/missing/dispatches'), 404, 'Not Found');
    expect((await post('/repos/Octo/Hello/dispatches')).status).toBe(204);
  });

  it('404 for other routes and methods', async () => {
    await expectError(await post('/repos/octo/hello/issues'), 404, 'Not Found');
    const res = await fetch(`${gh.url}/repos/octo/hello/dispatches`, { headers: { authorization: 'token x' } });
    await expectError(res, 404, 'Not Found');
  });

  it('400 for invalid JSON', async () => {
    await expectError(await post(undefined, '{"event_type":'), 400, 'Problems parsing JSON');
  });

  it('422 for event_type outside 1–100 characters', async () => {
    await expectError(await post(undefined, { event_type: '', client_payload: {} }), 422, /too short/);
    await expectError(await post(undefined, { event_type: 'e'.repeat(101), client_payload: {} }), 422, /too long/);
    await expectError(await post(undefined, { client_payload: {} }), 422, /event_type/);
    expect((await post(undefined, { event_type: 'é'.repeat(100), client_payload: {} })).status).toBe(204);
  });

  it('422 for more than 10 client_payload properties', async () => {
    const ten = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`k${i}`, i]));
    expect((await post(undefined, { event_type: 'x', client_payload: ten })).status).toBe(204);
    await expectError(
      await post(undefined, { event_type: 'x', client_payload: { ...ten, k10: 10 } }),
      422,
      /No more than 10 properties are allowed; 11 were supplied/,
    );
  });

  it('422 client_payload is too large. at 65536 serialized bytes', async () => {
    // {"b":"<n>"} is n + 8 bytes.
    const fits = { event_type: 'x', client_payload: { b: 'a'.repeat(65535 - 8) } };
    expect(Buffer.byteLength(JSON.stringify(fits.client_payload))).toBe(65535);
    expect((await post(undefined, fits)).status).toBe(204);
    const over = { event_type: 'x', client_payload: { b: 'a'.repeat(65536 - 8) } };
    await expectError(await post(undefined, over), 422, 'client_payload is too large.');
    // Bytes, not characters: 2-byte characters count twice.
    const wide = { event_type: 'x', client_payload: { b: 'é'.repeat(32764) } };
    await expectError(await post(undefined, wide), 422, 'client_payload is too large.');
  });

  it('counts the primary rate limit down and answers 403 at 0', async () => {
    const first = await post();
    const remaining = Number(first.headers.get('x-ratelimit-remaining'));
    expect(remaining).toBe(4999);
    expect(first.headers.get('x-ratelimit-used')).toBe('1');
    gh.setRateLimitRemaining(1);
    const last = await post();
    expect(last.status).toBe(204);
    expect(last.headers.get('x-ratelimit-remaining')).toBe('0');
    const limited = await post();
    expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
    await expectError(limited, 403, /API rate limit exceeded/);
    expect(gh.dispatches).toHaveLength(2);
  });

  it('answers a secondary rate limit on demand with retry-after', async () => {
    gh.secondaryRateLimit(2, 42);
    for (let i = 0; i < 2; i++) {
      const res = await post();
      expect(res.headers.get('retry-after')).toBe('42');
      await expectError(res, 403, /^You have exceeded a secondary rate limit/);
    }
    expect((await post()).status).toBe(204);
  });

  it('answers 5xx for the next n requests', async () => {
    gh.fail(1, 503);
    gh.fail(1);
    gh.fail(1, 500);
    await expectError(await post(), 503, 'Service Unavailable');
    const bad = await post();
    expect(bad.status).toBe(502);
    await bad.arrayBuffer();
    expect((await post()).status).toBe(500);
    expect((await post()).status).toBe(204);
    expect(gh.dispatches).toHaveLength(1);
    expect(gh.requests.map((r) => r.status)).toEqual([503, 502, 500, 204]);
  });

  it('answers an injected status, body and headers', async () => {
    gh.answer(1, { status: 422, body: { message: 'custom' }, headers: { 'retry-after': '7' } });
    const res = await post();
    expect(res.headers.get('retry-after')).toBe('7');
    await expectGitHubHeaders(res);
    expect(res.status).toBe(422);
    expect(await res.json()).toEqual({ message: 'custom' });
  });

  it('hangs the next n requests until reset', async () => {
    gh.hang(1);
    const pending = post(undefined, undefined, { authorization: 'token x' }).catch((e: unknown) => e);
    await gh.waitFor(() => gh.requests.length === 1);
    expect(gh.requests[0]!.outcome).toBe('hung');
    // The next request is answered normally while the first still hangs.
    expect((await post()).status).toBe(204);
    gh.reset();
    expect(await pending).toBeInstanceOf(Error);
  });

  it('drops the connection of the next n requests', async () => {
    gh.drop(1);
    await expect(post()).rejects.toThrow();
    expect(gh.requests[0]!.outcome).toBe('dropped');
    expect((await post()).status).toBe(204);
  });

  it('delays answers', async () => {
    gh.setDelay(150);
    const started = Date.now();
    expect((await post()).status).toBe(204);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('waitFor resolves on the condition and rejects on timeout', async () => {
    void post();
    await gh.waitFor(() => gh.dispatches.length >= 1, 2000);
    await expect(gh.waitFor(() => false, 50)).rejects.toThrow(/within 50 ms/);
  });

  it('close releases hung requests', async () => {
    const other = await startFakeGitHub();
    other.hang(1);
    const pending = fetch(`${other.url}/repos/a/b/dispatches`, { method: 'POST', body: '{}' }).catch((e: unknown) => e);
    await other.waitFor(() => other.requests.length === 1);
    await other.close();
    expect(await pending).toBeInstanceOf(Error);
  });
});
