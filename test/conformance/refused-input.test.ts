/**
 * Conformance: input that can never reach GitHub is refused at the edge with a 400 that says what
 * to change, before anything is stored or dispatched, on every runtime. A credential or an answer
 * header that cannot be written as an HTTP header value used to be accepted (202 queued, or a
 * 500 after the dispatch went out) and, repeated, wedged the outbox for every user.
 */
import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { RUNTIME_ROWS, TOKEN, decodeBody, envelopeOf, expectRelayError, useRelay } from './harness.js';

const REPO = '/octo/hello';

describe.each(RUNTIME_ROWS)('refused input on %s', (_name, runtime) => {
  const h = useRelay(runtime);

  it.each([
    ['a newline', 'abc%0Adef'],
    ['a carriage return', 'abc%0D%0AX-Injected:%201'],
    ['a NUL byte', 'abc%00def'],
    ['a non-ASCII character', 'abc%E2%82%ACdef'],
    ['a tab-separated scheme with a control byte', 'token%09%01x'],
  ])('a __token with %s is a 400 invalid_token, nothing dispatched', async (_what, token) => {
    const res = await h.send(`${REPO}/t?__token=${token}`, { method: 'POST', body: '{}' });
    const json = expectRelayError(res, 400, h.relay.url);
    expect(json['code']).toBe('invalid_token');
    expect(json['message']).toMatch(/__token/);
    // The token never appears in the answer.
    expect(res.text()).not.toContain('abc');
    expect(h.gh.requests).toHaveLength(0);
  });

  it('an X-Github-Authorization header with non-ASCII bytes is a 400 naming the header', async () => {
    const res = await h.send(`${REPO}/t`, { method: 'POST', headers: { 'X-Github-Authorization': 'ghp_\u00e9t\u00e9' }, body: '{}' });
    const json = expectRelayError(res, 400, h.relay.url);
    expect(json['code']).toBe('invalid_token');
    expect(json['message']).toMatch(/X-Github-Authorization/);
    expect(h.gh.requests).toHaveLength(0);
  });

  it('a token longer than any GitHub credential is a 400', async () => {
    const res = await h.send(`${REPO}/t?__token=${'a'.repeat(5000)}`, { method: 'POST', body: '{}' });
    expect(expectRelayError(res, 400, h.relay.url)['code']).toBe('invalid_token');
    expect(h.gh.requests).toHaveLength(0);
  });

  it('a hundred refused tokens do not stop a good webhook', async () => {
    for (let i = 0; i < 100; i++) {
      const res = await h.send(`${REPO}/t?__token=bad${i}%0Aline`, { method: 'POST', body: '{}' });
      expect(res.status).toBe(400);
    }
    const good = await h.send(`${REPO}/t?__token=${TOKEN}`, { method: 'POST', body: '{"ok":true}', timeoutMs: 10_000 });
    expect(good.status, good.text()).toBe(200);
    expect(h.gh.dispatches).toHaveLength(1);
    expect(decodeBody(envelopeOf(h.gh.dispatches[0])).toString()).toBe('{"ok":true}');
  });

  it.each([
    ['CR/LF', 'text/plain%0D%0AX-Injected:%201'],
    ['a NUL byte', 'a%00b'],
    ['a non-Latin-1 character', '%E2%82%AC'],
    ['a line feed alone', 'text/plain%0A'],
  ])('__response_content_type with %s is a 400 before dispatching', async (_what, type) => {
    const res = await h.send(`${REPO}/t?__token=${TOKEN}&__response_content_type=${type}`, { method: 'POST', body: '{}' });
    const json = expectRelayError(res, 400, h.relay.url);
    expect(json['code']).toBe('invalid_response_content_type');
    expect(json['message']).toMatch(/__response_content_type/);
    expect(res.headers['x-injected']).toBeUndefined();
    // Refused before anything went out: the sender's retry cannot make a duplicate.
    expect(h.gh.requests).toHaveLength(0);
  });

  it('a good __response_content_type still applies', async () => {
    const res = await h.send(`${REPO}/t?__token=${TOKEN}&__response_content_type=text/plain;%20charset=utf-8&__response_body=ok`, {
      method: 'POST',
      body: '{}',
    });
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/plain; charset=utf-8');
    expect(res.text()).toBe('ok');
  });

  it('headers named like Object.prototype members arrive as ordinary headers', async () => {
    const res = await h.send(`${REPO}/t?__token=${TOKEN}`, {
      method: 'POST',
      headers: [
        ['constructor', 'c'],
        ['__proto__', 'p'],
        ['toString', 't'],
        ['hasOwnProperty', 'h'],
      ],
      body: '{}',
    });
    expect(res.status, res.text()).toBe(200);
    const headers = envelopeOf(h.gh.dispatches[0]).headers;
    expect(Object.hasOwn(headers, '__proto__')).toBe(true);
    // biome-ignore lint/suspicious/noProto: the test is about a header literally named __proto__
    expect([headers['constructor'], headers['__proto__'], headers['tostring'], headers['hasownproperty']]).toEqual(['c', 'p', 't', 'h']);
  });

  it('a body of NUL bytes travels gzip-compressed and arrives byte-exact', async () => {
    // As JSON text each NUL is six characters: the relay must not build that string to find out.
    const body = new Uint8Array(290_000);
    const res = await h.send(`${REPO}/t?__token=${TOKEN}`, { method: 'POST', body });
    expect(res.status, res.text()).toBe(200);
    const env = envelopeOf(h.gh.dispatches[0]);
    expect(env.body_encoding).toBe('gzip+base64');
    expect(decodeBody(env).equals(Buffer.from(body))).toBe(true);
  });

  it('an incompressible body over the payload limit travels as a git blob, byte-exact', async () => {
    const body = randomBytes(200_000);
    const res = await h.send(`${REPO}/t?__token=${TOKEN}`, { method: 'POST', body });
    expect(res.status, res.text()).toBe(200);
    const env = envelopeOf(h.gh.dispatches[0]);
    expect(env.body_ref).toMatchObject({ size: body.length });
    expect(decodeBody(env, { gh: h.gh, owner: 'octo', repo: 'hello' }).equals(body)).toBe(true);
  });
});
