import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { dispatchEvent, envelopeOf } from './support/dispatch-event.js';
import { signGithub } from './support/provider-signatures.js';
import { makeWorkspace, runAction } from './support/run-action.js';

const SECRET = 'gh-hook-secret-ü';
const push = JSON.stringify(
  {
    ref: 'refs/heads/main',
    before: '6113728f27ae82c7b1a177c8d03f9e96e0adf246',
    after: '59b20b8d5c6ff8d09518454d4dd8b7b30f095ab5',
    repository: { id: 1296269, full_name: 'octocat/Hello-World', owner: { login: 'octocat' } },
    pusher: { name: 'octocat', email: 'octocat@github.com' },
    head_commit: { id: '59b20b8d', message: 'Fix naïve café encoding ☕\n\nSigned-off-by: Zoë', author: { name: 'Zoë' } },
    commits: [{ id: '59b20b8d', message: 'Fix naïve café encoding ☕' }],
  },
  null,
  2,
);

/** GitHub's own signer (@octokit/webhooks-methods). */
function sign(body: string, secret = SECRET): Promise<string> {
  return signGithub(secret, body);
}

const workflow = `on:
  github:
    secret: \${{ secrets.GH_HOOK_SECRET }}
    events: [push, ping]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - run: echo deploy
`;

describe('Action: github trigger', () => {
  let workspace: string;
  beforeAll(() => {
    workspace = makeWorkspace({ 'repo/deploy.yml': workflow });
  });

  function event(signature: string, eventName = 'push') {
    return dispatchEvent(
      envelopeOf({
        method: 'POST',
        url: '/repo/deploy/github?__token=ghp_secret&ref=main',
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'GitHub-Hookshot/044aadd',
          'X-GitHub-Event': eventName,
          'X-GitHub-Delivery': '72d3162e-cc78-11e3-81ab-4c9367dc0958',
          'X-Hub-Signature-256': signature,
        },
        body: push,
      }),
    );
  }

  it('verifies a push signed with the secret and hands over the payload byte-exact', async () => {
    const run = await runAction({
      workspace,
      event: event(await sign(push)),
      inputs: { secrets: JSON.stringify({ GH_HOOK_SECRET: SECRET }) },
    });
    expect(run.code, run.stdout + run.stderr).toBe(0);
    const o = run.outputs;
    expect(o.matched).toBe('true');
    expect(o.workflow).toBe('repo/deploy');
    expect(o.trigger).toBe('github');
    expect(o.path).toBe('/');
    expect(o.method).toBe('post');
    expect(o.body).toBe(push);
    expect(readFileSync(o['body-file'] as string, 'utf8')).toBe(push);
    expect(JSON.parse(o.query as string)).toEqual({ ref: 'main' });
    expect(JSON.parse(o.headers as string)['x-github-event']).toBe('push');
    const items = JSON.parse(o.items as string);
    expect(items).toHaveLength(1);
    expect(items[0]).toEqual({ event: 'push', delivery: '72d3162e-cc78-11e3-81ab-4c9367dc0958', payload: JSON.parse(push) });
    expect(JSON.parse(o.item as string).payload.head_commit.message).toContain('encoding ☕');
    expect(run.summary).toContain('repo/deploy');
  });

  it('yields no items and says why when the signature is wrong, without failing', async () => {
    const run = await runAction({
      workspace,
      event: event(await sign(push, 'not-the-secret')),
      inputs: { secrets: JSON.stringify({ GH_HOOK_SECRET: SECRET }), 'fail-on-unmatched': 'true' },
    });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.matched).toBe('true');
    expect(run.outputs.items).toBe('[]');
    expect(run.outputs.item).toBe('');
    expect(run.outputs.reason).toMatch(/X-Hub-Signature-256 does not match/);
    expect(run.summary).toMatch(/X-Hub-Signature-256/);
  });

  it('filters on X-GitHub-Event', async () => {
    const run = await runAction({
      workspace,
      event: event(await sign(push), 'issues'),
      inputs: { secrets: JSON.stringify({ GH_HOOK_SECRET: SECRET }) },
    });
    expect(run.outputs.items).toBe('[]');
    expect(run.outputs.reason).toMatch(/"issues" is not one of events: push, ping/);
  });
});
