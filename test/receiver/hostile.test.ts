/**
 * Hostile requests through the bundled Action (run as the runner does) and the `receive` CLI:
 * names that live on Object.prototype, JSON nested thousands of levels deep, payload text that
 * looks like workflow commands or Markdown/HTML, and ids that look like paths. Each must give a
 * value (unmatched, a reason, a warning), never a crash, and nothing may leave RUNNER_TEMP.
 */
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, isAbsolute, join, relative, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dispatchEvent, envelopeOf } from './support/dispatch-event.js';
import { ensureNodeBuild } from './support/node-build.js';
import { makeWorkspace, runAction, type ActionRun } from './support/run-action.js';

const workspace = makeWorkspace({
  'hooks.yml': 'on:\n  webhook:\n    path: /:id\njobs: {}\n',
  'named.yml': 'on:\n  webhook:\n    path: /:constructor/:__proto__/:toString\njobs: {}\n',
  'opts.yml': 'on:\n  webhook:\n    __proto__:\n      method: DELETE\njobs: {}\n',
  'sec.yml': 'on:\n  webhook:\n    path: /${{ secrets.__proto__ }}\njobs: {}\n',
  'ctor.yml': 'on:\n  webhook:\n    deduplicationKey: ${{ secrets.constructor }}\njobs: {}\n',
  '__proto__.yml': 'on: webhook\njobs: {}\n',
  'filtered.yml': `on:
  webhook:
    config:
      filter: { headers.content-type: application/json }
      sort: { request_id: 1 }
      filterOutputs: { body: 1, headers: 1 }
jobs: {}
`,
  'gh.yml': 'on: github\njobs: {}\n',
  'slack.yml': 'on: slack\njobs: {}\n',
  'sns.yml': 'on:\n  aws_sns:\n    verify_signature: false\njobs: {}\n',
});

const PROTO_NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf', '__defineGetter__'];
const DEPTH = 5000;
const deepArray = '['.repeat(DEPTH) + ']'.repeat(DEPTH);
const deepObject = `${'{"a":'.repeat(DEPTH)}1${'}'.repeat(DEPTH)}`;

function post(url: string, body = '{}', headers: Record<string, string> = { 'content-type': 'application/json' }, id?: string): Record<string, unknown> {
  return dispatchEvent(envelopeOf({ method: 'POST', url, headers, body }, id));
}

/** Fails with the Action's log when it did not finish its step cleanly. */
function expectClean(run: ActionRun): void {
  expect(run.code, run.stdout + run.stderr).toBe(0);
  expect(run.stdout + run.stderr).not.toMatch(/TypeError|RangeError|call stack/);
}

