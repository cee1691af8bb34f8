import { describe, expect, it } from 'vitest';
import { receiveRequest } from '../../src/receiver/receive.js';
import { buildRequest } from '../../src/receiver/request.js';
import { parseWorkflow } from '../../src/receiver/workflows.js';
import { matchPath } from '../../src/receiver/path-pattern.js';

const wf = (name: string, yaml: string) => parseWorkflow(name, `workflows/${name}.yml`, yaml);
const req = (method: string, path: string, body = '', type = 'application/json') =>
  buildRequest({ id: 'r1', method, path, headers: { 'content-type': type }, rawBody: Buffer.from(body), receivedAt: new Date().toISOString() });

describe('router', () => {
  it('path patterns (path-to-regexp 6, as Actionsflow): params decoded, trailing slash and case tolerant, * takes the rest', async () => {
    expect(matchPath('/user/:id', '/user/a%2Fb/')).toEqual({ id: 'a/b' });
    expect(matchPath('/', '/')).toEqual({});
    expect(matchPath('/', '/x')).toBeUndefined();
    expect(matchPath('/files/*', '/files/a/b%20c')).toEqual({ '*': 'a/b c' });
    expect(matchPath('/files/*', '/files')).toEqual({ '*': '' });
    expect(matchPath('/user/:id', '/user')).toBeUndefined();
    expect(matchPath('/User/:id', '/user/7')).toEqual({ id: '7' });
    expect(matchPath('/user/:id(\\d+)', '/user/x')).toBeUndefined();
    expect(matchPath('/user/:id(\\d+)', '/user/42')).toEqual({ id: '42' });
    expect(matchPath('/tags/:tag*', '/tags/a/b')).toEqual({ tag: 'a/b' });
    expect(matchPath('/caf%C3%A9', '/caf%C3%A9')).toEqual({});
    expect(matchPath('/café', '/caf%C3%A9')).toEqual({});
    expect(matchPath('/a/:x', '/a/%E0%A4%A')).toEqual({ x: '%E0%A4%A' });
    expect(() => matchPath('/a/(', '/a/b')).toThrow(/path pattern "\/a\/\(" is not valid/);
  });

  it('a trigger without path owns every path under /<workflow>/<trigger>; method may be a list', async () => {
    const workflows = [wf('any', 'on:\n  webhook:\n    method: [post, PUT]\n')];
    const deep = await receiveRequest(req('PUT', '/any/webhook/a/b/c?x=1'), { workflows });
    expect(deep.matched).toBe(true);
    expect(deep.request.path).toBe('/a/b/c');
    expect((await receiveRequest(req('GET', '/any/webhook'), { workflows })).reason).toMatch(/GET \/ is not one of POST\|PUT/);
    // Whole segments only: /any/webhookx is not the webhook trigger.
    expect((await receiveRequest(req('POST', '/any/webhookx'), { workflows })).matched).toBe(false);
    // Dot segments are resolved before routing, as a URL parser (and Actionsflow) does.
    expect((await receiveRequest(req('POST', '/other/../any/webhook/./x'), { workflows })).request.path).toBe('/x');
  });

  it('a nested workflow wins over a shorter name; on: as a string or list works', async () => {
    const workflows = [wf('chat', 'on: webhook'), wf('chat/tg', 'on: [webhook]')];
    expect((await receiveRequest(req('POST', '/chat/tg/webhook'), { workflows })).workflow).toBe('chat/tg');
    expect((await receiveRequest(req('POST', '/chat/webhook'), { workflows })).workflow).toBe('chat');
  });

  it('the first matching webhook of a trigger takes it; suffix and params are set', async () => {
    const r = await receiveRequest(req('GET', '/api/webhook/user/42/?q=1'), { workflows: [wf('api', 'on:\n  webhook:\n    path: /user/:id\n')] });
    expect(r.matched).toBe(true);
    expect(r.request.path).toBe('/user/42/');
    expect(r.request.params).toEqual({ id: '42' });
  });

  it('config: sort, skip, limit over items', async () => {
    const workflows = [
      wf(
        'tg',
        `on:
  telegram_bot:
    config:
      sort: { update_id: -1 }
      skip: 0
      limit: 1
`,
      ),
    ];
    const r = await receiveRequest(req('POST', '/tg/telegram_bot', JSON.stringify({ update_id: 9, message: { text: 'x', chat: { id: 1 } } })), { workflows });
    expect(r.items).toEqual([{ text: 'x', chat: { id: 1 }, update_id: 9 }]);
  });

  it('secrets are filled only in the trigger that is tried; a missing one is empty, with a warning', async () => {
    const workflows = [wf('a', 'on:\n  webhook:\n    path: /${{ secrets.NOPE }}\n'), wf('b', 'on:\n  webhook:\n    path: /${{ secrets.P }}\n')];
    const b = await receiveRequest(req('POST', '/b/webhook/x'), { workflows, secrets: { P: 'x' } });
    expect(b.matched).toBe(true);
    expect(b.warnings).toBeUndefined();
    const a = await receiveRequest(req('POST', '/a/webhook'), { workflows });
    expect(a.matched).toBe(true);
    expect(a.warnings).toEqual([
      expect.stringMatching(/^secret NOPE is used in workflows\/a.yml \(on.webhook\) but was not given; it is empty \(pass it in the Action.s secrets input/),
    ]);
  });

  it('an invalid config query fails naming the trigger and file', async () => {
    const workflows = [wf('q', 'on:\n  webhook:\n    config:\n      filter: { body: { $nope: 1 } }\n')];
    await expect(receiveRequest(req('POST', '/q/webhook', '{}'), { workflows })).rejects.toThrow(/on.webhook.config in workflows\/q.yml is not valid/);
  });

  it('a workflow file that is not YAML is named in the error', async () => {
    expect(() => wf('bad', 'on: [webhook\n')).toThrow(/workflows\/bad.yml is not valid YAML/);
  });
});
