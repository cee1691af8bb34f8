/**
 * The whole chain: a real HTTP request → the relay (`webhook2github serve`) → the fake GitHub
 * records the dispatch → the event file built as GitHub builds it → the bundled Action run as
 * the runner runs it → the outputs equal the original request.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github.js';
import { startNodeRelay, type NodeRelayHandle } from '../support/relay-process.js';
import { ensureNodeBuild } from './support/node-build.js';
import { signGithub, signSlack } from './support/provider-signatures.js';
import { makeWorkspace, runAction } from './support/run-action.js';

const workspace = makeWorkspace({
  'ci/hooks.yml': `on:
  github:
    secret: \${{ secrets.GH_SECRET }}
  webhook:
    path: /upload/:name
  slack:
    signing_secret: \${{ secrets.SLACK_SECRET }}
jobs: {}
`,
});
const secrets = JSON.stringify({ GH_SECRET: 'chain-gh', SLACK_SECRET: 'chain-slack' });

let gh: FakeGitHub;
let relay: NodeRelayHandle;
beforeAll(async () => {
  ensureNodeBuild();
  gh = await startFakeGitHub();
  relay = await startNodeRelay({ githubApiUrl: gh.url });
});
afterAll(async () => {
  await relay?.stop();
  await gh?.close();
});
beforeEach(() => gh.reset());

/** Sends through the relay and returns the event GitHub would write for the recorded dispatch. */
async function throughRelay(path: string, init: RequestInit): Promise<Record<string, unknown>> {
  const res = await fetch(`${relay.url}/octo/hooks${path}`, init);
  expect(res.status, await res.clone().text()).toBeLessThan(300);
  await gh.waitFor(() => gh.dispatches.length === 1, 10_000);
  const d = gh.dispatches[0]!;
  return {
    action: d.body.event_type,
    branch: 'main',
    client_payload: d.body.client_payload,
    repository: { full_name: `${d.owner}/${d.repo}`, name: d.repo },
    sender: { login: 'octo' },
  };
}

describe('relay → fake GitHub → Action', () => {
  it('GitHub push: signature verifies after the trip, body byte-exact', async () => {
    const body = JSON.stringify({ ref: 'refs/heads/main', head_commit: { message: 'Ünïcode ✓ commit' } }, null, 2);
    const sig = await signGithub('chain-gh', body);
    const event = await throughRelay('/ci/hooks/github?__token=ghp_chain&tag=v1', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-github-event': 'push', 'x-hub-signature-256': sig },
      body,
    });
    const run = await runAction({ workspace, event, inputs: { secrets } });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.body).toBe(body);
    expect(JSON.parse(run.outputs.query as string)).toEqual({ tag: 'v1' });
    expect(JSON.parse(run.outputs.headers as string)['x-hub-signature-256']).toBe(sig);
    expect(JSON.parse(run.outputs.item as string).payload.head_commit.message).toBe('Ünïcode ✓ commit');
    expect(run.outputs.id).toBe((event.client_payload as { id: string }).id);
  });

  it('Slack event_callback signed with the timestamp window', async () => {
    const body = JSON.stringify({ type: 'event_callback', event_id: 'Ev1', team_id: 'T1', event: { type: 'app_mention', text: '<@U1> héllo' } });
    const ts = String(Math.floor(Date.now() / 1000));
    const event = await throughRelay('/ci/hooks/slack?__token=ghp_chain', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-slack-request-timestamp': ts,
        'x-slack-signature': await signSlack('chain-slack', ts, body),
      },
      body,
    });
    const run = await runAction({ workspace, event, inputs: { secrets } });
    expect(JSON.parse(run.outputs.item as string)).toEqual(JSON.parse(body));
  });

  it('a body starting with U+FEFF keeps it in the body output, as the relay kept it in the envelope', async () => {
    const csv = '\uFEFFname;city\r\nZoë;Köln\r\nJürgen;Malmö\r\n';
    const event = await throughRelay('/ci/hooks/webhook/upload/kunden.csv?__token=ghp_chain', {
      method: 'POST',
      headers: { 'content-type': 'text/csv; charset=utf-8' },
      body: csv,
    });
    expect((event.client_payload as { body: string }).body).toBe(csv);
    const run = await runAction({ workspace, event, inputs: { secrets } });
    expect(run.code, run.stdout).toBe(0);
    expect(run.outputs.body).toBe(csv);
    expect(readFileSync(run.outputs['body-file'] as string).subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(JSON.parse(run.outputs.item as string).body).toBe(csv);
  });

  it('a binary upload arrives byte-exact in body-file, with params', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), randomBytes(4096)]);
    const event = await throughRelay('/ci/hooks/webhook/upload/sn%C3%A4p.jpg?__token=ghp_chain', {
      method: 'POST',
      headers: { 'content-type': 'image/jpeg' },
      body: bytes,
    });
    const run = await runAction({ workspace, event, inputs: { secrets } });
    expect(run.code, run.stdout).toBe(0);
    expect(JSON.parse(run.outputs.params as string)).toEqual({ name: 'snäp.jpg' });
    expect(Buffer.compare(readFileSync(run.outputs['body-file'] as string), bytes)).toBe(0);
    expect(run.outputs.body).toBe(bytes.toString('base64'));
  });
});
