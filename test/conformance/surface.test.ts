/**
 * Conformance: the compatible surface of the relay (DESIGN.md "Relay behaviour" and "Details
 * that decide edge cases"): tokens, system parameters, custom responses, CORS, help, health,
 * methods, owner/repo validation, SNS subscription confirmation. Same suite on every runtime.
 */
import { describe, expect, it } from 'vitest';
import { RUNTIME_ROWS, TOKEN, envelopeOf, expectRelayError, header, headerSet, useRelay } from './harness.js';

const REPO = '/octo/hello';

describe.each(RUNTIME_ROWS)('relay surface on %s', (_name, runtime) => {
  const h = useRelay(runtime);

  describe('token', () => {
    it('__token wins over X-Github-Authorization and Authorization; a bare value becomes `token <v>`', async () => {
      const res = await h.send(`${REPO}/t?__token=from-query`, {
        method: 'POST',
        headers: { 'X-Github-Authorization': 'from-x-header', Authorization: 'Basic provider-own' },
        body: '{}',
      });
      expect(res.status, res.text()).toBe(200);
      expect(h.gh.dispatches).toHaveLength(1);
      const d = h.gh.dispatches[0]!;
      expect(d.authorization).toBe('token from-query');
      const env = envelopeOf(d);
      // Authorization was not used as the credential: it stays for the receiver to check.
      expect(env.headers['authorization']).toBe('Basic provider-own');
      expect(env.headers['x-github-authorization']).toBeUndefined();
    });

    it('X-Github-Authorization wins over Authorization; a value with a space is sent as is', async () => {
      const res = await h.send(`${REPO}/t`, {
        method: 'POST',
        headers: { 'X-Github-Authorization': 'Bearer ghs_installation', Authorization: 'Basic provider-own' },
        body: '{}',
      });
      expect(res.status, res.text()).toBe(200);
      const d = h.gh.dispatches[0]!;
      expect(d.authorization).toBe('Bearer ghs_installation');
      expect(envelopeOf(d).headers['authorization']).toBe('Basic provider-own');
      expect(envelopeOf(d).headers['x-github-authorization']).toBeUndefined();
    });

    it('Authorization is the credential when nothing else is given, and is then removed from the envelope', async () => {
      const res = await h.send(`${REPO}/t`, { method: 'POST', headers: { Authorization: 'token ghp_plain' }, body: '{}' });
      expect(res.status, res.text()).toBe(200);
      const d = h.gh.dispatches[0]!;
      expect(d.authorization).toBe('token ghp_plain');
      expect(envelopeOf(d).headers['authorization']).toBeUndefined();
    });

    it('a bare Authorization value becomes `token <v>`', async () => {
      const res = await h.send(`${REPO}/t`, { method: 'POST', headers: { Authorization: 'ghp_bare' }, body: '{}' });
      expect(res.status, res.text()).toBe(200);
      expect(h.gh.dispatches[0]!.authorization).toBe('token ghp_bare');
    });

    it('a bare X-Github-Authorization value becomes `token <v>`', async () => {
      const res = await h.send(`${REPO}/t`, { method: 'POST', headers: { 'X-Github-Authorization': 'ghp_x' }, body: '{}' });
      expect(res.status, res.text()).toBe(200);
      expect(h.gh.dispatches[0]!.authorization).toBe('token ghp_x');
    });

    it('__token with a scheme (percent-encoded space) is sent as is', async () => {
      const res = await h.send(`${REPO}/t?__token=Bearer%20ghs_q`, { method: 'POST', body: '{}' });
      expect(res.status, res.text()).toBe(200);
      expect(h.gh.dispatches[0]!.authorization).toBe('Bearer ghs_q');
    });

    it('system parameters are recognised by their decoded name (%5F%5Ftoken)', async () => {
      const res = await h.send(`${REPO}/t?a=1&%5F%5Ftoken=enc&b=2`, { method: 'POST', body: '{}' });
      expect(res.status, res.text()).toBe(200);
      const d = h.gh.dispatches[0]!;
      expect(d.authorization).toBe('token enc');
      expect(envelopeOf(d).path).toBe('/t?a=1&b=2');
    });

    it('no token: 401 JSON {success:false, message, documentation_url}, nothing sent', async () => {
      const res = await h.send(`${REPO}/t`, { method: 'POST', body: '{}' });
      expectRelayError(res, 401, h.relay.url);
      expect(h.gh.requests).toHaveLength(0);
    });

    it('proxy-authorization is never forwarded in the envelope', async () => {
      await h.send(`${REPO}/t?__token=${TOKEN}`, { method: 'POST', headers: { 'Proxy-Authorization': 'Basic cHJveHk=' }, body: 'x' });
      expect(envelopeOf(h.gh.dispatches[0]).headers['proxy-authorization']).toBeUndefined();
    });
  });

  describe('system parameters and path', () => {
    it('removes every system parameter and keeps the others byte-exact, in order, repeats included', async () => {
      const query =
        'b=2&__token=' +
        TOKEN +
        '&a=1&__response_code=201&a=%20x+y&__event_type=deploy&empty=&flag' +
        '&__response_content_type=text%2Fplain&%C3%A9=%E2%82%AC&__response_body=ok&z=%2f%2F&last=1';
      const res = await h.send(`${REPO}/some/%7Epath/a%2Fb?${query}`, { method: 'POST', body: '{}' });
      expect(res.status).toBe(201);
      const env = envelopeOf(h.gh.dispatches[0]);
      expect(env.path).toBe('/some/%7Epath/a%2Fb?b=2&a=1&a=%20x+y&empty=&flag&%C3%A9=%E2%82%AC&z=%2f%2F&last=1');
      expect(h.gh.dispatches[0]!.body.event_type).toBe('deploy');
    });

    it("keeps RFC 3986 sub-delimiters in the query byte-exact (' ! * ( ) , ; : @ / ?)", async () => {
      const kept = "name='O''Brien'&expr=(a*b)!&list=a,b;c&at=user@host:1/x?y";
      await h.send(`${REPO}/q?__token=${TOKEN}&${kept}`, { method: 'POST', body: '{}' });
      const path = envelopeOf(h.gh.dispatches[0]).path;
      if (runtime.name === 'node') expect(path).toBe(`/q?${kept}`);
      else {
        // workerd hands the Worker a URL already serialized by the WHATWG URL rules (`'` → %27)
        // before any of our code runs; README "Compatibility" names this Workers exception.
        expect(path).toBe(`/q${new URL(`http://x/q?${kept}`).search}`);
        expect(decodeURIComponent(path)).toBe(`/q?${kept}`);
      }
    });

    it('keeps the meaning of raw characters a URL parser would escape (path and query decode the same)', async () => {
      // `"`, `<`, `>`, `` ` ``, `{`, `}`, `|`, `^` are not valid raw in a URI; senders still use them.
      const raw = '/a"b|c^d`e{f}<g>?q={"a":1}&s=<t>&u=`|^';
      await h.send(`${REPO}${raw.replace('?', `?__token=${TOKEN}&`)}`, { method: 'POST', body: '{}' });
      const path = envelopeOf(h.gh.dispatches[0]).path;
      expect(decodeURIComponent(path)).toBe(raw);
    });

    it('drops the `?` when only system parameters were given', async () => {
      await h.send(`${REPO}/only?__token=${TOKEN}`, { method: 'POST', body: '{}' });
      expect(envelopeOf(h.gh.dispatches[0]).path).toBe('/only');
    });

    it('forwards `/` for a request to the repository root', async () => {
      await h.send(`${REPO}?__token=${TOKEN}&x=1`, { method: 'POST', body: '{}' });
      await h.send(`${REPO}/?__token=${TOKEN}`, { method: 'POST', body: '{}' });
      expect(h.gh.dispatches.map((d) => envelopeOf(d).path)).toEqual(['/?x=1', '/']);
    });

    it('keeps percent-encoding of the path as received', async () => {
      await h.send(`${REPO}/caf%C3%A9/%E4%B8%96%e7%95%8c/a%20b/%25?__token=${TOKEN}`, { method: 'POST', body: '{}' });
      expect(envelopeOf(h.gh.dispatches[0]).path).toBe('/caf%C3%A9/%E4%B8%96%e7%95%8c/a%20b/%25');
    });

    it('dispatches to the owner and repo of the URL', async () => {
      await h.send(`/My-Org/my.repo_name-1/x?__token=${TOKEN}`, { method: 'POST', body: '{}' });
      expect(h.gh.dispatches[0]).toMatchObject({ owner: 'My-Org', repo: 'my.repo_name-1' });
    });
  });

  describe('__event_type', () => {
    it('defaults to `webhook`', async () => {
      await h.send(`${REPO}/e?__token=${TOKEN}`, { method: 'POST', body: '{}' });
      expect(h.gh.dispatches[0]!.body.event_type).toBe('webhook');
    });

    it('accepts 1 and 100 characters (characters, not bytes)', async () => {
      const hundred = encodeURIComponent('é'.repeat(100));
      expect((await h.send(`${REPO}/e?__token=${TOKEN}&__event_type=x`, { method: 'POST', body: '{}' })).status).toBe(200);
      expect((await h.send(`${REPO}/e?__token=${TOKEN}&__event_type=${hundred}`, { method: 'POST', body: '{}' })).status).toBe(200);
      expect(h.gh.dispatches.map((d) => d.body.event_type)).toEqual(['x', 'é'.repeat(100)]);
    });

    it('counts characters, not UTF-16 units: 100 astral-plane characters are accepted', async () => {
      const rockets = '🚀'.repeat(100);
      const res = await h.send(`${REPO}/e?__token=${TOKEN}&__event_type=${encodeURIComponent(rockets)}`, { method: 'POST', body: '{}' });
      expect(res.status, res.text()).toBe(200);
      expect(h.gh.dispatches[0]!.body.event_type).toBe(rockets);
    });

    it('rejects 101 astral-plane characters with 400', async () => {
      const res = await h.send(`${REPO}/e?__token=${TOKEN}&__event_type=${encodeURIComponent('🚀'.repeat(101))}`, { method: 'POST', body: '{}' });
      expectRelayError(res, 400, h.relay.url);
    });

    it('rejects an empty or 101-character event type with 400, nothing sent', async () => {
      for (const value of ['', 'e'.repeat(101)]) {
        const res = await h.send(`${REPO}/e?__token=${TOKEN}&__event_type=${value}`, { method: 'POST', body: '{}' });
        expectRelayError(res, 400, h.relay.url);
      }
      expect(h.gh.requests).toHaveLength(0);
    });
  });

  describe('response', () => {
    it('shows GitHub\'s 204 as 200 with {"success":true} in JSON and the delivery id header', async () => {
      const res = await h.send(`${REPO}/r?__token=${TOKEN}`, { method: 'POST', body: '{}' });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.json()).toEqual({ success: true });
      expect(header(res, 'x-webhook2github-delivery')).toBe(envelopeOf(h.gh.dispatches[0]).id);
    });

    it('__response_code, __response_content_type and __response_body shape the answer', async () => {
      const res = await h.send(
        `${REPO}/r?__token=${TOKEN}&__response_code=202&__response_content_type=text%2Fplain&__response_body=${encodeURIComponent('got it ✓')}`,
        { method: 'POST', body: '{}' },
      );
      expect(res.status).toBe(202);
      expect(res.headers['content-type']).toMatch(/^text\/plain/);
      expect(res.text()).toBe('got it ✓');
      expect(h.gh.dispatches).toHaveLength(1);
    });

    it('__response_body alone keeps application/json', async () => {
      const res = await h.send(`${REPO}/r?__token=${TOKEN}&__response_body=%7B%22ok%22%3A1%7D`, { method: 'POST', body: '{}' });
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/^application\/json/);
      expect(res.text()).toBe('{"ok":1}');
    });

    it('__response_code alone keeps {"success":true}', async () => {
      const res = await h.send(`${REPO}/r?__token=${TOKEN}&__response_code=299`, { method: 'POST', body: '{}' });
      expect(res.status).toBe(299);
      expect(res.json()).toEqual({ success: true });
    });

    it.each([204, 205, 304])('custom %i answers without a body', async (code) => {
      const res = await h.send(`${REPO}/r?__token=${TOKEN}&__response_code=${code}&__response_body=ignored`, { method: 'POST', body: '{}' });
      expect(res.status).toBe(code);
      expect(res.body.length).toBe(0);
      expect(h.gh.dispatches).toHaveLength(1);
    });

    it.each([200, 599])('accepts __response_code=%i', async (code) => {
      const res = await h.send(`${REPO}/r?__token=${TOKEN}&__response_code=${code}`, { method: 'POST', body: '{}' });
      expect(res.status).toBe(code);
    });

    it.each(['199', '600', '0', 'abc', '2000', '20x', '-200'])('rejects __response_code=%j with 400', async (code) => {
      const res = await h.send(`${REPO}/r?__token=${TOKEN}&__response_code=${code}`, { method: 'POST', body: '{}' });
      expectRelayError(res, 400, h.relay.url);
      expect(h.gh.requests).toHaveLength(0);
    });

    it('__response_* apply whatever GitHub answered', async () => {
      h.gh.configure({ repos: ['octo/other'] });
      const res = await h.send(`${REPO}/r?__token=${TOKEN}&__response_code=200&__response_body=thanks`, { method: 'POST', body: '{}' });
      expect(res.status).toBe(200);
      expect(res.text()).toBe('thanks');
      expect(h.gh.requests.map((r) => r.status)).toEqual([404]);
    });
  });

  describe('CORS', () => {
    const origin = 'https://app.example.com';

    it('answers a preflight 204 with the origin echoed, the methods and the requested headers', async () => {
      const res = await h.send(`${REPO}/cors`, {
        method: 'OPTIONS',
        headers: { Origin: origin, 'Access-Control-Request-Method': 'PUT', 'Access-Control-Request-Headers': 'X-Custom-One, content-type' },
      });
      expect(res.status).toBe(204);
      expect(header(res, 'access-control-allow-origin')).toBe(origin);
      expect(headerSet(res, 'access-control-allow-methods')).toEqual(new Set(['get', 'head', 'put', 'post', 'delete', 'patch']));
      const allowed = headerSet(res, 'access-control-allow-headers');
      expect(allowed.has('x-custom-one')).toBe(true);
      expect(allowed.has('content-type')).toBe(true);
      expect(h.gh.requests).toHaveLength(0);
    });

    it('puts CORS headers on an actual answer: origin echoed, Vary: Origin, delivery id exposed', async () => {
      const res = await h.send(`${REPO}/cors?__token=${TOKEN}`, { method: 'POST', headers: { Origin: origin }, body: '{}' });
      expect(res.status).toBe(200);
      expect(header(res, 'access-control-allow-origin')).toBe(origin);
      expect(headerSet(res, 'vary').has('origin')).toBe(true);
      expect(headerSet(res, 'access-control-expose-headers').has('x-webhook2github-delivery')).toBe(true);
      expect(envelopeOf(h.gh.dispatches[0]).headers['origin']).toBe(origin);
    });

    it('puts CORS headers on errors too (401 no token, 400 bad owner, GitHub 404)', async () => {
      h.gh.configure({ repos: [] });
      const answers = [
        await h.send(`${REPO}/cors`, { method: 'POST', headers: { Origin: origin }, body: '{}' }),
        await h.send(`/-bad-/hello/cors?__token=${TOKEN}`, { method: 'POST', headers: { Origin: origin }, body: '{}' }),
        await h.send(`${REPO}/cors?__token=${TOKEN}`, { method: 'POST', headers: { Origin: origin }, body: '{}' }),
      ];
      expect(answers.map((r) => r.status)).toEqual([401, 400, 404]);
      for (const res of answers) {
        expect(header(res, 'access-control-allow-origin')).toBe(origin);
        expect(headerSet(res, 'vary').has('origin')).toBe(true);
        expect(headerSet(res, 'access-control-expose-headers').has('x-webhook2github-delivery')).toBe(true);
      }
    });

    it('forwards OPTIONS without Access-Control-Request-Method as an ordinary request', async () => {
      const res = await h.send(`${REPO}/opt?__token=${TOKEN}`, { method: 'OPTIONS', headers: { Origin: origin } });
      expect(res.status).toBe(200);
      expect(h.gh.dispatches).toHaveLength(1);
      expect(envelopeOf(h.gh.dispatches[0]).method).toBe('OPTIONS');
      expect(header(res, 'access-control-allow-origin')).toBe(origin);
    });
  });

  describe('methods', () => {
    it.each(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'])('forwards %s', async (method) => {
      const withBody = !['GET', 'HEAD', 'OPTIONS'].includes(method);
      const res = await h.send(`${REPO}/m/${method.toLowerCase()}?__token=${TOKEN}`, { method, ...(withBody ? { body: 'payload' } : {}) });
      expect(res.status).toBe(200);
      if (method === 'HEAD') expect(res.body.length).toBe(0);
      else expect(res.json()).toEqual({ success: true });
      expect(h.gh.dispatches).toHaveLength(1);
      const env = envelopeOf(h.gh.dispatches[0]);
      expect(env.method).toBe(method);
      expect(env.path).toBe(`/m/${method.toLowerCase()}`);
      if (withBody) expect(env.body).toBe('payload');
      else expect(env.body).toBeUndefined();
      expect(header(res, 'x-webhook2github-delivery')).toBe(env.id);
    });
  });

  describe('help and health', () => {
    it('GET / is the help text', async () => {
      const res = await h.send('/');
      expect(res.status).toBe(200);
      expect(res.text().length).toBeGreaterThan(50);
      expect(res.text()).toMatch(/__token/);
      expect(h.gh.requests).toHaveLength(0);
    });

    it('GET /healthz is 200', async () => {
      const res = await h.send('/healthz');
      expect(res.status).toBe(200);
      expect(h.gh.requests).toHaveLength(0);
    });
  });

  describe('owner and repo validation', () => {
    const longOwner = 'a'.repeat(40);
    const longRepo = 'r'.repeat(101);
    it.each([
      ['leading hyphen', '/-octo/hello'],
      ['trailing hyphen', '/octo-/hello'],
      ['double hyphen', '/oc--to/hello'],
      ['40-character owner', `/${longOwner}/hello`],
      ['underscore in owner', '/oc_to/hello'],
      ['dot in owner', '/oc.to/hello'],
      ['encoded space in owner', '/oc%20to/hello'],
      ['non-ASCII owner', '/%C3%A9/hello'],
      ['101-character repo', `/octo/${longRepo}`],
      ['space in repo', '/octo/hel%20lo'],
      ['tilde in repo', '/octo/hel~lo'],
      ['non-ASCII repo', '/octo/h%C3%A9llo'],
      ['encoded slash in repo', '/octo/a%2Fb'],
    ])('%s → 400, nothing sent', async (_what, path) => {
      const res = await h.send(`${path}/x?__token=${TOKEN}`, { method: 'POST', body: '{}' });
      expectRelayError(res, 400, h.relay.url);
      expect(h.gh.requests).toHaveLength(0);
    });

    it.each([
      ['39-character owner', `/${'a'.repeat(39)}/hello`, 'a'.repeat(39), 'hello'],
      ['single-character names', '/a/b', 'a', 'b'],
      ['hyphenated owner', '/a-b-c/hello', 'a-b-c', 'hello'],
      ['100-character repo', `/octo/${'r'.repeat(100)}`, 'octo', 'r'.repeat(100)],
      ['dot repo names', '/octo/.github', 'octo', '.github'],
      ['repo with dots, underscores, hyphens', '/octo/a.b_c-d', 'octo', 'a.b_c-d'],
      ['repo of three dots', '/octo/...', 'octo', '...'],
    ])('%s is accepted', async (_what, path, owner, repo) => {
      const res = await h.send(`${path}/x?__token=${TOKEN}`, { method: 'POST', body: '{}' });
      expect(res.status, res.text()).toBe(200);
      expect(h.gh.dispatches[0]).toMatchObject({ owner, repo });
    });

    it('never dispatches to a `.` or `..` repository', async () => {
      for (const path of ['/octo/.', '/octo/..', '/octo/./x', '/octo/../x', '/octo/%2e', '/octo/%2E%2E/x', '/octo/.%2e']) {
        const res = await h.send(`${path}?__token=${TOKEN}`, { method: 'POST', body: '{}' });
        expect(res.status, path).toBeLessThan(500);
      }
      expect(h.gh.dispatches.filter((d) => d.repo === '.' || d.repo === '..')).toEqual([]);
    });
  });

  describe('AWS SNS subscription confirmation', () => {
    const sns = (subscribeUrl: string): string =>
      JSON.stringify({
        Type: 'SubscriptionConfirmation',
        MessageId: '165545c9-2a5c-472c-8df2-7ff2be2b3b1b',
        Token:
          '2336412f37fb687f5d51e6e241d09c805a5a57b30d712f794cc5f6a988666d92768dd60a747ba6f3beb71854e285d6ad02428b09ceece29417f1f02d609c582afbacc99c583a916b9981dd2728f4ae6fdb82efd087cc3b7849e05798d2d2785c03b0879594eeac82c01f235d0e717736',
        TopicArn: 'arn:aws:sns:us-west-2:123456789012:MyTopic',
        Message: 'You have chosen to subscribe to the topic arn:aws:sns:us-west-2:123456789012:MyTopic.',
        SubscribeURL: subscribeUrl,
        Timestamp: '2012-04-26T20:45:04.751Z',
        SignatureVersion: '1',
        Signature:
          'EXAMPLEpH+DcEwjAPg8O9mY8dReBSwksfg2S7WKQcikcNKWLQjwu6A4VbeS0QHVCkhRS7fUQvi2egU3N858fiTDN6bkkOxYDVrY0Ad8L10Hs3zH81mtnPk5uvvolIC1CXGu43obcgFxeL3khZl8IKvO61GWB6jI9b5+gLPoBc1Q=',
        SigningCertURL: 'https://sns.us-west-2.amazonaws.com/SimpleNotificationService-f3ecfb7224c7233fe7bb5f59f96de52f.pem',
      });

    it.each([
      ['plain http to loopback', (gh: string) => `${gh}/confirm?Action=ConfirmSubscription`],
      ['https to loopback', (gh: string) => `${gh.replace('http:', 'https:')}/confirm`],
      ['SNS host as user info', (gh: string) => `${gh.replace('http://', 'https://sns.us-west-2.amazonaws.com@')}/confirm`],
      ['not a URL', () => 'not a url'],
    ])('SubscribeURL %s → 400, nothing fetched, nothing dispatched', async (_what, make) => {
      const res = await h.send(`${REPO}/sns?__token=${TOKEN}`, {
        method: 'POST',
        headers: { 'x-amz-sns-message-type': 'SubscriptionConfirmation', 'content-type': 'text/plain; charset=UTF-8' },
        body: sns(make(h.gh.url)),
      });
      expectRelayError(res, 400, h.relay.url);
      expect(h.gh.requests).toHaveLength(0);
      expect(h.gh.connections).toBe(0);
    });

    it('a confirmation without a SubscribeURL or with a non-JSON body → 400, nothing dispatched', async () => {
      for (const body of ['{"Type":"SubscriptionConfirmation"}', 'not json']) {
        const res = await h.send(`${REPO}/sns?__token=${TOKEN}`, {
          method: 'POST',
          headers: { 'x-amz-sns-message-type': 'SubscriptionConfirmation' },
          body,
        });
        expectRelayError(res, 400, h.relay.url);
      }
      expect(h.gh.requests).toHaveLength(0);
    });
  });
});
