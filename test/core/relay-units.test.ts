import { describe, expect, it } from 'vitest';
import { splitQuery } from '../../src/core/relay/query.js';
import { parseTarget } from '../../src/core/relay/route.js';
import { chooseToken } from '../../src/core/relay/token.js';
import { classifyResponse, isRateLimited } from '../../src/core/github/classify.js';
import { RelayError } from '../../src/core/errors.js';
import { buildDispatch } from '../../src/core/relay/envelope.js';
import { bodyOf, utf8Length } from '../../src/core/relay/bytes.js';
import { parseDuration } from '../../src/core/config.js';

describe('parseTarget', () => {
  it('splits owner, repo, path and raw query', () => {
    expect(parseTarget('http://h/octo-cat/my.repo_1/a/b%20c?x=1&y')).toEqual({ owner: 'octo-cat', repo: 'my.repo_1', path: '/a/b%20c', rawQuery: 'x=1&y' });
    expect(parseTarget('http://h/o/r')).toEqual({ owner: 'o', repo: 'r', path: '/', rawQuery: undefined });
    expect(parseTarget('http://h/o/r/')).toMatchObject({ path: '/' });
  });
  it.each(['-o', 'o-', 'a--b', 'a'.repeat(40), '', 'o_x', 'o.x'])('rejects owner %j with 400', (owner) => {
    expect(() => parseTarget(`http://h/${owner}/r/p`)).toThrowError(RelayError);
    try {
      parseTarget(`http://h/${owner}/r/p`);
    } catch (e) {
      expect((e as RelayError).status).toBe(400);
      expect((e as RelayError).code).toBe('invalid_owner');
    }
  });
  it.each(['.', '..', 'a'.repeat(101), 'r%20x', ''])('rejects repo %j with 400', (repo) => {
    expect(() => parseTarget(`http://h/o/${repo}`)).toThrowError(/repository name/);
  });
  it('accepts the longest legal names', () => {
    expect(parseTarget(`http://h/${'a'.repeat(39)}/${'b'.repeat(100)}`).repo).toHaveLength(100);
  });
});

describe('splitQuery', () => {
  it('removes system params by decoded name and keeps the rest byte-exact and in order', () => {
    const q = splitQuery('b=2&%5F%5Ftoken=abc&a=%41+x&b=3&__response_code=201&__event_type=build%20it&x');
    expect(q.forwarded).toBe('b=2&a=%41+x&b=3&x');
    expect(q.system).toEqual({ __token: 'abc', __response_code: '201', __event_type: 'build it' });
  });
  it('yields no forwarded query when only system params were given', () => {
    expect(splitQuery('__token=x').forwarded).toBeUndefined();
    expect(splitQuery('').forwarded).toBeUndefined();
    expect(splitQuery(undefined).forwarded).toBeUndefined();
  });
  it('keeps malformed escapes as ordinary parameters', () => {
    expect(splitQuery('a=%E0%A4%A&__token=t').forwarded).toBe('a=%E0%A4%A');
  });
});

describe('chooseToken', () => {
  const h = (init: Record<string, string>) => new Headers(init);
  it('prefers __token, then X-Github-Authorization, then Authorization', () => {
    const headers = h({ 'x-github-authorization': 'xgh', authorization: 'auth' });
    expect(chooseToken('q', headers)).toEqual({ source: '__token', authorization: 'token q' });
    expect(chooseToken(undefined, headers)).toEqual({ source: 'x-github-authorization', authorization: 'token xgh' });
    expect(chooseToken(undefined, h({ authorization: 'Bearer abc' }))).toEqual({ source: 'authorization', authorization: 'Bearer abc' });
  });
  it('answers 401 without a token', () => {
    expect(() => chooseToken('', h({}))).toThrowError(/No GitHub token/);
  });
});

describe('classifyResponse', () => {
  const res = (status: number, headers: Record<string, string> = {}, body = '') => ({ status, headers, body });
  it('treats 403/429 as a rate limit only with a sign of one', () => {
    expect(isRateLimited(res(403, { 'retry-after': '30' }))).toBe(true);
    expect(isRateLimited(res(403, { 'x-ratelimit-remaining': '0' }))).toBe(true);
    expect(isRateLimited(res(403, {}, '{"message":"You have exceeded a secondary rate limit"}'))).toBe(true);
    expect(isRateLimited(res(403, {}, '{"message":"Resource not accessible by integration"}'))).toBe(false);
    expect(isRateLimited(res(429))).toBe(false);
  });
  it('honours retry-after and x-ratelimit-reset, defaulting to a minute', () => {
    const now = 1_700_000_000_000;
    expect(classifyResponse(res(403, { 'retry-after': '7' }), now)).toMatchObject({ kind: 'retry', reason: 'rate-limited', retryAfterMs: 7000 });
    expect(classifyResponse(res(403, { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(now / 1000 + 90) }), now)).toMatchObject({
      retryAfterMs: 90_000,
    });
    expect(classifyResponse(res(429, {}, 'secondary rate limit'), now)).toMatchObject({ retryAfterMs: 60_000 });
  });
  it('separates server errors from permanent ones', () => {
    expect(classifyResponse(res(502), 0).kind).toBe('retry');
    expect(classifyResponse(res(404), 0).kind).toBe('failed');
    expect(classifyResponse(res(422), 0).kind).toBe('failed');
    expect(classifyResponse(res(204), 0).kind).toBe('delivered');
  });
});

describe('buildDispatch', () => {
  const base = {
    id: 'i',
    receivedAt: new Date(0),
    method: 'post',
    path: '/p',
    forwardedQuery: undefined,
    headers: {},
    target: { kind: 'repository_dispatch', eventType: 'webhook' } as const,
  };
  it('keeps a UTF-8 body as text, BOM included', async () => {
    const bytes = new TextEncoder().encode('\uFEFFhéllo');
    const { envelope } = await buildDispatch({ ...base, body: bodyOf(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes.slice(3)])) });
    expect(envelope.body).toBe('\uFEFFhéllo');
    expect(envelope.body_encoding).toBeUndefined();
    expect(envelope.method).toBe('POST');
  });
  it('base64-encodes invalid UTF-8', async () => {
    const { envelope } = await buildDispatch({ ...base, body: bodyOf(new Uint8Array([0xff, 0x00, 0xc3])) });
    expect(envelope).toMatchObject({ body: '/wDD', body_encoding: 'base64' });
  });
  it('omits the body for 0 bytes', async () => {
    const { envelope } = await buildDispatch({ ...base, body: bodyOf(new Uint8Array()) });
    expect('body' in envelope).toBe(false);
  });
  it('serializes exactly what JSON.stringify would', async () => {
    const built = await buildDispatch({ ...base, body: bodyOf(new TextEncoder().encode('{"a":"ü"}')) });
    expect(JSON.parse(built.bodyJson)).toEqual({ event_type: 'webhook', client_payload: built.envelope });
  });
});

describe('utf8Length and parseDuration', () => {
  it('counts UTF-8 bytes like TextEncoder', () => {
    for (const s of ['', 'abc', 'héllo', '日本語', '😀x', '\ud800', 'a\udc00b']) {
      expect(utf8Length(s)).toBe(new TextEncoder().encode(s).length);
    }
  });
  it('parses durations', () => {
    expect(parseDuration('90s')).toBe(90_000);
    expect(parseDuration('30m')).toBe(1_800_000);
    expect(parseDuration('24h')).toBe(86_400_000);
    expect(parseDuration('3d')).toBe(259_200_000);
    expect(parseDuration('250ms')).toBe(250);
    expect(parseDuration('soon')).toBeUndefined();
  });
});