describe('Action: names that live on Object.prototype', () => {
  it('a path naming a prototype member as trigger is unmatched, never a crash', async () => {
    for (const name of PROTO_NAMES) {
      const run = await runAction({ workspace, event: post(`/hooks/${name}`) });
      expectClean(run);
      expect(run.outputs.matched, name).toBe('false');
      expect(run.outputs.reason, name).toMatch(/no workflow\/trigger owns/);
    }
    const encoded = await runAction({ workspace, event: post('/hooks/%5F%5Fproto%5F%5F/x') });
    expectClean(encoded);
    expect(encoded.outputs.matched).toBe('false');
  });

  it('a workflow file named __proto__ routes like any other', async () => {
    const run = await runAction({ workspace, event: post('/__proto__/webhook') });
    expectClean(run);
    expect(run.outputs.workflow).toBe('__proto__');
  });

  it('query, form fields, headers and path params named like prototype members keep their values', async () => {
    const env = envelopeOf({
      method: 'POST',
      url: '/named/webhook/a/b/c?__proto__=x&constructor=y&toString=z&toString=w',
      body: '__proto__=1&constructor=2&valueOf=3',
    });
    env.headers = JSON.parse('{"content-type":"application/x-www-form-urlencoded","__proto__":"h1","constructor":"h2","Constructor":"h3"}');
    const run = await runAction({ workspace, event: dispatchEvent(env) });
    expectClean(run);
    expect(Object.entries(JSON.parse(run.outputs.query as string))).toEqual([
      ['__proto__', 'x'],
      ['constructor', 'y'],
      ['toString', ['z', 'w']],
    ]);
    expect(Object.entries(JSON.parse(run.outputs.params as string))).toEqual([
      ['constructor', 'a'],
      ['__proto__', 'b'],
      ['toString', 'c'],
    ]);
    expect(Object.entries(JSON.parse(run.outputs.headers as string))).toEqual([
      ['content-type', 'application/x-www-form-urlencoded'],
      ['__proto__', 'h1'],
      ['constructor', 'h2, h3'],
    ]);
    const item = JSON.parse(run.outputs.item as string) as Record<string, unknown>;
    expect(Object.entries(item.body as object)).toEqual([
      ['__proto__', '1'],
      ['constructor', '2'],
      ['valueOf', '3'],
    ]);
  });

  it('trigger options and secrets are looked up by own names only', async () => {
    // `__proto__:` under on.webhook is an (unknown) option, not a prototype that lends `method`.
    const opts = await runAction({ workspace, event: post('/opts/webhook') });
    expectClean(opts);
    expect(opts.outputs.matched).toBe('true');
    // A secret named __proto__ is that secret, not Object.prototype.
    const sec = await runAction({ workspace, event: post('/sec/webhook/p1'), inputs: { secrets: '{"__proto__":"p1"}' } });
    expectClean(sec);
    expect(sec.outputs.matched).toBe('true');
    // A secret named constructor that the secrets input lacks is missing (empty, with a warning), not Object.
    const ctor = await runAction({ workspace, event: post('/ctor/webhook'), inputs: { secrets: '{}' } });
    expectClean(ctor);
    expect(ctor.stdout).toMatch(/::warning::secret constructor is used in .*ctor\.yml/);
    expect(JSON.parse(ctor.outputs.item as string).request_id).toMatch(/^[0-9a-f]{32}$/);
  });
});

describe('Action: JSON nested 5,000 levels deep', () => {
  it('a deep JSON body stays text with a warning; the step succeeds', async () => {
    for (const deep of [deepArray, deepObject]) {
      const run = await runAction({ workspace, event: post('/hooks/webhook/x', deep) });
      expectClean(run);
      expect(run.outputs.matched).toBe('true');
      expect(run.outputs.body).toBe(deep);
      expect(JSON.parse(run.outputs.item as string).body).toBe(deep);
      expect(run.stdout).toMatch(/::warning::.*nested more than \d+ levels deep/);
      const filtered = await runAction({ workspace, event: post('/filtered/webhook', deep) });
      expectClean(filtered);
      expect(JSON.parse(filtered.outputs.items as string)).toEqual([{ body: deep, headers: { 'content-type': 'application/json' } }]);
    }
  });

  it('deep JSON inside a trigger: a GitHub form payload is refused with a reason, Slack payload and SNS Message stay text', async () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded', 'x-github-event': 'push' };
    const gh = await runAction({ workspace, event: post('/gh/github', `payload=${encodeURIComponent(deepObject)}`, form) });
    expectClean(gh);
    expect(gh.outputs.items).toBe('[]');
    expect(gh.outputs.reason).toMatch(/not a GitHub webhook payload/);
    // Slack's payload field and SNS's Message stay text in the item (as in Actionsflow): never parsed, never a crash.
    const slack = await runAction({ workspace, event: post('/slack/slack', `payload=${encodeURIComponent(deepObject)}`, form) });
    expectClean(slack);
    expect(JSON.parse(slack.outputs.items as string)).toEqual([{ payload: deepObject }]);
    const message = { Type: 'Notification', MessageId: 'm', TopicArn: 'arn:t', Message: deepObject };
    const sns = await runAction({ workspace, event: post('/sns/aws_sns', JSON.stringify(message), { 'content-type': 'text/plain' }) });
    expectClean(sns);
    expect(JSON.parse(sns.outputs.item as string)).toEqual(message);
  });

  it('deep values elsewhere in the event: old parsed body, header values, event type, body_encoding', async () => {
    const base = '"path":"/hooks/webhook/x","method":"POST","id":"d1","received_at":"2024-01-01T00:00:00.000Z"';
    const event = (payload: string, action = '"webhook"') => `{"action":${action},"client_payload":{${base},${payload}}}`;
    const old = await runAction({ workspace, event: undefined, eventText: event(`"headers":{"content-type":"application/json"},"body":${deepArray}`) });
    expectClean(old);
    expect(old.outputs.body).toBe(deepArray);
    expect(old.stdout).toMatch(/::warning::.*nested more than/);
    const header = await runAction({ workspace, event: undefined, eventText: event(`"headers":{"x-deep":${deepArray},"x-ok":["a",1]},"body":"{}"`) });
    expectClean(header);
    expect(JSON.parse(header.outputs.headers as string)).toEqual({ 'x-ok': 'a, 1' });
    const action = await runAction({ workspace, event: undefined, eventText: event('"headers":{}', deepArray), inputs: { 'event-type': 'webhook' } });
    expectClean(action);
    expect(action.outputs.matched).toBe('false');
    const encoding = await runAction({ workspace, event: undefined, eventText: event(`"headers":{},"body":"x","body_encoding":${deepArray}`) });
    expect(encoding.code).toBe(1);
    expect(encoding.stdout).toMatch(/::error::cannot decode client_payload.body: unknown body_encoding/);
    expect(encoding.stdout).not.toMatch(/call stack/);
  });
});

