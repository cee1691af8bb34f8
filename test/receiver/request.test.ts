import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseBody } from '../../src/receiver/body.js';
import { parseQuery } from '../../src/receiver/query.js';
import { buildRequest, requestFromEvent } from '../../src/receiver/request.js';
import { ReceiverError } from '../../src/receiver/receiver-error.js';

const parts = { id: 'd1', method: 'POST', path: '/a/b', headers: {}, rawBody: new Uint8Array(0), receivedAt: '2024-01-01T00:00:00.000Z' };

describe('request from event', () => {
  it('query: repeated keys become arrays, + is a space, empty values kept', () => {
    expect(parseQuery('?a=1&b=x+y&a=2&c&a=3')).toEqual({ a: ['1', '2', '3'], b: 'x y', c: '' });
    expect(parseQuery('')).toEqual({});
  });

  it('body kinds, read as Actionsflow reads them: JSON whatever the type, invalid JSON stays text, form, text, XML, bytes that are not UTF-8', () => {
    const b = (s: string | Buffer) => (typeof s === 'string' ? Buffer.from(s) : s);
    expect(parseBody(b('{"a":1}'), 'application/vnd.api+json; charset=utf-8').body).toEqual({ a: 1 });
    expect(parseBody(b('{not json'), 'application/json')).toEqual({ body: '{not json', bodyText: '{not json', bodyIsBinary: false });
    expect(parseBody(b('a=1&a=2'), 'application/x-www-form-urlencoded').body).toEqual({ a: ['1', '2'] });
    expect(parseBody(b('<x>é</x>'), 'application/xml').body).toBe('<x>é</x>');
    expect(parseBody(b('<x/>'), 'application/atom+xml').body).toBe('<x/>');
    expect(parseBody(b('hi'), 'text/csv').body).toBe('hi');
    // Text is text whatever the content type (the envelope carries it as text); JSON text is parsed.
    expect(parseBody(b('%PDF-1.7'), 'application/pdf')).toEqual({ body: '%PDF-1.7', bodyText: '%PDF-1.7', bodyIsBinary: false });
    expect(parseBody(b('{"Type":"Notification"}'), 'text/plain; charset=UTF-8').body).toEqual({ Type: 'Notification' });
    expect(parseBody(b('42'), 'text/plain').body).toBe(42);
    // A falsy value leaves body absent, as in Actionsflow.
    expect(parseBody(b('false'), 'application/json')).toEqual({ bodyText: 'false', bodyIsBinary: false });
    expect(parseBody(Buffer.from([0x25, 0x50, 0xff, 0x00]), 'application/pdf')).toEqual({ body: 'JVD/AA==', bodyText: 'JVD/AA==', bodyIsBinary: true });
    expect(parseBody(Buffer.from([0xc3, 0x28]), 'text/plain').bodyIsBinary).toBe(true);
    expect(parseBody(Buffer.from([0xc3, 0x28]), undefined).bodyIsBinary).toBe(true);
    expect(parseBody(b('plain'), undefined).body).toBe('plain');
    expect(parseBody(new Uint8Array(0), 'application/json')).toEqual({ bodyText: '', bodyIsBinary: false });
  });

  it('headers are lower-cased, case-only duplicates and arrays joined', () => {
    const r = buildRequest({ ...parts, headers: { 'X-A': '1', 'x-a': '2', 'Set-Cookie': ['a=1', 'b=2'], 'X-N': 5 } });
    expect(r.headers).toEqual({ 'x-a': '1, 2', 'set-cookie': 'a=1, b=2', 'x-n': '5' });
  });

  it('decodes base64 and gzip+base64 to the exact bytes', async () => {
    const bytes = Buffer.from([0, 1, 2, 250, 251, 252, 253, 254, 255]);
    const mk = (client_payload: unknown) => ({ action: 'webhook', client_payload });
    const b64 = await requestFromEvent(
      mk({ path: '/x', method: 'POST', headers: {}, body: bytes.toString('base64'), body_encoding: 'base64', id: 'i', received_at: 'x' }),
    );
    expect(Buffer.compare(Buffer.from(b64.rawBody), bytes)).toBe(0);
    const gz = await requestFromEvent(
      mk({ path: '/x', method: 'POST', headers: {}, body: gzipSync(bytes).toString('base64'), body_encoding: 'gzip+base64', id: 'i', received_at: 'x' }),
    );
    expect(Buffer.compare(Buffer.from(gz.rawBody), bytes)).toBe(0);
  });

  it('malformed events are ReceiverErrors with a message, never crashes', async () => {
    await expect(requestFromEvent({ ref: 'x' })).rejects.toBeInstanceOf(ReceiverError);
    await expect(requestFromEvent(null)).rejects.toThrow(/client_payload/);
    await expect(requestFromEvent({ client_payload: { path: '/', body: 'x', body_encoding: 'brotli' } })).rejects.toThrow(/unknown body_encoding "brotli"/);
    await expect(requestFromEvent({ client_payload: { path: '/', body: 'bm90IGd6aXA=', body_encoding: 'gzip+base64' } })).rejects.toThrow(ReceiverError);
    await expect(requestFromEvent({ client_payload: { path: '/', body_ref: { sha: 1 } } })).rejects.toThrow(/body_ref is malformed/);
  });

  it('old envelope: no method/path/id defaults, path without leading slash', async () => {
    const r = await requestFromEvent(
      { client_payload: { path: 'wf/webhook?a=1', headers: { 'Content-Type': 'application/json' }, body: [1, 2] } },
      { now: new Date('2020-01-01T00:00:00Z') },
    );
    expect(r).toMatchObject({
      id: '',
      method: 'post',
      originPath: '/wf/webhook',
      querystring: 'a=1',
      search: '?a=1',
      body: [1, 2],
      receivedAt: '2020-01-01T00:00:00.000Z',
    });
  });
});
