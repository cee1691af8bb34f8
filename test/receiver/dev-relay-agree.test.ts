/**
 * `dev` and the relay read a request by the same rules: the same answer (status, error code,
 * type, body) for the same `__response_*` / `__event_type` / `__token`, the same query forwarded
 * byte for byte, the same credential headers removed. The relay runs in-process with an injected
 * GitHub that accepts every dispatch; `dev` runs over loopback HTTP.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/core/app.js';
import { defaultRelayConfig } from '../../src/core/config.js';
import type { HttpClient } from '../../src/core/ports.js';
import { startDevServer, type DevServer } from '../../src/receiver/dev-server.js';
import { makeWorkspace } from './support/run-action.js';

const root = makeWorkspace({ 'hooks.yml': 'on:\n  webhook:\njobs: {}\n' });

/** The envelopes the relay dispatched, newest last. */
const dispatched: Record<string, unknown>[] = [];
const github: HttpClient = async (req) => {
  dispatched.push((JSON.parse(typeof req.body === 'string' ? req.body : '{}') as { client_payload: Record<string, unknown> }).client_payload);
  return { status: 204, headers: {}, body: '' };
};
const relay = createApp(defaultRelayConfig, { http: github });

let dev: DevServer;
const logs: string[] = [];
beforeAll(async () => {
  dev = await startDevServer({ port: 0, workflowsDir: `${root}/workflows`, log: (line) => logs.push(line) });
});
afterAll(() => dev.close());

interface Answer {
  status: number;
  type: string | null;
  body: string;
  code: unknown;
  delivery: boolean;
}

/**
 * The parts of an answer both must share. An error's `documentation_url` is left out: it points at
 * the relay's help page, which dev does not serve.
 */
async function answer(res: Response): Promise<Answer> {
  let body = await res.text();
  let code: unknown;
  try {
    const { documentation_url: _help, ...json } = JSON.parse(body) as Record<string, unknown>;
    if (res.status >= 400) body = JSON.stringify(json);
    code = json.code;
  } catch {
    code = undefined;
  }
  return { status: res.status, type: res.headers.get('content-type'), body, code, delivery: res.headers.has('x-webhook2github-delivery') };
}

const BODY = JSON.stringify({ order: 'A-42', note: 'Größe XL — ✓' });

/** Sends the same request to the relay and to dev; `query` without '?'. */
async function both(query: string, headers: Record<string, string> = {}) {
  const init = { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: BODY };
  const q = query === '' ? '' : `?${query}`;
  const before = dispatched.length;
  const fromRelay = await relay.request(`http://relay.test/octo/hooks/hooks/webhook${q}`, init);
  logs.length = 0;
  const fromDev = await fetch(`${dev.url}/webhook/hooks/webhook${q}`, init);
  const itemLine = logs.find((l) => l.startsWith('{'));
  return {
    relay: await answer(fromRelay),
    dev: await answer(fromDev),
    envelope: dispatched.length > before ? dispatched.at(-1) : undefined,
    item: itemLine === undefined ? undefined : (JSON.parse(itemLine) as Record<string, unknown>),
  };
}

const TOKEN = '__token=ghp_parity';
const withToken = (query: string) => [query, TOKEN].filter((p) => p !== '').join('&');