describe('Action: payload text cannot inject workflow commands or Markdown', () => {
  const commands = '\n::add-mask::leak\n##[set-output name=x;]y\n::stop-commands::abc\n::set-output name=matched::hijack\n';

  /** Every stdout line the runner would read as a command is one of ours. */
  function expectOnlyOurCommands(stdout: string): void {
    for (const line of stdout.split(/\r\n|\r|\n/)) {
      const text = line.trimStart();
      if (text.startsWith('::') || text.startsWith('##['))
        expect(text).toMatch(/^::(warning|error|notice)::|^::stop-commands::[0-9a-f]{32}$|^::[0-9a-f]{32}::$/);
    }
    expect(stdout).not.toMatch(/^\s*::(add-mask|set-output)/m);
  }

  it('reasons echoing payload text are escaped; outputs survive verbatim', async () => {
    const env = envelopeOf({ method: 'POST', url: '/hooks/webhook/x', headers: { 'content-type': 'text/plain' }, body: `body${commands}body<<EOF\r\nEOF\n` });
    env.path = `/nope${commands}`;
    const run = await runAction({ workspace, event: dispatchEvent(env), inputs: { 'fail-on-unmatched': 'true' } });
    expect(run.code).toBe(1);
    expectOnlyOurCommands(run.stdout);
    expect(run.outputs.matched).toBe('false');
    const matched = await runAction({ workspace, event: dispatchEvent({ ...env, path: '/hooks/webhook/x' }) });
    expectClean(matched);
    expect(matched.outputs.body).toBe(`body${commands}body<<EOF\r\nEOF\n`);
    expect(matched.outputs.matched).toBe('true');
    expectOnlyOurCommands(matched.stdout);
  });

  it('without GITHUB_OUTPUT the outputs echoed to the log cannot start a command', async () => {
    const run = await runAction({ workspace, event: post('/hooks/webhook/x', `x${commands}`, { 'content-type': 'text/plain' }), env: { GITHUB_OUTPUT: '' } });
    expectClean(run);
    expect(run.stdout).toContain('GITHUB_OUTPUT is not set');
    expectOnlyOurCommands(run.stdout);
    // The echo is fenced by ::stop-commands::<token> … ::<token>::.
    const token = /::stop-commands::([0-9a-f]{32})/.exec(run.stdout)?.[1];
    expect(token).toBeDefined();
    expect(run.stdout.indexOf(`::${token}::`)).toBeGreaterThan(run.stdout.indexOf('GITHUB_OUTPUT is not set'));
  });

  it('the job summary shows payload text literally: no HTML, links, or broken table rows', async () => {
    const env = envelopeOf(
      {
        method: 'POST',
        url: '/slack/slack',
        headers: { 'content-type': 'application/json <script>alert(1)</script>' },
        body: JSON.stringify({ type: '<img src=x onerror=alert(1)> [click](https://evil.example) | x | `tick`' }),
      },
      '<b>id</b>|`x`',
    );
    env.path = '/nope/<img src=x onerror=alert(2)>/[click](https://evil.example)/`a`|b';
    for (const event of [dispatchEvent(env), dispatchEvent({ ...env, path: '/slack/slack' })]) {
      const run = await runAction({ workspace, event });
      expectClean(run);
      expect(run.summary).toMatch(/### webhook2github/);
      expect(run.summary).not.toMatch(/(?<!\\)<(?!\/?code>)/);
      expect(run.summary).not.toContain('](');
      expect(run.summary).not.toMatch(/(?<!\\)`/);
      // Each table row still has exactly its three cell borders.
      for (const row of run.summary.split('\n').filter((l) => l.startsWith('| '))) {
        expect(row.match(/(?<!\\)\|/g)?.length, row).toBe(3);
      }
    }
  });
});

describe('Action: files stay inside RUNNER_TEMP, named without payload text', () => {
  function expectInside(run: ActionRun, id: string): string {
    const file = run.outputs['body-file'] as string;
    expect(isAbsolute(file)).toBe(true);
    const rel = relative(run.dir, file);
    expect(rel.startsWith('..') || isAbsolute(rel), file).toBe(false);
    const tag = id.replace(/[^A-Za-z0-9]/g, '').slice(0, 12);
    if (tag !== '') expect(file).not.toContain(tag);
    return file;
  }

  it('an id that looks like a path or is very long names no file', async () => {
    for (const id of ['../../../../escape-w2g', 'a'.repeat(300), '/etc/passwd', '..']) {
      const run = await runAction({ workspace, event: post('/hooks/webhook/x', '{"a":1}', { 'content-type': 'application/json' }, id) });
      expectClean(run);
      const file = expectInside(run, id);
      expect(readFileSync(file, 'utf8')).toBe('{"a":1}');
    }
    expect(existsSync(resolve(workspace, '..', 'escape-w2g.body'))).toBe(false);
  });

  it('two deliveries with the same id in one job keep both bodies', async () => {
    const first = await runAction({ workspace, event: post('/hooks/webhook/x', 'one', { 'content-type': 'text/plain' }, 'same-id') });
    const second = await runAction({
      workspace,
      event: post('/hooks/webhook/x', 'two', { 'content-type': 'text/plain' }, 'same-id'),
      env: { RUNNER_TEMP: first.dir },
    });
    expectClean(second);
    expect(second.outputs['body-file']).not.toBe(first.outputs['body-file']);
    expect(readFileSync(first.outputs['body-file'] as string, 'utf8')).toBe('one');
    expect(readFileSync(second.outputs['body-file'] as string, 'utf8')).toBe('two');
    expect(basename(second.outputs['body-file'] as string)).not.toContain('same-id');
  });
});

describe('webhook2github receive: hostile events', () => {
  const bin = resolve(import.meta.dirname, '../../bin/webhook2github.js');
  beforeAll(() => {
    ensureNodeBuild();
  });

  function receive(eventText: string): Promise<{ code: number; stdout: string; stderr: string }> {
    const file = join(workspace, `event-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, eventText);
    return new Promise((done) => {
      execFile(
        process.execPath,
        [bin, 'receive', '--event', file, '--workflows', 'workflows'],
        { cwd: workspace, env: { PATH: process.env.PATH ?? '' } },
        (err, stdout, stderr) => {
          done({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
        },
      );
    });
  }

  it('a prototype member as trigger name is unmatched', async () => {
    for (const name of ['constructor', '__proto__', 'toString']) {
      const run = await receive(JSON.stringify(post(`/hooks/${name}`)));
      expect(run.code, run.stderr).toBe(0);
      expect(JSON.parse(run.stdout)).toMatchObject({ matched: false });
    }
  });

  it('a body nested 5,000 levels deep is kept as text with a warning', async () => {
    const run = await receive(JSON.stringify(post('/hooks/webhook/x', deepArray)));
    expect(run.code, run.stderr).toBe(0);
    const out = JSON.parse(run.stdout);
    expect(out.matched).toBe(true);
    expect(out.items[0].body).toBe(deepArray);
    expect(out.request.warnings.join(' ')).toMatch(/nested more than \d+ levels deep/);
  });
});
