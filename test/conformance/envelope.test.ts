/**
 * Conformance: the envelope (`client_payload`) the relay sends, per the README's "The envelope":
 * id, received_at, method, headers, byte-exact bodies, and GitHub's size limit enforced before
 * sending (gzip+base64 when it makes the body fit, else a git blob named by `body_ref`).
 */
import { createHash, randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { RUNTIME_ROWS, SUITE_MAX_BODY, TOKEN, decodeBody, envelopeOf, expectRelayError, header, useRelay } from './harness.js';

const AT = `/octo/hello/env?__token=${TOKEN}`;

describe.each(RUNTIME_ROWS)('envelope on %s', (_name, runtime) => {
  const h = useRelay(runtime);

  it('carries id (= X-Webhook2github-Delivery), received_at (ISO 8601), path and upper-case method', async () => {
    const before = Date.now();
    const res = await h.send(`${AT}&q=1`, { method: 'POST', body: '{"a":1}' });
    const after = Date.now();
    expect(res.status).toBe(200);
    const env = envelopeOf(h.gh.dispatches[0]);
    expect(typeof env.id).toBe('string');
    expect(env.id.length).toBeGreaterThan(0);
    expect(header(res, 'x-webhook2github-delivery')).toBe(env.id);
    expect(env.received_at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
    const t = Date.parse(env.received_at);
    expect(t).toBeGreaterThanOrEqual(before - 1000);
    expect(t).toBeLessThanOrEqual(after + 1000);
    expect(env.method).toBe('POST');
    expect(env.path).toBe('/env?q=1');
    expect(env.body).toBe('{"a":1}');
    expect(env.body_encoding).toBeUndefined();
    expect(Object.keys(h.gh.dispatches[0]!.body.client_payload).length).toBeLessThanOrEqual(10);
  });

  it('gives every delivery its own id', async () => {
    const a = await h.send(AT, { method: 'POST', body: 'same' });
    const b = await h.send(AT, { method: 'POST', body: 'same' });
    expect(header(a, 'x-webhook2github-delivery')).not.toBe(header(b, 'x-webhook2github-delivery'));
    expect(new Set(h.gh.dispatches.map((d) => envelopeOf(d).id)).size).toBe(2);
  });

  it('lower-cases header names, joins repeats with ", ", keeps host and content-length', async () => {
    const res = await h.send(AT, {
      method: 'POST',
      headers: [
        ['X-Event-Key', 'repo:push'],
        ['X-Repeat', 'one'],
        ['x-repeat', 'two'],
        ['X-REPEAT', 'three'],
        ['Content-Type', 'application/json; charset=utf-8'],
        ['User-Agent', 'Bitbucket-Webhooks/2.0'],
      ],
      body: '{"k":"v"}',
    });
    expect(res.status).toBe(200);
    const env = envelopeOf(h.gh.dispatches[0]);
    for (const name of Object.keys(env.headers)) expect(name).toBe(name.toLowerCase());
    expect(env.headers['x-event-key']).toBe('repo:push');
    expect(env.headers['x-repeat']).toBe('one, two, three');
    expect(env.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(env.headers['user-agent']).toBe('Bitbucket-Webhooks/2.0');
    expect(env.headers['host']).toBe(new URL(h.relay.url).host);
    expect(env.headers['content-length']).toBe('9');
  });

  it('joins repeats of Set-Cookie with ", " too (Headers iterates it value by value)', async () => {
    await h.send(AT, {
      method: 'POST',
      headers: [
        ['Set-Cookie', 'a=1'],
        ['Set-Cookie', 'b=2'],
      ],
      body: 'x',
    });
    expect(envelopeOf(h.gh.dispatches[0]).headers['set-cookie']).toBe('a=1, b=2');
  });

  it('removes credential and hop-by-hop headers (chunked body: transfer-encoding is not kept)', async () => {
    const res = await h.send(AT, {
      method: 'POST',
      headers: [
        ['X-Github-Authorization', 'token unused-because-query-wins'],
        ['Proxy-Authorization', 'Basic cHJveHk6c2VjcmV0'],
        ['Connection', 'keep-alive'],
        ['Keep-Alive', 'timeout=5, max=100'],
        ['Proxy-Connection', 'keep-alive'],
        ['TE', 'trailers'],
        ['Trailer', 'X-Checksum'],
        ['X-Kept', 'yes'],
      ],
      body: 'chunked body',
      chunked: true,
    });
    expect(res.status).toBe(200);
    const env = envelopeOf(h.gh.dispatches[0]);
    for (const name of [
      'x-github-authorization',
      'proxy-authorization',
      'connection',
      'keep-alive',
      'proxy-connection',
      'transfer-encoding',
      'te',
      'trailer',
      'upgrade',
    ]) {
      expect(env.headers[name], name).toBeUndefined();
    }
    expect(env.headers['x-kept']).toBe('yes');
    expect(env.body).toBe('chunked body');
    expect(JSON.stringify(env)).not.toContain('cHJveHk6c2VjcmV0');
    expect(JSON.stringify(env)).not.toContain(TOKEN);
  });

  it('never puts the token into the envelope, whatever carried it', async () => {
    await h.send('/octo/hello/s?__token=ghp_secret_query', { method: 'POST', body: 'a' });
    await h.send('/octo/hello/s', { method: 'POST', headers: { 'X-Github-Authorization': 'ghp_secret_x' }, body: 'b' });
    await h.send('/octo/hello/s', { method: 'POST', headers: { Authorization: 'Bearer ghp_secret_auth' }, body: 'c' });
    expect(h.gh.dispatches).toHaveLength(3);
    for (const d of h.gh.dispatches) expect(JSON.stringify(d.body.client_payload)).not.toMatch(/ghp_secret/);
  });

  describe('bodies, byte-exact', () => {
    it('UTF-8 text with non-ASCII arrives as text', async () => {
      const text = JSON.stringify({ text: 'Grüße — 世界 🚀 naïve café', emoji: '👩‍💻', nul: '\u0000' });
      await h.send(AT, { method: 'POST', headers: { 'content-type': 'application/json' }, body: text });
      const env = envelopeOf(h.gh.dispatches[0]);
      expect(env.body_encoding).toBeUndefined();
      expect(env.body).toBe(text);
    });

    it('form-encoded text arrives unchanged (no re-serialisation)', async () => {
      const form = 'payload=%7B%22a%22%3A+1%7D&b=%C3%A9+x&b=2';
      await h.send(AT, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form });
      expect(envelopeOf(h.gh.dispatches[0]).body).toBe(form);
    });

    it('JSON whitespace and key order are kept (signatures still verify)', async () => {
      const json = '{ "b" : 2,\n  "a":1.0 ,"c":"\\u00e9"}\r\n';
      await h.send(AT, { method: 'POST', headers: { 'content-type': 'application/json' }, body: json });
      expect(envelopeOf(h.gh.dispatches[0]).body).toBe(json);
    });

    it('binary arrives as base64 with body_encoding base64', async () => {
      const bytes = Buffer.concat([Buffer.from([0xff, 0xfe, 0x00, 0x80, 0xc3, 0x28]), randomBytes(2048)]);
      await h.send(AT, { method: 'POST', headers: { 'content-type': 'application/octet-stream' }, body: bytes });
      const env = envelopeOf(h.gh.dispatches[0]);
      expect(env.body_encoding).toBe('base64');
      expect(decodeBody(env).equals(bytes)).toBe(true);
    });

    it('a UTF-8 byte order mark survives', async () => {
      const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('{"bom":true}')]);
      await h.send(AT, { method: 'POST', body: bytes });
      expect(decodeBody(envelopeOf(h.gh.dispatches[0])).equals(bytes)).toBe(true);
    });

    it('a lone surrogate encoded as UTF-8 bytes (invalid UTF-8) survives', async () => {
      const bytes = Buffer.from([0x61, 0xed, 0xa0, 0x80, 0x62]);
      await h.send(AT, { method: 'POST', body: bytes });
      const env = envelopeOf(h.gh.dispatches[0]);
      expect(env.body_encoding).toBe('base64');
      expect(decodeBody(env).equals(bytes)).toBe(true);
    });

    it('a 0-byte body counts as no body', async () => {
      await h.send(AT, { method: 'POST', body: '' });
      await h.send(AT, { method: 'PUT', body: '', chunked: true });
      await h.send(AT, { method: 'GET' });
      expect(h.gh.dispatches).toHaveLength(3);
      for (const d of h.gh.dispatches) {
        const env = envelopeOf(d);
        expect('body' in env).toBe(false);
        expect('body_encoding' in env).toBe(false);
      }
    });
  });

  describe("GitHub's 64 KB limit, enforced before sending", () => {
    it('a compressible 200 KB text body arrives as gzip+base64 and decodes byte-exact', async () => {
      const line = 'ts=2025-09-01T12:00:00Z level=info msg="order shipped" order=ÆØÅ-42 carrier=DHL\n';
      const text = line.repeat(Math.ceil(200_000 / line.length)).slice(0, 200_000);
      const res = await h.send(AT, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: text });
      expect(res.status, res.text()).toBe(200);
      const d = h.gh.dispatches[0]!;
      const env = envelopeOf(d);
      expect(env.body_encoding).toBe('gzip+base64');
      expect(decodeBody(env).equals(Buffer.from(text))).toBe(true);
      expect(Buffer.byteLength(JSON.stringify(d.body.client_payload))).toBeLessThan(65536);
    });

    it('an incompressible 100 KB body is stored as a git blob first, and the event carries body_ref', async () => {
      const body = randomBytes(100_000);
      const res = await h.send(AT, { method: 'POST', body });
      expect(res.status, res.text()).toBe(200);
      const env = envelopeOf(h.gh.dispatches[0]);
      expect(env.body).toBeUndefined();
      expect(env.body_ref).toEqual({
        sha: createHash('sha1').update(`blob ${body.length}\0`).update(body).digest('hex'),
        size: body.length,
        sha256: createHash('sha256').update(body).digest('hex'),
      });
      expect(decodeBody(env, { gh: h.gh, owner: 'octo', repo: 'hello' }).equals(body)).toBe(true);
      // The blob went first: GitHub saw it before the dispatch that refers to it.
      expect(h.gh.requests.map((r) => `${r.method} ${r.url}`)).toEqual(['POST /repos/octo/hello/git/blobs', 'POST /repos/octo/hello/dispatches']);
    });

    it('a body that is small but escapes large in JSON still fits (or is compressed), never a 422', async () => {
      const quotes = '"\\\u0001'.repeat(12_000);
      const res = await h.send(AT, { method: 'POST', body: quotes });
      expect(res.status, res.text()).toBe(200);
      expect(decodeBody(envelopeOf(h.gh.dispatches[0])).equals(Buffer.from(quotes))).toBe(true);
    });

    it('around the boundary every body arrives (inline, then as a blob), and GitHub never sees an oversize payload', async () => {
      const ways: string[] = [];
      const sent: Buffer[] = [];
      for (let size = 47_000; size <= 49_750; size += 250) {
        const body = randomBytes(size);
        sent.push(body);
        const res = await h.send(AT, { method: 'POST', body });
        expect(res.status, res.text()).toBe(200);
      }
      for (const [i, d] of h.gh.dispatches.entries()) {
        const env = envelopeOf(d);
        ways.push(env.body_ref !== undefined ? 'blob' : String(env.body_encoding));
        expect(decodeBody(env, { gh: h.gh, owner: 'octo', repo: 'hello' }).equals(sent[i]!)).toBe(true);
        expect(Buffer.byteLength(JSON.stringify(d.body.client_payload))).toBeLessThan(65536);
      }
      expect(ways).toContain('base64');
      expect(ways).toContain('blob');
      // Monotonic: once a blob, larger is a blob too.
      expect(
        ways.slice(ways.indexOf('blob')).every((w) => w === 'blob'),
        ways.join(','),
      ).toBe(true);
    });

    it(`a request body over the configured limit (${SUITE_MAX_BODY} bytes) gets 413; nothing sent`, async () => {
      // Node: --max-body / W2G_MAX_BODY; Worker: MAX_BODY_BYTES (set by test/support/relay-process.ts).
      const res = await h.send(AT, { method: 'POST', body: Buffer.alloc(SUITE_MAX_BODY + 1, 'a') });
      expectRelayError(res, 413, h.relay.url);
      expect(h.gh.requests).toHaveLength(0);
    });

    it('a chunked request body over the limit gets 413 too', async () => {
      const res = await h.send(AT, { method: 'POST', body: Buffer.alloc(SUITE_MAX_BODY + 10_000, 'b'), chunked: true });
      expectRelayError(res, 413, h.relay.url);
      expect(h.gh.requests).toHaveLength(0);
    });

    it('a body of exactly the limit is accepted (it compresses)', async () => {
      const res = await h.send(AT, { method: 'POST', body: Buffer.alloc(SUITE_MAX_BODY, 'c') });
      expect(res.status, res.text()).toBe(200);
      expect(decodeBody(envelopeOf(h.gh.dispatches[0])).length).toBe(SUITE_MAX_BODY);
    });
  });
});