describe('dev answers as the relay does', () => {
  it.each([
    ['the first of two codes wins, and 2e2 is not a code', '__response_code=2e2&__response_code=404'],
    ['the first of two codes wins', '__response_code=404&__response_code=2e2'],
    ['a code below 200', '__response_code=99'],
    ['a code above 599', '__response_code=600'],
    ['an empty code', '__response_code='],
    ['a code with a letter', '__response_code=20x'],
    ['a percent-encoded code', '__response_code=%32%30%31'],
    ['a percent-encoded parameter name', '%5F%5Fresponse_code=418'],
    ['a content type with a line break', '__response_content_type=text%2Fplain%0D%0AX-Evil%3A%201'],
    ['a non-ASCII content type', '__response_content_type=text%2Fpl%C3%A4in'],
    ['a content type over 256 characters', `__response_content_type=${'a'.repeat(300)}`],
    ['an empty event type', '__event_type='],
    ['an event type over 100 characters', `__event_type=${'x'.repeat(101)}`],
    ['an event type of 100 emoji', `__event_type=${encodeURIComponent('🚀'.repeat(100))}`],
    ['a custom answer', '__response_code=201&__response_body=th%C3%A4nks&__response_content_type=text%2Fplain'],
    ['a body override alone', '__response_body=%E2%9C%93'],
    ['204: no body', '__response_code=204&__response_body=dropped'],
    ['no overrides', ''],
  ])('%s', async (_name, query) => {
    const { relay: r, dev: d } = await both(withToken(query));
    expect(d).toEqual(r);
  });

  it('a token that cannot be a header is a 400 in both; dev alone needs none', async () => {
    const bad = await both('__token=ghp%0Abad');
    expect(bad.relay).toMatchObject({ status: 400, code: 'invalid_token' });
    expect(bad.dev).toEqual(bad.relay);
    const header = await both('', { 'x-github-authorization': 'token ghp_\u00e9' });
    expect(header.relay).toMatchObject({ status: 400, code: 'invalid_token' });
    expect(header.dev).toEqual(header.relay);
    const none = await both('');
    expect(none.relay).toMatchObject({ status: 401, code: 'missing_token' });
    expect(none.dev).toMatchObject({ status: 200, body: '{"success":true}' });
  });
});

describe('dev forwards what the relay forwards', () => {
  it.each([
    ['empty pairs', 'a=1&&b=2'],
    ['leading and trailing empty pairs', '&&a=1&'],
    ['repeats around a system parameter', `a=1&${TOKEN}&a=2`],
    ['non-ASCII, plus signs and a malformed escape', 'q=caf%C3%A9&q=%E2%9C%93&x=a+b&y=%zz'],
    ['a percent-encoded system name', '%5F_token=ghp_parity&keep=1'],
    ['system names are case-sensitive', `__Token=KeepMe&${TOKEN}`],
    ['empty names and values', `=&=x&${TOKEN}&__response_body=`],
    ['only system parameters', `${TOKEN}&__response_code=202`],
  ])('%s', async (_name, query) => {
    const { envelope, item, relay: r } = await both(query.includes('_token') ? query : withToken(query));
    expect(r.status, r.body).toBeLessThan(300);
    const path = (envelope as { path: string }).path;
    const forwarded = path.includes('?') ? path.slice(path.indexOf('?') + 1) : '';
    expect(item?.querystring).toBe(forwarded);
    expect(path).toBe(`/hooks/webhook${forwarded === '' && !path.includes('?') ? '' : `?${forwarded}`}`);
  });

  it('credential headers leave the request as they leave the envelope', async () => {
    const names = ['authorization', 'x-github-authorization', 'proxy-authorization', 'x-provider'];
    const pick = (h: unknown) => Object.fromEntries(names.filter((n) => n in (h as object)).map((n) => [n, (h as Record<string, string>)[n]]));
    // The GitHub token in X-Github-Authorization: a provider's own Authorization stays.
    const own = await both('', {
      'x-github-authorization': 'token ghp_parity',
      authorization: 'Bearer provider-jwt',
      'proxy-authorization': 'Basic cHJveHk=',
      'x-provider': 'v1',
    });
    expect(pick((own.envelope as { headers: unknown }).headers)).toEqual({ authorization: 'Bearer provider-jwt', 'x-provider': 'v1' });
    expect(pick(own.item?.headers)).toEqual(pick((own.envelope as { headers: unknown }).headers));
    // The GitHub token in Authorization: it is consumed and removed.
    const used = await both('', { authorization: 'token ghp_parity', 'x-provider': 'v2' });
    expect(pick((used.envelope as { headers: unknown }).headers)).toEqual({ 'x-provider': 'v2' });
    expect(pick(used.item?.headers)).toEqual(pick((used.envelope as { headers: unknown }).headers));
  });
});
